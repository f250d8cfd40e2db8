// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantMap>

#include <array>
#include <optional>

class JsonWriter;

// The Movie resource of the contract and where each field lives in the movies table. One table
// drives reading rows, validating admin writes and writing them, so they never drift apart.
class MovieFields
{
public:
    enum class Kind { Text, Integer, Real, Date };
    struct Field
    {
        const char *json;
        const char *column;
        Kind kind;
        double min; // Integer, Real
        double max; // Integer, Real; for Text: the longest value in characters
    };

    static constexpr std::size_t Count = 13;
    static const std::array<Field, Count> &all();

    // "id, title, year, ..." for a SELECT, with an optional table alias.
    static QString selectList(const QString &alias = {});
    // A Movie from a row selected with selectList(): id first, then all() in order, then
    // hasPoster; withMine:
    // then Mine::selectList(), written as "mine".
    static QJsonObject fromRow(const QSqlQuery &row, bool withMine = false);
    static void writeRow(JsonWriter &out, const QSqlQuery &row, bool withMine = false);

    // Checks a POST (complete) or PATCH (partial) body and returns column -> value, or an
    // InvalidFields fault naming each bad field. Unknown fields and "id" are refused; a releaseDate
    // without a year sets the year.
    static Result<QVariantMap> validate(const QJsonObject &body, bool partial);
};
