// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviestore.h"

#include "core/jsonwriter.h"
#include "database.h"
#include "domain/moviefields.h"
#include "logging.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct SqlParts
{
    QString from;
    QString where;
    QVariantList binds;
};

SqlParts filters(const MovieQuery &q, const QString &fts)
{
    SqlParts p;
    QStringList conditions;
    if (q.hasTextFilter()) {
        p.from = u"movies_fts JOIN movies m ON m.id = movies_fts.rowid"_s;
        conditions << u"movies_fts MATCH ?"_s;
        // q with no word in it matches nothing rather than everything.
        p.binds << (fts.isEmpty() ? u"\"\""_s : fts);
    } else {
        p.from = u"movies m"_s;
    }
    if (!q.genre.isEmpty()) {
        conditions << u"m.genre = ? COLLATE NOCASE"_s;
        p.binds << q.genre;
    }
    if (q.yearFrom) {
        conditions << u"m.year >= ?"_s;
        p.binds << *q.yearFrom;
    }
    if (q.yearTo) {
        conditions << u"m.year <= ?"_s;
        p.binds << *q.yearTo;
    }
    if (!conditions.isEmpty())
        p.where = u" WHERE "_s + conditions.join(u" AND "_s);
    return p;
}

QString orderBy(const MovieQuery &q)
{
    const QString dir = q.descending ? u" DESC"_s : u" ASC"_s;
    // Unknown values last in either direction; ties by title (without its article), then id.
    const auto by = [&dir](const char *column, const char *collate = "") -> QString {
        const QString c = u"m."_s + QLatin1StringView(column);
        return c + u" IS NULL, "_s + c + QLatin1StringView(collate) + dir;
    };
    const QString byTitle = u"m.sort_title COLLATE NOCASE"_s;
    switch (q.sort) {
    case MovieQuery::Sort::Title:
        return by("sort_title", " COLLATE NOCASE") + u", m.id"_s;
    case MovieQuery::Sort::Year:
        return by("year") + u", m.id"_s;
    case MovieQuery::Sort::Rating:
        return by("imdb_rating") + u", m.id"_s;
    case MovieQuery::Sort::Director:
        return by("director", " COLLATE NOCASE") + u", "_s + byTitle + u", m.id"_s;
    case MovieQuery::Sort::Runtime:
        return by("runtime_minutes") + u", m.id"_s;
    case MovieQuery::Sort::RottenTomatoes:
        return by("rotten_tomatoes_rating") + u", m.id"_s;
    case MovieQuery::Sort::Genre:
        return by("genre", " COLLATE NOCASE") + u", "_s + byTitle + u", m.id"_s;
    case MovieQuery::Sort::Default:
        break;
    }
    return q.hasTextFilter() ? u"movies_fts.rank, m.id"_s : u"m.id"_s;
}

Done run(QSqlQuery &query, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (query.exec())
        return {};
    qCWarning(lcDb) << "movie query failed:" << query.lastError().text();
    return Database::faultOf(query.lastError());
}

} // namespace

MovieStore::MovieStore(Database &db)
    : m_db(db)
{ }

Result<MovieStore::Page> MovieStore::find(const MovieQuery &q)
{
    const SqlParts p = filters(q, q.ftsExpression());
    Page page;
    page.items = "[]";

    QSqlQuery &count = m_db.prepared(u"SELECT COUNT(*) FROM "_s + p.from + p.where);
    {
        StatementScope scope(count);
        if (Done done = run(count, p.binds); !done)
            return done.fault();
        if (!count.next())
            return Database::faultOf(count.lastError());
        page.total = count.value(0).toLongLong();
    }
    if (q.offset() >= page.total)
        return page;

    QSqlQuery &rows
            = m_db.prepared(u"SELECT "_s + MovieFields::selectList(u"m"_s) + u" FROM "_s + p.from
                            + p.where + u" ORDER BY "_s + orderBy(q) + u" LIMIT ? OFFSET ?"_s);
    StatementScope scope(rows);
    if (Done done = run(rows, p.binds + QVariantList{q.pageSize, q.offset()}); !done)
        return done.fault();
    JsonWriter items(q.pageSize * 320);
    items.beginArray();
    while (rows.next())
        MovieFields::writeRow(items, rows);
    items.endArray();
    page.items = items.take();
    return page;
}

Result<QJsonObject> MovieStore::byId(qint64 id)
{
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + MovieFields::selectList(u"m"_s)
                                 + u" FROM movies m WHERE m.id = ?"_s);
    StatementScope scope(q);
    if (Done done = run(q, {id}); !done)
        return done.fault();
    if (!q.next())
        return Fault::Kind::NotFound;
    return MovieFields::fromRow(q);
}

Result<qint64> MovieStore::create(const QVariantMap &columns)
{
    QStringList names, marks;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        names << it.key();
        marks << u"?"_s;
    }
    // Committed explicitly: see UserStore::create.
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    QSqlQuery &q = m_db.prepared(u"INSERT INTO movies (%1) VALUES (%2) RETURNING id"_s.arg(
            names.join(u", "_s), marks.join(u", "_s)));
    StatementScope scope(q);
    if (Done done = run(q, columns.values()); !done)
        return done.fault();
    if (!q.next())
        return Database::faultOf(q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    changed();
    return id;
}

Done MovieStore::update(qint64 id, const QVariantMap &columns)
{
    QStringList assignments;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        assignments << it.key() + u" = ?"_s;
    QSqlQuery &q
            = m_db.prepared(u"UPDATE movies SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)));
    return changedRow(q, columns.values() + QVariantList{id});
}

Done MovieStore::remove(qint64 id)
{
    return changedRow(m_db.prepared(u"DELETE FROM movies WHERE id = ?"_s), {id});
}

Done MovieStore::changedRow(QSqlQuery &q, const QVariantList &binds)
{
    StatementScope scope(q);
    if (Done done = run(q, binds); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return Fault::Kind::NotFound;
    changed();
    return {};
}
