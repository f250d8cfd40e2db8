// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviesql.h"

#include "domain/mine.h"
#include "sqldialect.h"

#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A column sort's column: text compared without case; ties by title first (else by id).
struct SortKey
{
    QString column;
    bool text = false;
    bool thenTitle = false;
    QString index; // migration 9's index of the ascending order
};

std::optional<SortKey> sortKey(MovieQuery::Sort sort)
{
    switch (sort) {
    case MovieQuery::Sort::Title:
        return SortKey{u"sort_title"_s, true, false, u"movies_by_title"_s};
    case MovieQuery::Sort::Year:
        return SortKey{u"year"_s, false, false, u"movies_by_year"_s};
    case MovieQuery::Sort::Rating:
        return SortKey{u"imdb_rating"_s, false, false, u"movies_by_rating"_s};
    case MovieQuery::Sort::Director:
        return SortKey{u"director"_s, true, true, u"movies_by_director"_s};
    case MovieQuery::Sort::Runtime:
        return SortKey{u"runtime_minutes"_s, false, false, u"movies_by_runtime"_s};
    case MovieQuery::Sort::RottenTomatoes:
        return SortKey{u"rotten_tomatoes_rating"_s, false, false, u"movies_by_tomatoes"_s};
    case MovieQuery::Sort::Genre:
        return SortKey{u"genre"_s, true, true, u"movies_by_genre"_s};
    case MovieQuery::Sort::Default:
    case MovieQuery::Sort::MyRating:
    case MovieQuery::Sort::LastWatched:
    case MovieQuery::Sort::Added:
        break;
    }
    return std::nullopt;
}

// The first film (or backwards: the last) in a column sort's order whose value compares so
// with value. The films with a value are read from the sort's index, in its order (with the
// index's own last key, the id, for ties), one row.
MovieSql::Statement boundary(const SqlDialect &d, MovieQuery::Sort sort, const QString &op,
                             const QVariant &value, bool backwards)
{
    const auto key = sortKey(sort);
    Q_ASSERT(key);
    const QString c = u"m."_s + key->column;
    const auto text = [&](const QString &e) { return key->text ? d.nocase(e) : e; };
    const QString dir = backwards ? u" DESC"_s : QString();
    QString order = text(c) + dir;
    if (key->thenTitle)
        order += u", "_s + d.nocase(u"m.sort_title"_s) + dir;
    // The index named: another one (movies_year) would give ties in another order.
    return {u"SELECT m.id FROM movies m"_s + d.indexedBy(key->index) + u" WHERE "_s + c
                    + u" IS NOT NULL AND "_s + text(c) + u" "_s + op + u" "_s + text(u"?"_s)
                    + u" ORDER BY "_s + order + u" LIMIT 1"_s,
            {value}};
}

bool isIdOrder(MovieQuery::Sort sort)
{
    return sort == MovieQuery::Sort::Default || sort == MovieQuery::Sort::Added;
}

} // namespace

