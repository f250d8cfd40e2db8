// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

class JsonWriter;

// One entry of a user's diary: {id, movieId, watchedOn, rewatch, rating, note, createdAt}
// (GET /viewings adds "movie": {id, title, year}). Dates are from 1870-01-01 to the day after
// today in UTC, so that "today" is accepted in every time zone.
class Viewing
{
public:
    static constexpr int FirstYear = 1870;

    // The viewing's columns, for a SELECT over viewings as v.
    static QString selectList();
    static constexpr int ColumnCount = 7;
    static void write(JsonWriter &out, const QSqlQuery &row, int first);

    // What POST (complete: watchedOn required) or PATCH (partial) sends; members are set when
    // the body names them. rating and note may be set to null.
    struct Change
    {
        std::optional<QDate> watchedOn;
        std::optional<bool> rewatch;
        std::optional<std::optional<double>> rating;
        std::optional<QString> note; // empty: cleared
    };
    static Result<Change> parse(const QJsonObject &body, bool partial, qint64 now);

    // GET /viewings?from&to&movieId&page&pageSize.
    struct Filter
    {
        std::optional<QDate> from;
        std::optional<QDate> to;
        qint64 movieId = 0; // 0: any
        qint64 page = 1;
        int pageSize = 50;
    };
    static QStringList filterNames();
    static Result<Filter> parseFilter(const QUrlQuery &query);
};
