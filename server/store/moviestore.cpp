// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviestore.h"

#include "core/jsonwriter.h"
#include "database.h"
#include "domain/mine.h"
#include "domain/moviefields.h"
#include "logging.h"

#include <QHash>
#include <QRandomGenerator>
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

// The caller's own row of each film, if any: every Movie carries "mine".
const QString JoinMine = u" LEFT JOIN user_movies um ON um.user_id = ? AND um.movie_id = m.id"_s;

bool sortsByMine(const MovieQuery &q)
{
    return q.sort == MovieQuery::Sort::MyRating || q.sort == MovieQuery::Sort::LastWatched;
}

// The films the query matches. The caller's own filters are sets of film ids (a user has a few
// thousand rows at most), so SQLite builds each set once and probes it per film instead of
// looking up the user's row of every film.
SqlParts filters(const MovieQuery &q, const QString &fts, qint64 userId)
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
    if (q.maxRuntime) {
        conditions << u"m.runtime_minutes <= ?"_s;
        p.binds << *q.maxRuntime;
    }
    if (q.minImdb) {
        conditions << u"m.imdb_rating >= ?"_s;
        p.binds << *q.minImdb;
    }
    // "m.id [NOT] IN (the user's films where ...)".
    const auto mine = [&](bool in, const QString &where, const QVariantList &more = {}) {
        conditions << u"m.id "_s + (in ? QString() : u"NOT "_s)
                        + u"IN (SELECT movie_id FROM user_movies WHERE user_id = ? AND "_s + where
                        + u")"_s;
        p.binds << userId << more;
    };
    if (q.watched)
        mine(*q.watched, u"times_watched > 0"_s);
    if (q.watchlist)
        mine(*q.watchlist, u"watchlist = 1"_s);
    if (q.favourite)
        mine(*q.favourite, u"favourite = 1"_s);
    if (q.minRating)
        mine(true, u"rating >= ?"_s, {*q.minRating});
    if (!q.tag.isEmpty()) {
        conditions << u"m.id IN (SELECT movie_id FROM user_tags WHERE user_id = ? "
                      u"AND tag_key = ?)"_s;
        p.binds << userId << Mine::tagKey(q.tag);
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
    case MovieQuery::Sort::MyRating:
    case MovieQuery::Sort::LastWatched:
        break; // in two parts: see MovieStore::personalPage()
    case MovieQuery::Sort::Added:
        return u"m.id"_s + dir;
    case MovieQuery::Sort::Default:
        break;
    }
    return q.hasTextFilter() ? u"movies_fts.rank, m.id"_s : u"m.id"_s;
}

} // namespace

MovieStore::MovieStore(Database &db)
    : m_db(db)
{ }

QString MovieStore::selectList()
{
    return MovieFields::selectList(u"m"_s) + u", "_s + Mine::selectList();
}

Result<MovieStore::Page> MovieStore::find(const MovieQuery &q, qint64 userId)
{
    const SqlParts p = filters(q, q.ftsExpression(), userId);
    Page page;
    page.items = "[]";

    QSqlQuery &count = m_db.prepared(u"SELECT COUNT(*) FROM "_s + p.from + p.where);
    {
        StatementScope scope(count);
        if (Done done = Database::run(count, p.binds); !done)
            return done.fault();
        if (!count.next())
            return Database::faultOf(count.lastError());
        page.total = count.value(0).toLongLong();
    }
    if (q.offset() >= page.total)
        return page;

    // The page's ids in order first (the sort carries only keys and ids), then their rows.
    QVariantList ids;
    if (sortsByMine(q)) {
        const auto personal = personalPage(q, p.from, p.where, p.binds, userId);
        if (!personal)
            return personal.fault();
        ids = *personal;
    } else {
        QSqlQuery &order = m_db.prepared(u"SELECT m.id FROM "_s + p.from + p.where + u" ORDER BY "_s
                                         + orderBy(q) + u" LIMIT ? OFFSET ?"_s);
        StatementScope scope(order);
        if (Done done = Database::run(order, p.binds + QVariantList{q.pageSize, q.offset()}); !done)
            return done.fault();
        while (order.next())
            ids << order.value(0);
    }
    const auto items = rows(ids, userId);
    if (!items)
        return items.fault();
    page.items = *items;
    return page;
}