MovieSql::MovieSql(const SqlDialect &dialect, const MovieQuery &query, qint64 userId)
    : m_d(dialect)
    , m_q(query)
    , m_userId(userId)
{
    if (m_q.hasTextFilter()) {
        // q with no word in it matches nothing rather than everything.
        const QStringList words = m_q.searchWords();
        m_fts = words.isEmpty() ? m_d.nothingText() : m_d.searchText(words);
        m_searches = true;
    }
    using Sort = MovieQuery::Sort;
    const auto run = [this](Sort sort, const QString &op, const QVariant &value, bool backwards) {
        return boundary(m_d, sort, op, value, backwards);
    };
    if (!m_q.genre.isEmpty()) {
        m_conditions.append(
                {m_d.nocase(u"{+}m.genre"_s) + u" = "_s + m_d.nocase(u"?"_s), {m_q.genre}});
        m_runs.append({Sort::Genre, run(Sort::Genre, u"="_s, m_q.genre, false),
                       run(Sort::Genre, u"="_s, m_q.genre, true), true});
    }
    if (m_q.yearFrom) {
        m_conditions.append({u"{+}m.year >= ?"_s, {*m_q.yearFrom}});
        m_runs.append({Sort::Year, run(Sort::Year, u">="_s, *m_q.yearFrom, false), {}});
    }
    if (m_q.yearTo) {
        m_conditions.append({u"{+}m.year <= ?"_s, {*m_q.yearTo}});
        m_runs.append({Sort::Year, {}, run(Sort::Year, u">"_s, *m_q.yearTo, false)});
    }
    if (m_q.maxRuntime) {
        m_conditions.append({u"{+}m.runtime_minutes <= ?"_s, {*m_q.maxRuntime}});
        m_runs.append({Sort::Runtime, {}, run(Sort::Runtime, u">"_s, *m_q.maxRuntime, false)});
    }
    if (m_q.minImdb) {
        m_conditions.append({u"{+}m.imdb_rating >= ?"_s, {*m_q.minImdb}});
        m_runs.append({Sort::Rating, run(Sort::Rating, u">="_s, *m_q.minImdb, false), {}});
    }
    // The caller's own filters are sets of film ids (a user has a few thousand rows at most):
    // SQLite builds each set once and probes it per film.
    // The same rows as a condition and as a set (RankedQuery).
    const auto idsOf = [this](const QString &table, const QString &where, const QVariantList &binds,
                              bool in) {
        const QString rows = u" FROM "_s + table + u" WHERE user_id = ? AND "_s + where;
        m_conditions.append({u"{+}m.id "_s + (in ? QString() : u"NOT "_s) + u"IN (SELECT movie_id"_s
                                     + rows + u")"_s,
                             binds});
        m_sets.append({{u"SELECT reelvault_ids(?, movie_id)"_s + rows, binds}, in});
    };
    const auto mine = [&](bool in, const QString &where, const QVariantList &more = {}) {
        idsOf(u"user_movies"_s, where, QVariantList{m_userId} + more, in);
    };
    if (m_q.watched)
        mine(*m_q.watched, u"times_watched > 0"_s);
    if (m_q.watchlist)
        mine(*m_q.watchlist, u"watchlist = 1"_s);
    if (m_q.favourite)
        mine(*m_q.favourite, u"favourite = 1"_s);
    if (m_q.minRating)
        mine(true, u"rating >= ?"_s, {*m_q.minRating});
    if (!m_q.tag.isEmpty())
        idsOf(u"user_tags"_s, u"tag_key = ?"_s, {m_userId, Mine::tagKey(m_q.tag)}, true);
}

// Measured at a million films (tools/bench-scale, the sqlite3 shell), in microseconds: a match
// the search leads to costs about five (the film looked up, then sorted); listing the matches
// once about a fifth each, and then each film the sort's index reads about 1.3 (SQLite reads
// the film's row: it cannot tell the expression index covers the id); a probe of the search
// index for one film 30 to 300 (it sets up the whole expression each time; 80 is typical).
MovieSql::Plan MovieSql::planSearch(qint64 matches, qint64 films, qint64 depth)
{
    const double m = double(matches);
    const double read = double(depth) * double(films) / qMax(1.0, m); // films the sort reads
    const double searchLeads = 5 * m;
    const double listed = 0.2 * m + 1.3 * read;
    const double probed = 80 * read;
    if (searchLeads <= listed && searchLeads <= probed)
        return {Lead::Filters, false};
    return {Lead::Sort, probed < listed};
}

bool MovieSql::sortsByMine() const
{
    return m_q.sort == MovieQuery::Sort::MyRating || m_q.sort == MovieQuery::Sort::LastWatched;
}

MovieSql::Statement MovieSql::searchCount() const
{
    return {m_d.searchCount(), {m_fts}};
}

MovieSql::Statement MovieSql::catalogueSize()
{
    return {u"SELECT films FROM catalogue_size"_s, {}};
}

// The search index leads when few match, and gives the order of id (rowid) sorts.
bool MovieSql::searchLeads(Lead lead) const
{
    return m_searches && m_d.searchIndexLeads() && (lead == Lead::Filters || isIdOrder(m_q.sort));
}

QString MovieSql::from(Lead lead) const
{
    return searchLeads(lead) ? m_d.searchJoin() : u"movies m"_s;
}

QString MovieSql::nocase(const QString &expr) const
{
    return m_d.nocase(expr);
}

// Untitled films last, then title without its article, then id: sort=title and the tail of the
// caller's own sorts. The expressions of the index movies_by_title.
QString MovieSql::byTitle(bool backwards) const
{
    const QString dir = backwards ? u" DESC"_s : QString();
    return u"m.sort_title IS NULL"_s + dir + u", "_s + nocase(u"m.sort_title"_s) + dir + u", m.id"_s
            + dir;
}

