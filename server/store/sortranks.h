// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/moviequery.h"

#include <QMutex>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

class Database;
class QThreadPool;

// Where every film stands in each column sort's order, kept in memory for one version of the
// catalogue (MovieStore::version()).
//
// A one-letter search matches a third of a million films at a million; sorted by a column, SQLite
// can only read the sort's index and test each film against the search (100 to 500 ms deep in
// the result). With the positions at hand the matches are read from the search index alone
// (25 ms) and the page is chosen among them in memory, at any depth, in either direction.
//
// Four bytes a film per sort that has been asked for: 4 MiB each at a million films. Made by
// reading the sort's own index once (a quarter of a second at a million films): on the caller's
// thread for a small catalogue, else on the background thread while the caller reads its page
// the slower way.
class SortRanks
{
public:
    struct Ranks
    {
        quint64 version = 0;
        std::vector<quint32> byId; // 1 + the film's place in ascending order; 0: no such film
        quint32 known = 0; // films with a value: they come first, in either direction
        quint32 films = 0;

        // The film's place (byId's value - 1) in this direction: descending reads those with a
        // value backwards, then those without backwards (as MovieSql::orderBy has it).
        quint32 place(quint32 ascending, bool descending) const
        {
            if (!descending)
                return ascending;
            return ascending < known ? known - 1 - ascending : known + (films - 1 - ascending);
        }
    };
    using Snapshot = std::shared_ptr<const Ranks>;

    // Catalogues up to this many films have their ranks made while the request waits (about
    // 0.25 µs a film).
    static constexpr qint64 MadeInline = 50'000;

    // version: the catalogue's current version, read before the films are.
    SortRanks(Database &db, std::function<quint64()> version);

    // Where ranks of a large catalogue are made (nullptr: on the caller's thread).
    void setBackground(QThreadPool *pool) { m_background = pool; }

    // The ranks of a column sort at the catalogue's current version, or nullptr when they are
    // not there yet (being made in the background) or could not be made. films: the
    // catalogue's size, which decides where they are made.
    Snapshot ranks(MovieQuery::Sort sort, qint64 films);
    // Has the ranks of every column sort made in the background now (when there is a
    // background), so that no request has to read its page the slower way meanwhile.
    void warm();

private:
    Result<Snapshot> make(MovieQuery::Sort sort);
    void makeInBackground(MovieQuery::Sort sort); // with m_mutex held

    Database &m_db;
    std::function<quint64()> m_version;
    QThreadPool *m_background = nullptr;
    QMutex m_mutex;
    std::map<MovieQuery::Sort, Snapshot> m_ranks;
    std::set<MovieQuery::Sort> m_pending; // being made in the background
    std::set<MovieQuery::Sort> m_again; // asked for while being made: made again if stale
};
