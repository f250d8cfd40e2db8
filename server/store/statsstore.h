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
//   ([id, title, x, y] each: every film with both values up to MaxPairs, an even sample by id
//   beyond; imdbVsRottenTomatoesFilms and budgetVsGrossFilms say how many films have both), made
//   once per version of the catalogue.
class StatsStore
{
public:
    // The most films a catalogue scatter lists (a chart shows no more; 100,000 would be 7 MiB).
    static constexpr qint64 MaxPairs = 5000;

    StatsStore(Database &db, MovieStore &movies);

    Result<QByteArray> stats(qint64 userId, std::optional<int> year);
    // Makes the catalogue's part now unless the kept one is current: the server calls it on a
    // worker at start and after the catalogue changes, so that no request waits for it (one that
    // comes while it is made waits for it rather than making it again).
    void warm();

private:
    // The "catalogue" part, kept until the catalogue changes (MovieStore::version()).
    Result<QByteArray> catalogue();

    Database &m_db;
    MovieStore &m_movies;
    QMutex m_cacheLock;
    QMutex m_makeLock; // one thread makes the catalogue's part at a time
    quint64 m_catalogueVersion = 0;
    QByteArray m_catalogue;
};
