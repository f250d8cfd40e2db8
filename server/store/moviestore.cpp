// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviestore.h"

#include "core/jsonwriter.h"
#include "database.h"
#include "domain/mine.h"
#include "domain/moviefields.h"
#include "logging.h"
#include "rankedquery.h"
#include "sqldialect.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The caller's own row of each film, if any: every Movie carries "mine".
const QString JoinMine = u" LEFT JOIN user_movies um ON um.user_id = ? AND um.movie_id = m.id"_s;

} // namespace

MovieStore::MovieStore(Database &db)
    : m_db(db)
    , m_ranks(db, [this] { return m_filmsVersion.load(std::memory_order_acquire); })
    , m_shared(db.isPostgres())
{ }

Result<DataVersions> MovieStore::pageVersions(qint64 userId, quint64 ownMine)
{
    if (!m_shared)
        return DataVersions{version(), ownMine};
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + DataVersions::columns(u"?"_s));
    StatementScope scope(q);
    const auto row = Database::fetchOne(q, {userId});
    if (!row)
        return row.fault();
    return DataVersions{quint64(q.value(0).toLongLong()), quint64(q.value(1).toLongLong())};
}

QString MovieStore::selectList() const
{
    return MovieFields::selectList(u"m"_s) + u", "_s + Mine::selectList(m_db.dialect());
}

Result<qint64> MovieStore::number(const MovieSql::Statement &statement)
{
    const auto value = m_db.value(statement.sql, statement.binds);
    if (!value)
        return value.fault();
    return value->toLongLong();
}