QString MovieSql::where(Lead lead, const QString &more, bool listSearch) const
{
    QStringList all;
    if (m_searches) {
        if (searchLeads(lead))
            all << m_d.searchMatch();
        else if (m_probeSearch && !listSearch)
            all << m_d.searchProbe();
        else
            all << m_d.searchList();
    }
    // Where the search index leads, it alone: a probe of it per film another index found costs
    // more than reading its matches.
    const QString plus = lead == Lead::Sort || searchLeads(lead) ? m_d.unindexed() : QString();
    for (const Condition &c : m_conditions)
        all << QString(c.sql).replace(u"{+}"_s, plus);
    if (!more.isEmpty())
        all << more;
    return all.isEmpty() ? QString() : u" WHERE "_s + all.join(u" AND "_s);
}

QVariantList MovieSql::binds() const
{
    QVariantList all;
    if (m_searches)
        all << m_fts;
    for (const Condition &c : m_conditions)
        all << c.binds;
    return all;
}

MovieSql::Statement MovieSql::count(qint64 limit) const
{
    // The filters lead: counting reads the matches, not the order.
    return {u"SELECT COUNT(*) FROM (SELECT 1 FROM "_s + from(Lead::Filters) + where(Lead::Filters)
                    + u" LIMIT ?) AS matches"_s,
            binds() + QVariantList{limit + 1}};
}

// Unknown values last in either direction; descending is ascending read backwards (ties too),
// which is what lets one index per direction serve it. backwards: the same order from its end
// (the same index read the other way); empty where that is not possible (relevance, the
// caller's own sorts).
QString MovieSql::orderBy(Lead lead, bool backwards, QVariantList *binds) const
{
    const bool desc = m_q.descending;
    const QString dir = desc != backwards ? u" DESC"_s : QString();
    const auto by = [&](const QString &column, bool text, bool thenTitle) -> QString {
        const QString c = u"m."_s + column;
        QString order = c + (desc ? u" IS NOT NULL"_s : u" IS NULL"_s) + dir + u", "_s;
        order += (text ? nocase(c) : c) + dir;
        if (thenTitle)
            order += u", "_s + nocase(u"m.sort_title"_s) + dir;
        return order + u", m.id"_s + dir;
    };
    if (const auto key = sortKey(m_q.sort))
        return by(key->column, key->text, key->thenTitle);
    switch (m_q.sort) {
    case MovieQuery::Sort::MyRating:
    case MovieQuery::Sort::LastWatched:
        // The tail of a personal sort: see restSlice().
        return backwards ? QString() : byTitle(false);
    case MovieQuery::Sort::Added:
    case MovieQuery::Sort::Title: // the column sorts: sortKey() above
    case MovieQuery::Sort::Year:
    case MovieQuery::Sort::Rating:
    case MovieQuery::Sort::Director:
    case MovieQuery::Sort::Runtime:
    case MovieQuery::Sort::RottenTomatoes:
    case MovieQuery::Sort::Genre:
        break;
    case MovieQuery::Sort::Default:
        // Relevance when searching and few match; ranking many costs more than it tells.
        if (m_searches && lead == Lead::Filters) {
            if (backwards)
                return {};
            bool bindsSearch = false;
            const QString rank = m_d.searchRank(&bindsSearch);
            if (bindsSearch && binds)
                *binds << m_fts;
            return rank + u", m.id"_s;
        }
        break;
    }
    const QString id = searchLeads(lead) ? m_d.searchId() : u"m.id"_s;
    return id + dir;
}

MovieSql::Statement MovieSql::page(Lead lead, qint64 exactTotal) const
{
    qint64 offset = m_q.offset();
    qint64 limit = m_q.pageSize;
    // Past the middle of a result whose size is known, the page is read from the end: page
    // 10,000 of a million films skips 100 rows instead of 999,900.
    QVariantList orderBinds;
    QString order = orderBy(lead, false, &orderBinds);
    const QString backwards = orderBy(lead, true);
    const bool reversed = !backwards.isEmpty() && fromTheEnd(offset, limit, exactTotal);
    if (reversed)
        orderBinds.clear();
    return {u"SELECT m.id FROM "_s + from(lead) + where(lead) + u" ORDER BY "_s
                    + (reversed ? backwards : order) + u" LIMIT ? OFFSET ?"_s,
            binds() + orderBinds + QVariantList{limit, offset}, reversed};
}

bool MovieSql::fromTheEnd(qint64 &offset, qint64 &limit, qint64 total)
{
    if (total <= 0 || offset <= total / 2 || offset >= total)
        return false;
    limit = qMin(limit, total - offset);
    offset = total - offset - limit;
    return true;
}

MovieSql::Statement MovieSql::pick() const
{
    return {u"SELECT m.id FROM "_s + from(Lead::Filters) + where(Lead::Filters)
                    + u" ORDER BY m.id LIMIT 1 OFFSET ?"_s,
            binds()};
}

