// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/moviequery.h"

#include <QVariantList>

#include <functional>
#include <optional>

class Database;
class MovieSql;
class SortRanks;

// A page of GET /moviedata chosen in memory from the films' places in the sorts (SortRanks),
// whatever the filters and however deep: what SQLite cannot do quickly at a million films when
// many films match and the sort is another column than the filter's.
//
// Each catalogue filter is a run of places in its column's sort, found with two index seeks
// (MovieSql::Run); each of the caller's own filters a set of ids; a search its matches, read from
// its index alone. The films that pass are marked in a bitmap by their place in the page's
// order, the page's places are found by counting bits, and only the films at those places are
// looked for again: no list of the matches is kept, and nothing is sorted but the page.
class RankedQuery
{
public:
    struct Selection
    {
        QVariantList ids; // the page's films, in order
        qint64 total = 0; // exact
    };

    RankedQuery(Database &db, SortRanks &ranks);

    // nullopt when the page cannot be chosen so: relevance order (a search in the default order
    // that matches few: MovieSql::planSearch), a sort's places not made yet
    // (they are being made), or a film newer than them. films: the catalogue's size.
    // searchMatches: set to how many films the search alone matches when they were read (so
    // that the SQL plans need not count them again).
    Result<std::optional<Selection>> select(const MovieSql &sql, const MovieQuery &query,
                                            qint64 films, qint64 *searchMatches = nullptr);

    // One film of the query's matches (sort and page ignored): the offsetOf(total)-th of them in
    // a fixed order, total counted first (> 0; none is picked when nothing matches).
    Result<std::optional<Selection>> pick(const MovieSql &sql, const MovieQuery &query,
                                          qint64 films,
                                          const std::function<qint64(qint64)> &offsetOf);

private:
    Result<std::optional<Selection>> choose(const MovieSql &sql, const MovieQuery &query,
                                            qint64 films, qint64 *searchMatches,
                                            const std::function<qint64(qint64)> &offsetOf);

    Database &m_db;
    SortRanks &m_ranks;
};
