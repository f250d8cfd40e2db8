// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

// Versioned schema migrations, tracked in PRAGMA user_version. Each version is applied in one
// transaction; a database newer than this build is refused rather than touched.
class Migrations
{
public:
    static int latestVersion();
    // Unusable with the reason when a migration fails or the schema is newer than this build.
    // target: the version to stop at (tests build an older schema to migrate from).
    static Done apply(QSqlDatabase &db, int target = -1);
};
