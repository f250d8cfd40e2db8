// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterthumbnails.h"

#include "client/apiclient.h"
#include "widgets/posterart.h"

#include <QImage>
#include <QMetaObject>

using namespace Qt::StringLiterals;

PosterThumbnails::PosterThumbnails(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(CacheKiB)
{
    // One core stays free for the GUI thread's painting.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

PosterThumbnails::~PosterThumbnails()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void PosterThumbnails::setSize(QSize logicalSize, qreal devicePixelRatio)
{
    if (logicalSize == m_size && qFuzzyCompare(devicePixelRatio, m_dpr))
        return;
    m_size = logicalSize;
    m_dpr = devicePixelRatio;
    clear();
}

void PosterThumbnails::clear()
{
    ++m_generation;
    m_cache.clear();
    m_queue.clear();
    m_running.clear();
}

void PosterThumbnails::forget(qint64 movieId)
{
    m_cache.remove(movieId);
    m_running.remove(movieId);
}

size_t PosterThumbnails::signatureOf(const QJsonObject &movie)
{
    // What the image shows: a change of any of these (an edit, a new poster) makes a new one.
    return qHashMulti(0, movie.value("title"_L1).toString(), movie.value("year"_L1).toInt(),
                      movie.value("director"_L1).toString(), movie.value("genre"_L1).toString(),
                      movie.value("hasPoster"_L1).toBool());
}

QPixmap PosterThumbnails::thumbnail(const QJsonObject &movie)
{
    const qint64 id = movie.value("id"_L1).toInteger();
    const size_t signature = signatureOf(movie);
    if (const Entry *entry = m_cache.object(id); entry && entry->signature == signature)
        return entry->pixmap;
    if (const auto running = m_running.constFind(id);
        running != m_running.cend() && *running == signature)
        return {};
    // Asked again: it moves to the back (made next).
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        if (m_queue.at(i).movie.value("id"_L1).toInteger() == id) {
            m_queue.removeAt(i);
            break;
        }
    }
    m_queue.append({movie, signature});
    if (m_queue.size() > MaxQueued)
        m_queue.remove(0, m_queue.size() - MaxQueued);
    pump();
    return {};
}

void PosterThumbnails::pump()
{
    // Posters wait for a fetch slot; art for a worker. The newest first, the rest stay queued.
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        const Job &job = m_queue.at(i);
        const bool poster = job.movie.value("hasPoster"_L1).toBool();
        if (poster ? m_fetches >= MaxFetches : m_working >= m_pool.maxThreadCount())
            continue;
        const Job taken = m_queue.takeAt(i);
        m_running.insert(taken.movie.value("id"_L1).toInteger(), taken.signature);
        if (poster)
            startFetch(taken);
        else
            startArt(taken);
    }
}

void PosterThumbnails::startArt(const Job &job)
{
    ++m_working;
    const quint64 generation = m_generation;
    const QSize size = m_size;
    const qreal dpr = m_dpr;
    m_pool.start([this, job, generation, size, dpr] {
        const QImage image = PosterArt::render(job.movie, size, dpr);
        QMetaObject::invokeMethod(this, [this, job, generation, image] {
            --m_working;
            finished(job.movie.value("id"_L1).toInteger(), job.signature, generation, image);
        });
    });
}

void PosterThumbnails::startFetch(const Job &job)
{
    ++m_fetches;
    const quint64 generation = m_generation;
    m_api->fetchPoster(
            job.movie.value("id"_L1).toInteger(),
            [this, job, generation](const ApiResult &result) {
                --m_fetches;
                if (generation == m_generation && result.ok()) {
                    startDecode(job, result.body);
                    return;
                }
                // No poster after all (removed meanwhile) or no answer: the art stands in.
                if (generation == m_generation)
                    startArt(job);
                else
                    pump();
            },
            this);
}

void PosterThumbnails::startDecode(const Job &job, const QByteArray &bytes)
{
    ++m_working;
    const quint64 generation = m_generation;
    const QSize pixels = (QSizeF(m_size) * m_dpr).toSize();
    const qreal dpr = m_dpr;
    m_pool.start([this, job, generation, pixels, dpr, bytes] {
        QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            image = image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            image.setDevicePixelRatio(dpr);
        } else {
            image = PosterArt::render(job.movie, (QSizeF(pixels) / dpr).toSize(), dpr);
        }
        QMetaObject::invokeMethod(this, [this, job, generation, image] {
            --m_working;
            finished(job.movie.value("id"_L1).toInteger(), job.signature, generation, image);
        });
    });
}

void PosterThumbnails::finished(qint64 id, size_t signature, quint64 generation,
                                const QImage &image)
{
    if (generation == m_generation && m_running.value(id) == signature) {
        m_running.remove(id);
        auto *entry = new Entry{QPixmap::fromImage(image), signature};
        const int kib = int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
        m_cache.insert(id, entry, kib);
        Q_EMIT ready(id);
    }
    pump();
}
