// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/mine.h"
#include "domain/viewing.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QMutex>

class Clock;
class Database;

// Each user's own film life: their relation to a film ("mine": rating, watchlist, favourite,
// tags, notes) and their diary of viewings. Every read and write names the user, and another
// user's viewing is NotFound, never "forbidden". version(user) moves after each of the user's
// commits, so cached pages that carry "mine" can tell they are stale.
class PersonalStore
{
public:
    PersonalStore(Database &db, const Clock &clock);

    // The Mine object of a film (its JSON); NotFound when there is no such film.
    Result<QByteArray> mine(qint64 userId, qint64 movieId);
    Done change(qint64 userId, qint64 movieId, const Mine::Change &change);

    // A new viewing's id. Without rewatch, it is a rewatch when the user has watched the film on
    // or before that date already. With a rating, the rating becomes the film's ("mine").
    Result<qint64> addViewing(qint64 userId, qint64 movieId, const Viewing::Change &viewing);
    Result<QByteArray> viewing(qint64 userId, qint64 viewingId); // its JSON
    // A rating given here becomes the film's too, as when the viewing was added.
    Done updateViewing(qint64 userId, qint64 viewingId, const Viewing::Change &change);
    Done removeViewing(qint64 userId, qint64 viewingId);

    struct Page
    {
        QByteArray items; // a JSON array of Viewing + "movie": {id, title, year}, newest first
        qint64 total = 0;
    };
    Result<Page> viewings(qint64 userId, const Viewing::Filter &filter);

    // The user's tags as a JSON array of {name, films}, the most used first: one name per tag
    // (tags differing only in case are one), the films carrying it.
    Result<QByteArray> tags(qint64 userId);

    quint64 version(qint64 userId) const;
    // After a change made elsewhere (an import): cached pages with "mine" are stale.
    void markChanged(qint64 userId) { changed(userId); }

private:
    Result<bool> filmExists(qint64 movieId);
    void changed(qint64 userId);

    Database &m_db;
    const Clock &m_clock;
    mutable QMutex m_versionsLock;
    QHash<qint64, quint64> m_versions;
};
