// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "dataversions.h"
#include "domain/moviequery.h"
#include "moviesql.h"
#include "sortranks.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVariantMap>

#include <atomic>
#include <functional>

class Database;

// The catalogue. Reads are cached prepared statements on the caller's connection; every write
// bumps version() after it commits, so a cache tagged with the version it was read under can
// tell a stale entry from a fresh one, whichever thread wrote.
class MovieStore
{
public:
    explicit MovieStore(Database &db);

    // Matches are counted up to the first multiple of CountBound beyond the page's end; a query
    // that matches more says so (totalExact false, total that multiple: a lower bound).
    static constexpr qint64 CountBound = 10'000;
    // Pages of the whole catalogue before this offset are read from the sort's index (as
    // quickly as in memory); deeper ones and every filtered page are chosen in memory
    // (RankedQuery) when the sorts' places are at hand.
    static constexpr qint64 ShallowOffset = 10'000;

    struct Page
    {
        QByteArray items; // a JSON array of Movie objects
        qint64 total = 0; // exact, or a lower bound (see CountBound)
        bool totalExact = true;
    };
    // Every Movie carries "mine" for userId.
    Result<Page> find(const MovieQuery &query, qint64 userId);
    // NotFound when there is no such film.
    Result<QJsonObject> byId(qint64 id, qint64 userId);
    // One film picked uniformly at random among the query's matches (page and sort ignored);
    // NoMatch when there is none.
    Result<QJsonObject> random(const MovieQuery &query, qint64 userId);

    // columns: column -> value, as MovieFields::validate() returns them. The new film's id.
    Result<qint64> create(const QVariantMap &columns);
    Done update(qint64 id, const QVariantMap &columns);
    Done remove(qint64 id);

    quint64 version() const { return m_version.load(std::memory_order_acquire); }
    // Whether what is read may be kept in this process, tagged with version(): not when other
    // servers write to the same database (PostgreSQL), whose writes this one never hears of.
    bool keepsCaches() const { return !m_shared; }
    // The versions a page of films for userId depends on: the catalogue's and the user's own.
    // On SQLite this process's own counters (every write goes through it); on PostgreSQL the
    // database's (data_versions, kept by triggers), which every server's writes move.
    Result<DataVersions> pageVersions(qint64 userId, quint64 ownMine);
    // Something every Movie shows changed outside this store (its poster), after it committed:
    // what was cached before is stale.
    void changed()
    {
        m_version.fetch_add(1, std::memory_order_acq_rel);
        if (m_onChange)
            m_onChange();
    }
    // Called (on the writing thread) after each change; set once, before the server serves.
    void setChangeListener(std::function<void()> listener) { m_onChange = std::move(listener); }
    // Where the sorts' places in a large catalogue are made (SortRanks); set before serving.
    void setBackground(QThreadPool *pool) { m_ranks.setBackground(pool); }
    // Whether pages may be chosen in memory (else always by SQL; tests compare the two). On,
    // the places in every sort are made at once (in the background).
    void setRanked(bool ranked)
    {
        m_ranked = ranked && !m_shared;
        if (ranked)
            m_ranks.warm();
    }

private:
    QString selectList() const; // the film's columns, then its "mine" for the caller
    // The films of these ids, in this order, as a JSON array of Movie with "mine".
    Result<QByteArray> rows(const QVariantList &ids, qint64 userId);
    // The ids of a page sorted by the caller's rating or last watch.
    Result<QVariantList> personalPage(const MovieSql &sql, MovieSql::Lead lead, const MovieQuery &q,
                                      qint64 exactTotal);
    Result<qint64> number(const MovieSql::Statement &statement); // its first value
    Result<QVariantList> ids(const MovieSql::Statement &statement); // its first column
    // An UPDATE or DELETE of one film: NotFound when no row matched.
    Done changedRow(class QSqlQuery &q, const QVariantList &binds);
    // A film was added, changed or removed (after it committed): the sorts' places are stale
    // too (a poster's change is not theirs).
    void filmsChanged();

    Database &m_db;
    std::atomic<quint64> m_version{1};
    std::atomic<quint64> m_filmsVersion{1}; // bumped by the films' own writes: SortRanks'
    std::function<void()> m_onChange;
    SortRanks m_ranks;
    bool m_ranked = true;
    bool m_shared = false; // other servers may write to the database
};
