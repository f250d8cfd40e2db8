// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/moviequery.h"

#include <QString>
#include <QVariantList>

#include <vector>

class SqlDialect;

// The SQL of GET /moviedata and /moviedata/random, built in this one place: which films a query
// matches, how many of them (up to a bound), and the ids of one page of them in order.
//
// A page is read one of two ways (Lead). When few films match, the filters lead: the search
// index or a column's index finds them and SQLite sorts those few. When many match, the sort
// leads: the films are read in order from the sort's own index (migration 9 has one per sort
// and direction, with the ORDER BY's expressions) and each is tested against the filters, whose
// indexes are then turned off (a unary +) so that SQLite cannot choose to sort them all.
class MovieSql
{
public:
    struct Statement
    {
        QString sql;
        QVariantList binds;
        bool reversed = false; // its rows come last first: turn them round
    };
    enum class Lead { Filters, Sort };

    MovieSql(const SqlDialect &dialect, const MovieQuery &query, qint64 userId);

    // How to read a page of a search that matches this many of the catalogue's films, depth
    // films deep (the page's end): the search leads, or the sort does and tests each film it
    // reads against the search either by a probe of the search index (many match) or in a list
    // of the matches made once.
    struct Plan
    {
        Lead lead = Lead::Filters;
        bool probeSearch = false;
    };
    static Plan planSearch(qint64 matches, qint64 films, qint64 depth);
    void setProbeSearch(bool probe) { m_probeSearch = probe; }
    bool searches() const { return m_searches; }
    bool onlySearches() const { return searches() && m_conditions.isEmpty(); }

    // Whether anything narrows the catalogue (else its size, kept by triggers, is the count).
    bool filters() const { return !m_conditions.isEmpty() || m_searches; }
    bool sortsByMine() const;

    // The catalogue's size, kept by triggers (one row, one column).
    static Statement catalogueSize();
    // How many films the search alone matches: its index counts them without reading a film.
    Statement searchCount() const;
    // COUNT(*) of the matches, counting at most limit + 1 of them.
    Statement count(qint64 limit) const;
    // The ids of the page, for every sort but the caller's own. exactTotal: how many match,
    // when that is known (else -1).
    Statement page(Lead lead, qint64 exactTotal = -1) const;
    // The k-th match in id order (k binds last), for /moviedata/random.
    Statement pick() const;

    // Sorted by the caller's rating or last watch: the matches that have one, counted, and a
    // slice of them in that order; then a slice of the others in title order.
    Statement keyedCount(Lead lead) const;
    Statement keyedSlice(Lead lead, qint64 offset, qint64 limit) const;
    Statement restSlice(Lead lead, qint64 offset, qint64 limit, qint64 exactTotal = -1) const;

    // Pages chosen in memory (RankedQuery) from the films' places in the sorts (SortRanks).
    //
    // A catalogue filter is a run of places in its column's sort: genre=Drama the films from the
    // first Drama to the last in genre order, yearFrom those from the first of that year on.
    // first finds the run's first film (no statement: it starts with the first film; no row:
    // nothing matches); end the first film past the run, or with endIsLast its last film (no
    // statement, or no row past it: the run ends with the last film that has a value).
    struct Run
    {
        MovieQuery::Sort sort = MovieQuery::Sort::Default;
        Statement first;
        Statement end;
        bool endIsLast = false;
    };
    const QList<Run> &runs() const { return m_runs; }
    // The caller's own filters are sets of ids (Database::collectIds): the films in them, or
    // (in false) those not.
    struct IdSet
    {
        Statement ids;
        bool in = true;
    };
    const QList<IdSet> &idSets() const { return m_sets; }
    // Every film in the ascending order of a column sort: its id, and whether it has a value
    // (those come first).
    static Statement sortOrder(const SqlDialect &dialect, MovieQuery::Sort sort);
    static Statement lastFilmId(); // the largest id (null: no film)
    // The ids of the search's matches, in no particular order (Database::collectIds).
    Statement matches() const;
    // The ids of the caller's films that have a value in their own sort (Database::collectIds).
    Statement keyedIds() const;
    // Ids as a JSON array, bound to json_each(?) where a statement takes a list of films.
    static QString idList(const std::vector<qint64> &ids);
    // Those of the films in idsJson (idList()) that have a value, a slice in the caller's own
    // order.
    Statement keyedSliceOf(const QString &idsJson, qint64 offset, qint64 limit) const;

private:
    // Past the middle of a result of total rows (when known, else -1), the window [offset,
    // offset + limit) as counted from the end: true, and offset and limit changed, when so.
    static bool fromTheEnd(qint64 &offset, qint64 &limit, qint64 total);
    struct Condition
    {
        QString sql; // with {+} where a column's index may be turned off
        QVariantList binds;
    };
    bool searchLeads(Lead lead) const; // the search index is read first (SearchJoin)
    QString from(Lead lead) const;
    QString keyedFrom(Lead lead) const; // from() and the caller's rows
    // listSearch: test films against a list of the search's matches even where the plan
    // would probe the search index per film.
    QString where(Lead lead, const QString &more = {}, bool listSearch = false) const;
    QVariantList binds() const; // the search's, then each condition's
    // The ORDER BY, and what it binds (relevance on PostgreSQL ranks by the search again).
    QString orderBy(Lead lead, bool backwards, QVariantList *binds = nullptr) const;
    QString byTitle(bool backwards) const;
    QString nocase(const QString &expr) const;

    const SqlDialect &m_d;
    const MovieQuery m_q;
    qint64 m_userId;
    QString m_fts; // the search's text for the dialect (SqlDialect::searchText)
    bool m_searches = false; // q was given
    QList<Condition> m_conditions; // without the search, which from() and where() place
    QList<Run> m_runs; // the same filters, for RankedQuery
    QList<IdSet> m_sets;
    bool m_probeSearch = false;
};
