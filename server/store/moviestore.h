#pragma once

#include "domain/moviequery.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVariantMap>

#include <atomic>
#include <optional>

class Database;

// The catalogue. Reads are cached prepared statements on the caller's connection; every write
// bumps version() after it commits, so a cache tagged with the version it was read under can
// tell a stale entry from a fresh one, whichever thread wrote.
class MovieStore
{
public:
    explicit MovieStore(Database &db);

    struct Page
    {
        QByteArray items; // a JSON array of Movie objects
        qint64 total = 0;
    };
    // nullopt on a database error.
    std::optional<Page> find(const MovieQuery &query);
    // nullopt on a database error; an empty object when there is no such film.
    std::optional<QJsonObject> byId(qint64 id);

    enum class WriteResult { Done, NotFound, Failed };
    // columns: column -> value, as MovieFields::validate() returns them.
    std::optional<qint64> create(const QVariantMap &columns);
    WriteResult update(qint64 id, const QVariantMap &columns);
    WriteResult remove(qint64 id);

    quint64 version() const { return m_version.load(std::memory_order_acquire); }

private:
    void changed() { m_version.fetch_add(1, std::memory_order_acq_rel); }

    Database &m_db;
    std::atomic<quint64> m_version{1};
};
