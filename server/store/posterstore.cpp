// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterstore.h"

#include "core/clock.h"
#include "database.h"
#include "domain/posterimage.h"
#include "moviestore.h"

using namespace Qt::StringLiterals;

PosterStore::PosterStore(Database &db, MovieStore &movies, const Clock &clock)
    : m_db(db)
    , m_movies(movies)
    , m_clock(clock)
{ }

Fault PosterStore::missing(qint64 movieId)
{
    const auto film = m_db.value(u"SELECT 1 FROM movies WHERE id = ?"_s, {movieId});
    if (!film)
        return film.fault();
    return Fault(film->isValid() ? Fault::Kind::NoPoster : Fault::Kind::NotFound);
}

Result<PosterStore::Poster> PosterStore::poster(qint64 movieId)
{
    QSqlQuery &q
            = m_db.prepared(u"SELECT content_type, etag, image FROM posters WHERE movie_id = ?"_s);
    StatementScope scope(q);
    const auto row = Database::fetchOne(q, {movieId});
    if (!row)
        return row.fault();
    if (!*row)
        return missing(movieId);
    return Poster{q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray()};
}

Result<QByteArray> PosterStore::etag(qint64 movieId)
{
    // A revalidation is the wall's most frequent request: answered from memory once read. Any
    // change to the catalogue (a poster set or removed, a film deleted) starts the cache again.
    const quint64 version = m_movies.version();
    if (m_movies.keepsCaches()) {
        QMutexLocker lock(&m_etagsLock);
        if (m_etagsVersion != version) {
            m_etags.clear();
            m_etagsVersion = version;
        }
        if (const auto it = m_etags.constFind(movieId); it != m_etags.cend())
            return *it;
    }
    const auto etag = m_db.value(u"SELECT etag FROM posters WHERE movie_id = ?"_s, {movieId});
    if (!etag)
        return etag.fault();
    if (!etag->isValid())
        return missing(movieId);
    const QByteArray tag = etag->toByteArray();
    QMutexLocker lock(&m_etagsLock);
    if (m_movies.keepsCaches() && m_etagsVersion == version && m_etags.size() < MaxCachedEtags)
        m_etags.insert(movieId, tag);
    return tag;
}

Done PosterStore::put(qint64 movieId, const PosterImage &image)
{
    const auto n = m_db.affected(
            u"INSERT INTO posters (movie_id, content_type, etag, width, height, updated_at, "
            u"image) SELECT id, ?, ?, ?, ?, ?, ? FROM movies WHERE id = ? "
            u"ON CONFLICT (movie_id) DO UPDATE SET content_type = excluded.content_type, "
            u"etag = excluded.etag, width = excluded.width, height = excluded.height, "
            u"updated_at = excluded.updated_at, image = excluded.image"_s,
            {QString::fromLatin1(image.contentType), QString::fromLatin1(image.etag), image.width,
             image.height, m_clock.now(), image.data, movieId});
    if (!n)
        return n.fault();
    if (*n == 0)
        return Fault(Fault::Kind::NotFound);
    m_movies.changed();
    return {};
}

Done PosterStore::remove(qint64 movieId)
{
    const auto n = m_db.affected(u"DELETE FROM posters WHERE movie_id = ?"_s, {movieId});
    if (!n)
        return n.fault();
    if (*n == 0)
        return missing(movieId);
    m_movies.changed();
    return {};
}