// Sorted by the caller's rating or last watch: the films that have one (at most the user's few
// thousand rows, found through their own index and sorted) come first, then every other match in
// title order (as sort=title has it). Joining the
// user's row to each of 100,000 films and sorting them all took a quarter of a second.
Result<QVariantList> MovieStore::personalPage(const MovieQuery &q, const QString &from,
                                              const QString &where, const QVariantList &binds,
                                              qint64 userId)
{
    const QString key
            = q.sort == MovieQuery::Sort::MyRating ? u"um.rating"_s : u"um.last_watched_on"_s;
    const QString plainKey = key.mid(3);
    const QString with = (where.isEmpty() ? u" WHERE "_s : where + u" AND "_s);
    const QString joined
            = from + u" JOIN user_movies um ON um.user_id = ? AND um.movie_id = m.id"_s;
    const QVariantList keyed = QVariantList{userId} + binds;
    qint64 withKey = 0;
    {
        QSqlQuery &count = m_db.prepared(u"SELECT COUNT(*) FROM "_s + joined + with + key
                                         + u" IS NOT NULL"_s);
        StatementScope scope(count);
        if (Done done = Database::run(count, keyed); !done)
            return done.fault();
        if (!count.next())
            return Database::faultOf(count.lastError());
        withKey = count.value(0).toLongLong();
    }
    QVariantList ids;
    const auto take = [&](const QString &sql, const QVariantList &args) -> Done {
        QSqlQuery &page = m_db.prepared(sql);
        StatementScope scope(page);
        if (Done done = Database::run(page, args); !done)
            return done;
        while (page.next())
            ids << page.value(0);
        return {};
    };
    // Untitled films last, as in sort=title.
    const QString byTitle = u"m.sort_title IS NULL, m.sort_title COLLATE NOCASE, m.id"_s;
    const qint64 offset = q.offset();
    if (offset < withKey) {
        const QString dir = q.descending ? u" DESC"_s : u" ASC"_s;
        if (Done done
            = take(u"SELECT m.id FROM "_s + joined + with + key + u" IS NOT NULL ORDER BY "_s + key
                           + dir + u", "_s + byTitle + u" LIMIT ? OFFSET ?"_s,
                   keyed + QVariantList{q.pageSize, offset});
            !done)
            return done.fault();
    }
    const qint64 wanted = q.pageSize - ids.size();
    if (wanted > 0) {
        const qint64 restOffset = qMax<qint64>(0, offset - withKey);
        if (Done done = take(u"SELECT m.id FROM "_s + from + with
                                     + u"m.id NOT IN (SELECT movie_id FROM user_movies WHERE "
                                       u"user_id = ? AND "_s
                                     + plainKey + u" IS NOT NULL) ORDER BY "_s + byTitle
                                     + u" LIMIT ? OFFSET ?"_s,
                             binds + QVariantList{userId, wanted, restOffset});
            !done)
            return done.fault();
    }
    return ids;
}

Result<QByteArray> MovieStore::rows(const QVariantList &ids, qint64 userId)
{
    QStringList list;
    list.reserve(ids.size());
    for (const QVariant &id : ids)
        list << QString::number(id.toLongLong());
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + selectList() + u" FROM movies m"_s + JoinMine
                                 + u" WHERE m.id IN (SELECT value FROM json_each(?))"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {userId, QString(u"["_s + list.join(u',') + u"]"_s)}); !done)
        return done.fault();
    QHash<qint64, QByteArray> byId;
    while (q.next()) {
        JsonWriter one(512);
        MovieFields::writeRow(one, q, true);
        byId.insert(q.value(0).toLongLong(), one.take());
    }
    JsonWriter items(ids.size() * 480 + 2);
    items.beginArray();
    for (const QVariant &id : ids) {
        if (const auto it = byId.constFind(id.toLongLong()); it != byId.cend())
            items.raw(*it);
    }
    items.endArray();
    return items.take();
}

Result<QJsonObject> MovieStore::byId(qint64 id, qint64 userId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + selectList() + u" FROM movies m"_s + JoinMine
                                 + u" WHERE m.id = ?"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {userId, id}); !done)
        return done.fault();
    if (!q.next())
        return Fault::Kind::NotFound;
    return MovieFields::fromRow(q, true);
}

Result<QJsonObject> MovieStore::random(const MovieQuery &q, qint64 userId)
{
    const SqlParts p = filters(q, q.ftsExpression(), userId);
    qint64 total = 0;
    {
        QSqlQuery &count = m_db.prepared(u"SELECT COUNT(*) FROM "_s + p.from + p.where);
        StatementScope scope(count);
        if (Done done = Database::run(count, p.binds); !done)
            return done.fault();
        if (!count.next())
            return Database::faultOf(count.lastError());
        total = count.value(0).toLongLong();
    }
    if (total == 0)
        return Fault::Kind::NoMatch;
    // Uniform among the matches: the k-th of them in a fixed order.
    const qint64 k = qint64(QRandomGenerator::global()->bounded(quint64(total)));
    qint64 id = 0;
    {
        QSqlQuery &pick = m_db.prepared(u"SELECT m.id FROM "_s + p.from + p.where
                                        + u" ORDER BY m.id LIMIT 1 OFFSET ?"_s);
        StatementScope scope(pick);
        if (Done done = Database::run(pick, p.binds + QVariantList{k}); !done)
            return done.fault();
        if (!pick.next())
            return Fault::Kind::NoMatch; // the catalogue shrank meanwhile
        id = pick.value(0).toLongLong();
    }
    auto movie = byId(id, userId);
    if (!movie && movie.is(Fault::Kind::NotFound))
        return Fault::Kind::NoMatch;
    return movie;
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
    if (Done done = Database::run(q, columns.values()); !done)
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
    if (Done done = Database::run(q, binds); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return Fault::Kind::NotFound;
    changed();
    return {};
}
