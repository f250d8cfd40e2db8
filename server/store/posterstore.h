// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

class Clock;
class Database;
class MovieStore;
class PosterImage;

// The films' posters: one per film, as PosterImage made it, removed with the film. Every change
// bumps the catalogue's version (MovieStore::changed), since each Movie says hasPoster.
class PosterStore
{
public:
    PosterStore(Database &db, MovieStore &movies, const Clock &clock);

    struct Poster
    {
        QByteArray contentType;
        QByteArray etag;
        QByteArray data;
    };
    // NotFound when there is no such film; NoPoster when it has none.
    Result<Poster> poster(qint64 movieId);
    // Only the ETag, for a conditional request: the image is not read (and the tag is kept in
    // memory until the catalogue changes).
    Result<QByteArray> etag(qint64 movieId);
    // NotFound when there is no such film.
    Done put(qint64 movieId, const PosterImage &image);
    // NotFound when there is no such film; NoPoster when it has none.
    Done remove(qint64 movieId);

private:
    // NoPoster, or NotFound when the film itself is missing.
    Fault missing(qint64 movieId);

    static constexpr qsizetype MaxCachedEtags = 1'000'000;

    Database &m_db;
    MovieStore &m_movies;
    const Clock &m_clock;
    QMutex m_etagsLock;
    QHash<qint64, QByteArray> m_etags; // film → its poster's ETag, read under m_etagsVersion
    quint64 m_etagsVersion = 0;
};
