// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One row of an imported film history, whatever it came from: a Letterboxd export (diary,
// ratings, watched, watchlist, likes, reviews) or an IMDb ratings or list export.
struct ImportRow
{
    enum class Source {
        Diary,
        Reviews,
        Ratings,
        Watched,
        Watchlist,
        Likes,
        ImdbRatings,
        ImdbList,
        ExportFilm, // Reelvault's own JSON export: a film's row, set exactly as it was
        ExportViewing, // and one of its viewings
    };

    Source source = Source::Diary;
    QString file; // "diary.csv"
    int line = 0; // where the row starts in it (1-based; the header is line 1)
    QString title;
    QString originalTitle; // IMDb's, when it has one
    std::optional<int> year;
    QStringList directors; // IMDb's
    QString externalId; // the Letterboxd URI or the IMDb id (tt…)
    std::optional<QDate> watchedOn; // a viewing's date (diary, reviews, watched)
    std::optional<QDate> date; // when the row was logged, rated or added
    std::optional<double> rating; // half-stars, 0.5 to 5
    bool rewatch = false;
    QStringList tags;
    QString review; // a review becomes the viewing's note
    QString titleType; // IMDb's ("Movie", "TV Series", …)
    // Reelvault's export only: the film's own state, exactly (rating above: none clears it).
    bool watchlist = false;
    bool favourite = false;
    QString notes;
    bool isFilm = true; // false: reported as skipped, never matched
};

// What one upload holds: its format ("letterboxd", "imdb-ratings", "imdb-list"), the files
// read, and their rows in file order.
struct ImportSet
{
    QString format;
    QStringList files;
    QList<ImportRow> rows;
};
