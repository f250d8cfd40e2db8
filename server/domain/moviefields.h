#pragma once

#include <QJsonObject>
#include <QSqlQuery>

#include <array>

// The Movie resource of the contract and where each field lives in the movies table. One table
// drives reading rows, and later validating and writing them, so the two never drift apart.
class MovieFields
{
public:
    enum class Kind { Text, Integer, Real, Date };
    struct Field
    {
        const char *json;
        const char *column;
        Kind kind;
    };

    static constexpr std::size_t Count = 13;
    static const std::array<Field, Count> &all();
    // "id, title, year, ..." for a SELECT, with an optional table alias.
    static QString selectList(const QString &alias = {});
    // A Movie from a row selected with selectList(): id first, then all() in order.
    static QJsonObject fromRow(const QSqlQuery &row);
};