Result<QVariantList> MovieStore::ids(const MovieSql::Statement &statement)
{
    QSqlQuery &q = m_db.prepared(statement.sql);
    StatementScope scope(q);
    if (Done done = Database::run(q, statement.binds); !done)
        return done.fault();
    QVariantList ids;
    while (q.next())
        ids << q.value(0);
    if (statement.reversed)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

// Counting is what made a first keystroke slow in a large catalogue (a third of a million
// matches counted to show one page). A search alone is counted by its own index, exactly; other
// filters only a little beyond the page's end. The counts also decide how the page is read
// (MovieSql::Lead): the filters lead when few films match, the sort's index when many do.
Result<MovieStore::Page> MovieStore::find(const MovieQuery &q, qint64 userId)
{
    MovieSql sql(m_db.dialect(), q, userId);
    Page page;
    page.items = "[]";
    // The catalogue's size: the count without filters, and what a search's plan weighs.
    qint64 films = 0;
    if (m_ranked || sql.searches() || !sql.filters()) {
        const auto size = number(MovieSql::catalogueSize());
        if (!size)
            return size.fault();
        films = *size;
    }
    // The first multiple of CountBound beyond the page's end: a round lower bound ("10,000+")
    // that always shows whether there is more after the page.
    const qint64 limit = ((q.offset() + q.pageSize) / CountBound + 1) * CountBound;
    MovieSql::Lead lead = MovieSql::Lead::Sort;
    // In memory, from the films' places in the sorts, when they are at hand; a first page of
    // the whole catalogue is read from the sort's index as quickly.
    qint64 searchMatches = -1;
    if (m_ranked && (sql.filters() || q.offset() >= ShallowOffset)) {
        const auto chosen = RankedQuery(m_db, m_ranks).select(sql, q, films, &searchMatches);
        if (!chosen)
            return chosen.fault();
        if (*chosen) {
            page.total = (*chosen)->total;
            if (!(*chosen)->ids.isEmpty()) {
                const auto items = rows((*chosen)->ids, userId);
                if (!items)
                    return items.fault();
                page.items = *items;
            }
            return page;
        }
    }
    if (sql.searches()) {
        // The search index counts its own matches at once; they choose how to read the page.
        const auto matches
                = searchMatches >= 0 ? Result<qint64>(searchMatches) : number(sql.searchCount());
        if (!matches)
            return matches.fault();
        const auto plan = MovieSql::planSearch(*matches, films, q.offset() + q.pageSize);
        lead = plan.lead;
        sql.setProbeSearch(plan.probeSearch);
        page.total = *matches;
    }
    if (sql.filters() && !sql.onlySearches()) {
        const auto counted = number(sql.count(limit));
        if (!counted)
            return counted.fault();
        page.totalExact = *counted <= limit;
        page.total = qMin(*counted, limit);
        if (!sql.searches())
            lead = *counted > CountBound ? MovieSql::Lead::Sort : MovieSql::Lead::Filters;
    } else if (!sql.filters()) {
        page.total = films;
    }
    if (q.offset() >= page.total)
        return page;

    const auto pageIds = sql.sortsByMine()
            ? personalPage(sql, lead, q, page.totalExact ? page.total : -1)
            : ids(sql.page(lead, page.totalExact ? page.total : -1));
    if (!pageIds)
        return pageIds.fault();
    const auto items = rows(*pageIds, userId);
    if (!items)
        return items.fault();
    page.items = *items;
    return page;
}

// Sorted by the caller's rating or last watch: the films that have one (at most the user's few
// thousand rows, found through their own index and sorted) come first, then every other match in
// title order (as sort=title has it). Joining the user's row to each of 100,000 films and sorting
// them all took a quarter of a second.
Result<QVariantList> MovieStore::personalPage(const MovieSql &sql, MovieSql::Lead lead,
                                              const MovieQuery &q, qint64 exactTotal)
{
    const auto withKey = number(sql.keyedCount(lead));
    if (!withKey)
        return withKey.fault();
    QVariantList page;
    const qint64 offset = q.offset();
    if (offset < *withKey) {
        auto keyed = ids(sql.keyedSlice(lead, offset, q.pageSize));
        if (!keyed)
            return keyed.fault();
        page = *keyed;
    }
    if (const qint64 wanted = q.pageSize - page.size(); wanted > 0) {
        auto rest = ids(sql.restSlice(lead, qMax<qint64>(0, offset - *withKey), wanted,
                                      exactTotal < 0 ? -1 : exactTotal - *withKey));
        if (!rest)
            return rest.fault();
        page << *rest;
    }
    return page;
}

void MovieStore::filmsChanged()
{
    m_filmsVersion.fetch_add(1, std::memory_order_acq_rel);
    if (m_ranked)
        m_ranks.warm(); // made again for the changed catalogue
    changed();
}

Result<QByteArray> MovieStore::rows(const QVariantList &ids, qint64 userId)
{
    std::vector<qint64> list;
    list.reserve(size_t(ids.size()));
    for (const QVariant &id : ids)
        list.push_back(id.toLongLong());
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + selectList() + u" FROM movies m"_s + JoinMine
                                 + u" WHERE m.id IN ("_s + m_db.dialect().idsIn() + u")"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {userId, MovieSql::idList(list)}); !done)
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
    const MovieSql sql(m_db.dialect(), q, userId);
    // Uniform among the matches: the k-th of them in a fixed order.
    const auto uniform = [](qint64 total) {
        return qint64(QRandomGenerator::global()->bounded(quint64(total)));
    };
    std::optional<qint64> picked;
    if (m_ranked) {
        const auto films = number(MovieSql::catalogueSize());
        if (!films)
            return films.fault();
        const auto chosen = RankedQuery(m_db, m_ranks).pick(sql, q, *films, uniform);
        if (!chosen)
            return chosen.fault();
        if (*chosen) {
            if ((*chosen)->ids.isEmpty())
                return Fault::Kind::NoMatch;
            picked = (*chosen)->ids.first().toLongLong();
        }
    }
    if (!picked) {
        const auto total = sql.filters() ? number(sql.count(std::numeric_limits<qint64>::max() - 1))
                                         : number(MovieSql::catalogueSize());
        if (!total)
            return total.fault();
        if (*total == 0)
            return Fault::Kind::NoMatch;
        MovieSql::Statement pick = sql.pick();
        pick.binds << uniform(*total);
        const auto ids = this->ids(pick);
        if (!ids)
            return ids.fault();
        if (ids->isEmpty())
            return Fault::Kind::NoMatch; // the catalogue shrank meanwhile
        picked = ids->first().toLongLong();
    }
    auto movie = byId(*picked, userId);
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
    filmsChanged();
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
    filmsChanged();
    return {};
}
