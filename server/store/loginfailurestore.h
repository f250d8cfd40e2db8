// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

class Database;

// Failed sign-ins kept in the database (login_failures, PostgreSQL only), so that every server
// sharing it counts them together: the login throttle of several servers is one throttle.
// A key is "email:" or "address:" followed by what is counted.
class LoginFailureStore
{
public:
    explicit LoginFailureStore(Database &db);

    Done record(const QString &emailKey, const QString &address, qint64 now);
    // The time of the n-th most recent failure of key after since (n from 1), if there are
    // that many; 0 otherwise.
    Result<qint64> nthRecent(const QString &key, int n, qint64 since);
    Result<qint64> count(const QString &key, qint64 since);
    Done clear(const QString &key);
    Done prune(qint64 before);

    static QString emailKey(const QString &emailKey);
    static QString addressKey(const QString &address);

private:
    Database &m_db;
};
