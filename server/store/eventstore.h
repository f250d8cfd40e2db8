// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/securityevent.h"

#include <QList>

class Database;

// Each account's own security history (the security_events table). Callable from any thread.
class EventStore
{
public:
    explicit EventStore(Database &db);

    // Adds an event; a failure is logged, never the request's failure (the history is a record
    // of what happened, not a condition of it).
    void record(qint64 userId, SecurityEvent::Type type, const SecurityEvent::Source &source,
                qint64 at);

    struct Page
    {
        QList<SecurityEvent> items;
        qint64 total = 0;
    };
    // The user's events, newest first.
    Result<Page> page(qint64 userId, qint64 page, qint64 pageSize);
    // Drops events older than SecurityEvent::KeptSeconds; how many went.
    Result<int> prune(qint64 now);

private:
    Database &m_db;
};
