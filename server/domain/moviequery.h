// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// The parameters of GET /moviedata (and /moviedata/random), validated: q, genre, yearFrom,
// yearTo, maxRuntime, minImdb, the caller's watched, watchlist, favourite, tag and minRating,
// sort, page, pageSize.
class MovieQuery
{
public:
    enum class Sort {
        Default,
        Title,
        Year,
        Rating,
        Director,
        Runtime,
        RottenTomatoes,
        Genre,
        MyRating,
        LastWatched,
        Added
    };
    // The names sort takes, in the order of Sort (without Default).
    static QStringList sortNames();

    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 200;
    static constexpr qint64 MaxPage = 1'000'000'000;

    // The parameters parse() reads (others are ignored), as the OpenAPI document lists them.
    static QStringList parameterNames();
    // An InvalidFields fault names each bad parameter.
    static Result<MovieQuery> parse(const QUrlQuery &query);

    QString text; // q, trimmed
    QString genre;
    std::optional<int> yearFrom;
    std::optional<int> yearTo;
    std::optional<int> maxRuntime; // minutes
    std::optional<double> minImdb;
    // The caller's own (issue 12): the films they watched or not, on their watchlist, their
    // favourites, with a tag of theirs, rated at least minRating by them.
    std::optional<bool> watched;
    std::optional<bool> watchlist;
    std::optional<bool> favourite;
    QString tag; // compared case-insensitively
    std::optional<double> minRating;
    Sort sort = Sort::Default;
    bool descending = false;
    qint64 page = 1;
    int pageSize = DefaultPageSize;

    qint64 offset() const { return (page - 1) * pageSize; }
    // The words of q (runs of letters and digits): each must match as a prefix
    // (SqlDialect::searchText, which quotes them so that no user text is read as search syntax).
    // Empty when q has no words.
    QStringList searchWords() const;
    bool hasTextFilter() const { return !text.isEmpty(); }
};
