// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedialect.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
constexpr int SqliteFull = 13;
constexpr int SqliteConstraint = 19;
constexpr int SqliteConstraintUnique = 2067;
} // namespace

QString SqliteDialect::driver() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::nocase(const QString &expr) const
{
    return expr + u" COLLATE NOCASE"_s;
}

QString SqliteDialect::idsIn() const
{
    return u"SELECT value FROM json_each(?)"_s;
}

QString SqliteDialect::amongTexts() const
{
    return u" IN (SELECT value FROM json_each(?))"_s;
}

QString SqliteDialect::joined(const QString &expr, const QString &key) const
{
    // group_concat has no ORDER BY in 3.40; a subquery in key order keeps the order.
    Q_UNUSED(key);
    return u"group_concat("_s + expr + u", char(31))"_s;
}

QString SqliteDialect::jsonField(const QString &expr, const QString &field, JsonKind kind) const
{
    // json_extract gives numbers and text as they are, true and false as 1 and 0, and objects
    // and arrays as their JSON text (json() makes that text canonical for comparing).
    const QString value = u"json_extract("_s + expr + u", '$."_s + field + u"')"_s;
    return kind == JsonKind::Json ? u"json("_s + value + u")"_s : value;
}

QString SqliteDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout); a deferred BEGIN
    // that upgrades later can fail with SQLITE_BUSY_SNAPSHOT under WAL, which is not retried.
    return u"BEGIN IMMEDIATE"_s;
}

QString SqliteDialect::indexedBy(const QString &index) const
{
    return u" INDEXED BY "_s + index;
}

QString SqliteDialect::unindexed() const
{
    return u"+"_s;
}

QString SqliteDialect::searchText(const QStringList &words) const
{
    QStringList terms;
    terms.reserve(words.size());
    for (const QString &w : words)
        terms << u'"' + w + u"\"*"_s;
    return terms.join(u' ');
}

QString SqliteDialect::nothingText() const
{
    return u"\"\""_s;
}

QString SqliteDialect::searchJoin() const
{
    return u"movies_fts JOIN movies m ON m.id = movies_fts.rowid"_s;
}

QString SqliteDialect::searchId() const
{
    return u"movies_fts.rowid"_s;
}

QString SqliteDialect::searchMatch() const
{
    return u"movies_fts MATCH ?"_s;
}

QString SqliteDialect::searchProbe() const
{
    return u"EXISTS (SELECT 1 FROM movies_fts WHERE movies_fts MATCH ? AND movies_fts.rowid = m.id)"_s;
}

QString SqliteDialect::searchList() const
{
    // The + keeps SQLite reading in the sort's order: without it, it looks up every listed film
    // and sorts them all (146 ms instead of 16 for "n" at a million films).
    return u"+m.id IN (SELECT rowid FROM movies_fts WHERE movies_fts MATCH ?)"_s;
}

QString SqliteDialect::searchRank(bool *withBind) const
{
    *withBind = false; // MATCH sets the rank of each row it finds
    return u"movies_fts.rank"_s;
}

QString SqliteDialect::searchCount() const
{
    return u"SELECT COUNT(*) FROM movies_fts WHERE movies_fts MATCH ?"_s;
}

Fault SqliteDialect::faultOf(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == SqliteFull ? Fault::Kind::StorageFull : Fault::Kind::StorageFailed;
}

bool SqliteDialect::uniqueViolation(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt();
    return code == SqliteConstraintUnique || code == SqliteConstraint;
}
