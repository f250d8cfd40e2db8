// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrlQuery>

// What the catalogue view asks for: search text, genre, years, the caller's own (watched,
// watchlist, favourites, a tag, a rating at least), order. Becomes the API's
// /moviedata parameters.
struct MovieFilter
{
    QString text;
    QString genre; // empty: any
    int yearFrom = 0; // 0: any
    int yearTo = 0; // 0: any
    QString sort; // "", "title", "-year", ...
    // The caller's own: "" (all films), "watched", "notWatched", "watchlist", "favourites".
    QString mine;
    QString tag; // one of the caller's tags; empty: any
    double minRating = 0; // the caller's rating at least this; 0: any

    QUrlQuery query(int page, int pageSize) const
    {
        QUrlQuery q = viewQuery();
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
        return q;
    }
    // The view without a page: its films and their order (also what GET /export?format=csv takes).
    QUrlQuery viewQuery() const
    {
        QUrlQuery q;
        if (!text.trimmed().isEmpty())
            q.addQueryItem(QStringLiteral("q"), text.trimmed());
        if (!genre.isEmpty())
            q.addQueryItem(QStringLiteral("genre"), genre);
        if (yearFrom > 0)
            q.addQueryItem(QStringLiteral("yearFrom"), QString::number(yearFrom));
        if (yearTo > 0)
            q.addQueryItem(QStringLiteral("yearTo"), QString::number(yearTo));
        if (mine == QLatin1StringView("watched"))
            q.addQueryItem(QStringLiteral("watched"), QStringLiteral("true"));
        else if (mine == QLatin1StringView("notWatched"))
            q.addQueryItem(QStringLiteral("watched"), QStringLiteral("false"));
        else if (mine == QLatin1StringView("watchlist"))
            q.addQueryItem(QStringLiteral("watchlist"), QStringLiteral("true"));
        else if (mine == QLatin1StringView("favourites"))
            q.addQueryItem(QStringLiteral("favourite"), QStringLiteral("true"));
        if (!tag.isEmpty())
            q.addQueryItem(QStringLiteral("tag"), tag);
        if (minRating > 0)
            q.addQueryItem(QStringLiteral("minRating"), QString::number(minRating));
        if (!sort.isEmpty())
            q.addQueryItem(QStringLiteral("sort"), sort);
        return q;
    }
    bool operator==(const MovieFilter &o) const
    {
        return text == o.text && genre == o.genre && yearFrom == o.yearFrom && yearTo == o.yearTo
                && sort == o.sort && mine == o.mine && tag == o.tag && minRating == o.minRating;
    }
};
