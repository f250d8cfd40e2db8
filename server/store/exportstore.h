// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>

class Database;
class MovieQuery;
class MovieStore;

// A user's own data written out, in three forms:
//   json: everything (each film's rating, watchlist, favourite, tags and notes, and every
//     viewing), which POST /imports reads back with nothing lost;
//   letterboxd: the CSV Letterboxd's importer takes (Title, Year, Directors, WatchedDate,
//     Rating, Rewatch, Tags, Review): a row per viewing, and one per rated film never watched;
//   view: a plain CSV of a catalogue view, for a spreadsheet: every film the /moviedata query
//     matches (all pages), in its order, each with every field and the user's own columns.
class ExportStore
{
public:
    ExportStore(Database &db, MovieStore &movies);

    Result<QByteArray> json(qint64 userId, qint64 now);
    Result<QByteArray> letterboxd(qint64 userId);
    Result<QByteArray> view(MovieQuery query, qint64 userId);

private:
    struct Viewing
    {
        QString watchedOn;
        bool rewatch = false;
        QVariant rating;
        QString note;
    };
    struct Film
    {
        qint64 id = 0;
        QString title, director, genre;
        QVariant year, rating;
        bool watchlist = false, favourite = false;
        QString notes;
        int timesWatched = 0;
        QString lastWatchedOn;
        QStringList tags;
        QList<Viewing> viewings;
    };
    Result<QList<Film>> films(qint64 userId);

    Database &m_db;
    MovieStore &m_movies;
};
