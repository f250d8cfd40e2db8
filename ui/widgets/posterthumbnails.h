// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSize>
#include <QThreadPool>

class ApiClient;

// The poster wall's thumbnails, made off the GUI thread and kept: a film's own poster (fetched
// from the API, decoded and scaled on a worker) or its generated art (PosterArt, drawn on a
// worker). thumbnail() never waits: it answers from the cache, or says "not yet" and queues the
// work, and ready() tells when it is done. The most recently asked for are made first, and what
// scrolled away long ago is dropped from the queue unmade, so a fast scroll through 100,000 films
// costs only what stays on screen.
class PosterThumbnails : public QObject
{
    Q_OBJECT
public:
    // Images asked for but not started yet; older ones are forgotten.
    static constexpr int MaxQueued = 160;
    // Posters fetched from the API at once.
    static constexpr int MaxFetches = 4;
    // What the cache holds, in KiB of pixels (about 1,500 thumbnails of 120 × 180 at 2×).
    static constexpr int CacheKiB = 128 * 1024;

    explicit PosterThumbnails(ApiClient *api, QObject *parent = nullptr);
    ~PosterThumbnails() override;

    // The size of every thumbnail (in logical pixels) and the screen's pixel ratio; a change
    // drops what was made for the old size.
    void setSize(QSize logicalSize, qreal devicePixelRatio);
    QSize size() const { return m_size; }

    // The thumbnail of this film (a Movie of the API), or a null pixmap while it is made.
    QPixmap thumbnail(const QJsonObject &movie);
    // Drops what is kept of a film (its poster was set or removed).
    void forget(qint64 movieId);
    void clear();
    // Work queued or under way (for tests and the log).
    int pending() const { return int(m_queue.size() + m_running.size()); }

Q_SIGNALS:
    void ready(qint64 movieId);

private:
    struct Entry
    {
        QPixmap pixmap;
        size_t signature = 0;
    };
    struct Job
    {
        QJsonObject movie;
        size_t signature = 0;
    };
    static size_t signatureOf(const QJsonObject &movie);
    void pump();
    void startArt(const Job &job);
    void startFetch(const Job &job);
    void startDecode(const Job &job, const QByteArray &bytes);
    void finished(qint64 id, size_t signature, quint64 generation, const QImage &image);

    ApiClient *m_api;
    QSize m_size{120, 180};
    qreal m_dpr = 1;
    quint64 m_generation = 0; // results for an older size are dropped
    QCache<qint64, Entry> m_cache;
    QList<Job> m_queue; // most recently asked for last
    QHash<qint64, size_t> m_running; // id → signature, fetched or being made
    int m_fetches = 0;
    int m_working = 0; // jobs on the pool
    QThreadPool m_pool;
};
