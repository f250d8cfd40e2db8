// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdialect.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
// SQLSTATE classes (PostgreSQL's appendix A).
constexpr auto DiskFull = "53100"_L1;
constexpr auto UniqueViolation = "23505"_L1;

const QString Query = u"to_tsquery('simple', unaccent(?))"_s;
} // namespace

QString PostgresDialect::driver() const
{
    return u"QPSQL"_s;
}

QString PostgresDialect::nocase(const QString &expr) const
{
    return u"lower("_s + expr + u") COLLATE \"C\""_s;
}

QString PostgresDialect::idsIn() const
{
    return u"SELECT value::bigint FROM json_array_elements_text(?::json)"_s;
}

QString PostgresDialect::amongTexts() const
{
    // An array made once (an InitPlan), so the comparison is an index condition; `IN (SELECT …)`
    // let the planner hash-join the whole table.
    return u" = ANY(ARRAY(SELECT json_array_elements_text(?::json)))"_s;
}

QString PostgresDialect::joined(const QString &expr, const QString &key) const
{
    return u"string_agg("_s + expr + u", chr(31) ORDER BY "_s + key + u")"_s;
}

QString PostgresDialect::jsonField(const QString &expr, const QString &field, JsonKind kind) const
{
    QString text = u"("_s + expr + u"::jsonb ->> '"_s + field + u"')"_s;
    switch (kind) {
    case JsonKind::Real:
        return text + u"::double precision"_s;
    case JsonKind::Flag:
        return text + u"::boolean::int"_s;
    case JsonKind::Text:
        return text;
    case JsonKind::Json:
        break;
    }
    return u"("_s + expr + u"::jsonb -> '"_s + field + u"')"_s;
}

QString PostgresDialect::beginWrite() const
{
    // READ COMMITTED: each statement sees what committed before it; the writes that must not
    // race (a refresh token used once, the last administrator) say so in their own WHERE.
    return u"BEGIN"_s;
}

QString PostgresDialect::indexedBy(const QString &) const
{
    return {};
}

QString PostgresDialect::unindexed() const
{
    return {};
}

QString PostgresDialect::searchText(const QStringList &words) const
{
    // Letters and digits only (MovieQuery), so quoting cannot be broken out of.
    QStringList terms;
    terms.reserve(words.size());
    for (const QString &w : words)
        terms << u'\'' + w + u"':*"_s;
    return terms.join(u" & "_s);
}

QString PostgresDialect::nothingText() const
{
    return {}; // an empty query matches no film
}

QString PostgresDialect::searchJoin() const
{
    return u"movies m"_s;
}

QString PostgresDialect::searchId() const
{
    return u"m.id"_s;
}

QString PostgresDialect::searchMatch() const
{
    return u"m.search @@ "_s + Query;
}

QString PostgresDialect::searchProbe() const
{
    return searchMatch();
}

QString PostgresDialect::searchList() const
{
    return searchMatch();
}

QString PostgresDialect::searchRank(bool *withBind) const
{
    *withBind = true;
    return u"ts_rank(m.search, "_s + Query + u") DESC"_s;
}

QString PostgresDialect::searchCount() const
{
    return u"SELECT COUNT(*) FROM movies m WHERE "_s + searchMatch();
}

Fault PostgresDialect::faultOf(const QSqlError &error) const
{
    return error.nativeErrorCode() == DiskFull ? Fault::Kind::StorageFull
                                               : Fault::Kind::StorageFailed;
}

bool PostgresDialect::uniqueViolation(const QSqlError &error) const
{
    return error.nativeErrorCode() == UniqueViolation;
}
