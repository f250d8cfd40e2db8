// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QMutex>

#include <optional>

class Database;
class MovieStore;

// GET /stats: a user's statistics over their diary, for one year or all time, and the
// catalogue's own, as one JSON object (see the OpenAPI document's Stats schema):
//   viewings, films (distinct), rewatches, minutes (the runtimes known) and
//   viewingsWithoutRuntime; perMonth ({month: "YYYY-MM", viewings}: the year's twelve, or every
//   month from the first viewing to the last); byWeekday (seven counts, Monday first); byGenre,
//   byDecade and topDirectors (distinct films; ten directors at most); ratings (the user's own
//   ratings of the films watched in the period — all time: every rated film — in ten
//   half-star buckets) and ratingVsImdb; first and last viewing, highestRated (five), longest
//   film; and catalogue: films, perDecade, imdbVsRottenTomatoes and budgetVsGross
//   ([id, title, x, y] each; made once per version of the catalogue).
class StatsStore
{
public:
    StatsStore(Database &db, MovieStore &movies);

    Result<QByteArray> stats(qint64 userId, std::optional<int> year);

private:
    // The "catalogue" part, kept until the catalogue changes (MovieStore::version()).
    Result<QByteArray> catalogue();

    Database &m_db;
    MovieStore &m_movies;
    QMutex m_cacheLock;
    quint64 m_catalogueVersion = 0;
    QByteArray m_catalogue;
};
