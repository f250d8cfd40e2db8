// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginfailurestore.h"

#include "database.h"

using namespace Qt::StringLiterals;

LoginFailureStore::LoginFailureStore(Database &db)
    : m_db(db)
{ }

QString LoginFailureStore::emailKey(const QString &emailKey)
{
    return u"email:"_s + emailKey;
}

QString LoginFailureStore::addressKey(const QString &address)
{
    return u"address:"_s + address;
}

Done LoginFailureStore::record(const QString &email, const QString &address, qint64 now)
{
    const auto n = m_db.affected(u"INSERT INTO login_failures (key, at) VALUES (?, ?), (?, ?)"_s,
                                 {emailKey(email), now, addressKey(address), now});
    return n ? Done() : Done(n.fault());
}

Result<qint64> LoginFailureStore::nthRecent(const QString &key, int n, qint64 since)
{
    const auto at = m_db.value(u"SELECT at FROM login_failures WHERE key = ? AND at > ? "
                               u"ORDER BY at DESC LIMIT 1 OFFSET ?"_s,
                               {key, since, n - 1});
    if (!at)
        return at.fault();
    return at->isValid() ? at->toLongLong() : 0;
}

Result<qint64> LoginFailureStore::count(const QString &key, qint64 since)
{
    const auto n = m_db.value(u"SELECT COUNT(*) FROM login_failures WHERE key = ? AND at > ?"_s,
                              {key, since});
    if (!n)
        return n.fault();
    return n->toLongLong();
}

Done LoginFailureStore::clear(const QString &key)
{
    const auto n = m_db.affected(u"DELETE FROM login_failures WHERE key = ?"_s, {key});
    return n ? Done() : Done(n.fault());
}

Done LoginFailureStore::prune(qint64 before)
{
    const auto n = m_db.affected(u"DELETE FROM login_failures WHERE at <= ?"_s, {before});
    return n ? Done() : Done(n.fault());
}
