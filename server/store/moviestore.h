#pragma once

#include "domain/moviequery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

class Database;

// Reads the catalogue. Every query is a cached prepared statement on the caller's connection.
class MovieStore
{
public:
    explicit MovieStore(Database &db);

    struct Page
    {
        QJsonArray items;
        qint64 total = 0;
    };
    // nullopt on a database error.
    std::optional<Page> find(const MovieQuery &query);
    // nullopt on a database error; an empty object when there is no such film.
    std::optional<QJsonObject> byId(qint64 id);

private:
    Database &m_db;
};
