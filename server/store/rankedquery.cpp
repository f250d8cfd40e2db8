// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedquery.h"

#include "database.h"
#include "moviesql.h"
#include "sortranks.h"

#include <QSqlQuery>
#include <QtAlgorithms>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using Sort = MovieQuery::Sort;

namespace {

// A film's place in ranks (ascending); nullopt when the ranks do not know it.
std::optional<quint32> placeOf(const SortRanks::Ranks &ranks, qint64 id)
{
    if (id < 0 || quint64(id) >= ranks.byId.size() || ranks.byId[size_t(id)] == 0)
        return std::nullopt;
    return ranks.byId[size_t(id)] - 1;
}

// Places [lo, hi) in one sort: the films that pass a catalogue filter.
struct Interval
{
    const SortRanks::Ranks *ranks = nullptr;
    quint32 lo = 0;
    quint32 hi = 0;
};

// The catalogue's filters as runs of places, those in one sort merged (yearFrom and yearTo):
// an empty run (lo >= hi) where nothing matches; nullopt where a boundary film is newer than the
// ranks.
using Snapshots = std::map<Sort, SortRanks::Snapshot>;
Result<std::optional<std::vector<Interval>>> intervalsOf(Database &db, const MovieSql &sql,
                                                         const Snapshots &snapshots)
{
    std::vector<Interval> intervals;
    const auto placeFound = [&](const MovieSql::Statement &statement,
                                const SortRanks::Ranks &ranks) -> Result<std::optional<qint64>> {
        const auto id = db.value(statement.sql, statement.binds);
        if (!id)
            return id.fault();
        if (id->isNull())
            return std::optional<qint64>(-1); // no such film
        const auto place = placeOf(ranks, id->toLongLong());
        return place ? std::optional<qint64>(*place) : std::nullopt;
    };
    for (const MovieSql::Run &run : sql.runs()) {
        const SortRanks::Ranks &ranks = *snapshots.at(run.sort);
        Interval interval{&ranks, 0, ranks.known};
        if (!run.first.sql.isEmpty()) {
            const auto first = placeFound(run.first, ranks);
            if (!first)
                return first.fault();
            if (!*first)
                return std::optional<std::vector<Interval>>();
            // No first film: the run is empty.
            interval.lo = **first < 0 ? interval.hi : quint32(**first);
        }
        if (!run.end.sql.isEmpty()) {
            const auto end = placeFound(run.end, ranks);
            if (!end)
                return end.fault();
            if (!*end)
                return std::optional<std::vector<Interval>>();
            if (**end >= 0)
                interval.hi = quint32(**end) + (run.endIsLast ? 1 : 0);
            else if (run.endIsLast)
                interval.hi = 0; // no last film: the run is empty
        }
        const auto same = std::find_if(intervals.begin(), intervals.end(),
                                       [&](const Interval &i) { return i.ranks == &ranks; });
        if (same == intervals.end()) {
            intervals.push_back(interval);
        } else {
            same->lo = std::max(same->lo, interval.lo);
            same->hi = std::min(same->hi, interval.hi);
        }
    }
    return std::optional<std::vector<Interval>>(std::move(intervals));
}

// The ids a statement collects (Database::collectIds), as a bitmap of ids below idLimit.
Result<std::vector<bool>> idBitmap(Database &db, const MovieSql::Statement &statement,
                                   size_t idLimit)
{
    const auto ids = db.collectIds(statement.sql, statement.binds);
    if (!ids)
        return ids.fault();
    std::vector<bool> bitmap(idLimit);
    for (const qint64 id : *ids) {
        if (id >= 0 && quint64(id) < idLimit)
            bitmap[size_t(id)] = true;
    }
    return bitmap;
}

class Bitmap
{
public:
    explicit Bitmap(size_t bits)
        : m_words((bits + 63) / 64, 0)
    { }
    void set(size_t bit) { m_words[bit / 64] |= quint64(1) << (bit % 64); }
    bool test(size_t bit) const { return m_words[bit / 64] >> (bit % 64) & 1U; }
    // The place of the n-th bit set (from 0), or nullopt when fewer are set.
    std::optional<size_t> nth(quint64 n) const
    {
        for (size_t w = 0; w < m_words.size(); ++w) {
            quint64 word = m_words[w];
            const auto count = quint64(qPopulationCount(word));
            if (n >= count) {
                n -= count;
                continue;
            }
            for (; n > 0; --n)
                word &= word - 1; // drop the lowest bit set
            return w * 64 + size_t(qCountTrailingZeroBits(word));
        }
        return std::nullopt;
    }

private:
    std::vector<quint64> m_words;
};

} // namespace

