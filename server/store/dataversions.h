// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// The versions a page of films depends on: the catalogue's (films and posters) and one user's
// own rows (ratings, tags, diary). On SQLite they are the process's own counters; on a shared
// PostgreSQL database they are rows of data_versions, moved by triggers on every server's
// writes (scope 0: the catalogue, scope N: user N).
struct DataVersions
{
    quint64 catalogue = 0;
    quint64 mine = 0;

    // The two as SQL columns of a SELECT on PostgreSQL, the catalogue's then the user's;
    // userId: an SQL expression for the user's id (a column, or "?").
    static QString columns(const QString &userId);
};