namespace {

QString personalKey(MovieQuery::Sort sort)
{
    return sort == MovieQuery::Sort::MyRating ? u"rating"_s : u"last_watched_on"_s;
}

} // namespace

// The caller's rows are a few thousand at most, found through their own index, unless the
// search matches fewer: then it leads (CROSS JOIN keeps SQLite from probing the search index
// once per row of the caller's, a tenth of a millisecond each; where the caller's rows lead,
// the search's matches are listed once instead).
QString MovieSql::keyedFrom(Lead lead) const
{
    return from(lead) + (searchLeads(lead) ? u" CROSS JOIN"_s : u" JOIN"_s)
            + u" user_movies um ON um.user_id = ? AND um.movie_id = m.id"_s;
}

MovieSql::Statement MovieSql::keyedCount(Lead lead) const
{
    const QString key = u"um."_s + personalKey(m_q.sort);
    return {u"SELECT COUNT(*) FROM "_s + keyedFrom(lead)
                    + where(lead, key + u" IS NOT NULL"_s, true),
            QVariantList{m_userId} + binds()};
}

MovieSql::Statement MovieSql::keyedSlice(Lead lead, qint64 offset, qint64 limit) const
{
    const QString key = u"um."_s + personalKey(m_q.sort);
    const QString dir = m_q.descending ? u" DESC"_s : u" ASC"_s;
    return {u"SELECT m.id FROM "_s + keyedFrom(lead) + where(lead, key + u" IS NOT NULL"_s, true)
                    + u" ORDER BY "_s + key + dir + u", "_s + byTitle(false)
                    + u" LIMIT ? OFFSET ?"_s,
            QVariantList{m_userId} + binds() + QVariantList{limit, offset}};
}

MovieSql::Statement MovieSql::restSlice(Lead lead, qint64 offset, qint64 limit,
                                        qint64 exactTotal) const
{
    const bool reversed = fromTheEnd(offset, limit, exactTotal);
    const QString without = u"m.id NOT IN (SELECT movie_id FROM user_movies WHERE user_id = ? "
                            u"AND "_s
            + personalKey(m_q.sort) + u" IS NOT NULL)"_s;
    return {u"SELECT m.id FROM "_s + from(lead) + where(lead, without) + u" ORDER BY "_s
                    + byTitle(reversed) + u" LIMIT ? OFFSET ?"_s,
            binds() + QVariantList{m_userId, limit, offset}, reversed};
}

MovieSql::Statement MovieSql::sortOrder(const SqlDialect &dialect, MovieQuery::Sort sort)
{
    const auto key = sortKey(sort);
    Q_ASSERT(key);
    MovieQuery ascending;
    ascending.sort = sort;
    const MovieSql sql(dialect, ascending, 0);
    return {u"SELECT m.id, m."_s + key->column + u" IS NOT NULL FROM movies m ORDER BY "_s
                    + sql.orderBy(Lead::Sort, false),
            {}};
}

MovieSql::Statement MovieSql::lastFilmId()
{
    return {u"SELECT max(id) FROM movies"_s, {}};
}

MovieSql::Statement MovieSql::matches() const
{
    return {u"SELECT reelvault_ids(?, rowid) FROM movies_fts WHERE movies_fts MATCH ?"_s, {m_fts}};
}

MovieSql::Statement MovieSql::keyedIds() const
{
    return {u"SELECT reelvault_ids(?, movie_id) FROM user_movies WHERE user_id = ? AND "_s
                    + personalKey(m_q.sort) + u" IS NOT NULL"_s,
            {m_userId}};
}

QString MovieSql::idList(const std::vector<qint64> &ids)
{
    QString list = u"["_s;
    list.reserve(int(ids.size()) * 8 + 2);
    for (const qint64 id : ids) {
        if (list.size() > 1)
            list += u',';
        list += QString::number(id);
    }
    return list + u"]"_s;
}

MovieSql::Statement MovieSql::keyedSliceOf(const QString &idsJson, qint64 offset,
                                           qint64 limit) const
{
    const QString key = u"um."_s + personalKey(m_q.sort);
    const QString dir = m_q.descending ? u" DESC"_s : u" ASC"_s;
    return {u"SELECT m.id FROM movies m JOIN user_movies um ON um.user_id = ? AND um.movie_id = "
            u"m.id WHERE m.id IN ("_s
                    + m_d.idsIn() + u") ORDER BY "_s + key + dir + u", "_s + byTitle(false)
                    + u" LIMIT ? OFFSET ?"_s,
            {m_userId, idsJson, limit, offset}};
}