RankedQuery::RankedQuery(Database &db, SortRanks &ranks)
    : m_db(db)
    , m_ranks(ranks)
{ }

Result<std::optional<RankedQuery::Selection>>
RankedQuery::select(const MovieSql &sql, const MovieQuery &q, qint64 films, qint64 *searchMatches)
{
    return choose(sql, q, films, searchMatches, {});
}

Result<std::optional<RankedQuery::Selection>>
RankedQuery::pick(const MovieSql &sql, const MovieQuery &q, qint64 films,
                  const std::function<qint64(qint64)> &offsetOf)
{
    MovieQuery one = q;
    one.sort = Sort::Added; // any fixed order: the k-th of them
    one.descending = false;
    one.page = 1;
    one.pageSize = 1;
    return choose(sql, one, films, nullptr, offsetOf);
}

Result<std::optional<RankedQuery::Selection>>
RankedQuery::choose(const MovieSql &sql, const MovieQuery &q, qint64 films, qint64 *searchMatches,
                    const std::function<qint64(qint64)> &offsetOf)
{
    const std::optional<Selection> cannot;
    const bool mine = sql.sortsByMine();
    const bool byId = q.sort == Sort::Default || q.sort == Sort::Added;
    const Sort orderSort = mine ? Sort::Title : q.sort;

    // Every sort whose places are needed: asked for all at once, so that those not made yet
    // are all made meanwhile.
    Snapshots snapshots;
    bool ready = true;
    const auto need = [&](Sort sort) {
        if (snapshots.count(sort))
            return;
        SortRanks::Snapshot ranks = m_ranks.ranks(sort, films);
        if (ranks)
            snapshots.emplace(sort, std::move(ranks));
        else
            ready = false;
    };
    need(byId ? Sort::Title : orderSort); // the title's also say which films there are
    for (const MovieSql::Run &run : sql.runs())
        need(run.sort);
    if (!ready)
        return cannot;
    const quint64 version = snapshots.begin()->second->version;
    size_t idLimit = 0; // ids below this are known to every snapshot's byId
    for (const auto &[sort, ranks] : snapshots) {
        if (ranks->version != version)
            return cannot; // the catalogue changed between two of them
        idLimit = std::max(idLimit, ranks->byId.size());
    }
    const SortRanks::Ranks &order = *snapshots.at(byId ? Sort::Title : orderSort);

    // The candidates: the search's matches (read first: they may leave the page to SQLite's
    // relevance), or every film.
    std::vector<qint64> matches;
    if (sql.searches()) {
        const MovieSql::Statement search = sql.matches();
        auto read = m_db.collectIds(search.sql, search.binds);
        if (!read)
            return read.fault();
        matches = std::move(*read);
        if (searchMatches)
            *searchMatches = qint64(matches.size());
        // A search in the default order is ranked by relevance when it matches few (SQLite
        // does that), by id when it matches many (as here).
        if (q.sort == Sort::Default
            && MovieSql::planSearch(qint64(matches.size()), films, q.offset() + q.pageSize).lead
                    == MovieSql::Lead::Filters)
            return cannot;
    }

    // The catalogue's filters: runs of places; the caller's own: sets of ids.
    const auto runs = intervalsOf(m_db, sql, snapshots);
    if (!runs)
        return runs.fault();
    if (!*runs)
        return cannot;
    const std::vector<Interval> &intervals = **runs;
    if (std::any_of(intervals.begin(), intervals.end(),
                    [](const Interval &i) { return i.lo >= i.hi; }))
        return std::optional<Selection>(Selection{}); // nothing matches
    std::vector<std::pair<std::vector<bool>, bool>> sets;
    for (const MovieSql::IdSet &set : sql.idSets()) {
        auto bitmap = idBitmap(m_db, set.ids, idLimit);
        if (!bitmap)
            return bitmap.fault();
        sets.emplace_back(std::move(*bitmap), set.in);
    }
    // The caller's own sorts: their films with a value come first, in their order (SQL).
    std::vector<bool> keyed;
    if (mine) {
        auto bitmap = idBitmap(m_db, sql.keyedIds(), idLimit);
        if (!bitmap)
            return bitmap.fault();
        keyed = std::move(*bitmap);
    }

    const auto eachCandidate = [&](auto &&visit) {
        if (sql.searches()) {
            for (const qint64 id : matches) {
                if (!visit(id))
                    return false;
            }
        } else {
            for (size_t id = 0; id < order.byId.size(); ++id) {
                if (order.byId[id] != 0 && !visit(qint64(id)))
                    return false;
            }
        }
        return true;
    };

    // The page's order: a place in it for each film (unique, so a place names one film).
    const bool descending = !mine && q.descending;
    const size_t places = byId ? idLimit : size_t(order.films);
    const auto placeInOrder = [&](qint64 id) -> size_t {
        if (byId)
            return descending ? idLimit - 1 - size_t(id) : size_t(id);
        return order.place(order.byId[size_t(id)] - 1, descending);
    };

    Bitmap passed(places);
    qint64 count = 0;
    std::vector<qint64> keyedMatches;
    const bool known = eachCandidate([&](qint64 id) {
        if (id < 0 || quint64(id) >= idLimit || !placeOf(order, id))
            return false; // newer than the ranks
        for (const Interval &interval : intervals) {
            const auto place = placeOf(*interval.ranks, id);
            if (!place)
                return false;
            if (*place < interval.lo || *place >= interval.hi)
                return true;
        }
        for (const auto &[bitmap, in] : sets) {
            if (bitmap[size_t(id)] != in)
                return true;
        }
        if (!keyed.empty() && keyed[size_t(id)]) {
            keyedMatches.push_back(id);
            return true;
        }
        passed.set(placeInOrder(id));
        ++count;
        return true;
    });
    if (!known)
        return cannot;

    Selection selection;
    const qint64 withKey = qint64(keyedMatches.size());
    selection.total = withKey + count;
    const qint64 offset
            = offsetOf ? (selection.total > 0 ? offsetOf(selection.total) : 0) : q.offset();
    if (offset >= selection.total)
        return std::optional<Selection>(selection);
    if (offset < withKey) {
        const MovieSql::Statement slice
                = sql.keyedSliceOf(MovieSql::idList(keyedMatches), offset, q.pageSize);
        QSqlQuery &query = m_db.prepared(slice.sql);
        StatementScope scope(query);
        if (Done done = Database::run(query, slice.binds); !done)
            return done.fault();
        while (query.next())
            selection.ids << query.value(0).toLongLong();
    }
    const qint64 from = std::max<qint64>(0, offset - withKey);
    const qint64 wanted = std::min<qint64>(q.pageSize - selection.ids.size(), count - from);
    if (wanted <= 0)
        return std::optional<Selection>(selection);
    // The places of the page's first and last films, then those films.
    const size_t firstPlace = *passed.nth(quint64(from));
    const size_t lastPlace = *passed.nth(quint64(from + wanted - 1));
    std::vector<std::pair<size_t, qint64>> page;
    page.reserve(size_t(wanted));
    eachCandidate([&](qint64 id) {
        if (!keyed.empty() && keyed[size_t(id)])
            return true;
        const size_t place = placeInOrder(id);
        if (place >= firstPlace && place <= lastPlace && passed.test(place))
            page.emplace_back(place, id);
        return true;
    });
    std::sort(page.begin(), page.end());
    for (const auto &[place, id] : page)
        selection.ids << id;
    return std::optional<Selection>(selection);
}
