// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "database.h"
#include "logging.h"

using namespace Qt::StringLiterals;

EventStore::EventStore(Database &db)
    : m_db(db)
{ }

void EventStore::record(qint64 userId, SecurityEvent::Type type,
                        const SecurityEvent::Source &source, qint64 at)
{
    const auto added
            = m_db.affected(u"INSERT INTO security_events (user_id, at, type, client, address) "
                            u"VALUES (?, ?, ?, ?, ?)"_s,
                            {userId, at, SecurityEvent::name(type), source.client, source.address});
    if (!added)
        qCWarning(lcDb) << "could not record a security event of account" << userId;
}

Result<EventStore::Page> EventStore::page(qint64 userId, qint64 page, qint64 pageSize)
{
    Page result;
    const auto total
            = m_db.value(u"SELECT COUNT(*) FROM security_events WHERE user_id = ?"_s, {userId});
    if (!total)
        return total.fault();
    result.total = total->toLongLong();
    QSqlQuery &q = m_db.prepared(uR"(SELECT id, at, type, client, address FROM security_events
        WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?)"_s);
    StatementScope scope(q);
    if (Done ran = Database::run(q, {userId, pageSize, (page - 1) * pageSize}); !ran)
        return ran.fault();
    while (q.next()) {
        const auto type = SecurityEvent::fromName(q.value(2).toString());
        if (!type)
            continue; // written by a newer build: not ours to describe
        SecurityEvent e;
        e.id = q.value(0).toLongLong();
        e.userId = userId;
        e.at = q.value(1).toLongLong();
        e.type = *type;
        e.source = {q.value(3).toString(), q.value(4).toString()};
        result.items << e;
    }
    return result;
}

Result<int> EventStore::prune(qint64 now)
{
    return m_db.affected(u"DELETE FROM security_events WHERE at < ?"_s,
                         {now - SecurityEvent::KeptSeconds});
}
