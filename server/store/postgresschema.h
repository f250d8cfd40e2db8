// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

// The schema on PostgreSQL: the same tables and columns as SQLite's latest migration (so that
// every statement outside the dialects is shared), tracked in reelvault_schema. A new database
// gets the latest schema at once; a later version of Reelvault appends its steps here and to
// Migrations alike, under the same version numbers.
//
// Several servers may start at the same moment against one database: the schema (and the
// sample catalogue, seeded by the caller under the same lock) is made under a session-level
// advisory lock, so exactly one of them does it and the others wait, then find it done.
class PostgresSchema
{
public:
    // The advisory lock key (pg_advisory_lock): "Reelvault" in ASCII, trimmed to 63 bits.
    static constexpr qint64 LockKey = 0x5265656c7661756c;

    // Takes the lock, creates or checks the schema, runs then (the seeding) while the lock is
    // held, and releases it. Unusable with the reason when the database is newer than this
    // build, or belongs to something else.
    static Done apply(QSqlDatabase &db, const std::function<Done()> &then);
    // The version the database is at (0: empty), or a fault.
    static Result<int> version(QSqlDatabase &db);
};
