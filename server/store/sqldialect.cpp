// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include "postgresdialect.h"
#include "sqlitedialect.h"

const SqlDialect &SqlDialect::of(DatabaseUrl::Engine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (engine == DatabaseUrl::Engine::Postgres)
        return postgres;
    return sqlite;
}
