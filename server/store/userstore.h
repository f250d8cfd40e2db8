// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/user.h"

#include <QByteArray>

class Database;

// The users table. Callable from any thread: each uses its own connection.
class UserStore
{
public:
    explicit UserStore(Database &db);

    // Atomic: the unique email key decides between concurrent registrations (EmailTaken), and
    // the role is chosen inside the same statement (admin only when the table was empty).
    Result<User> create(const QString &email, const QString &emailKey, const QString &name,
                        const QByteArray &passwordHash, qint64 now);

    struct Credentials
    {
        User user;
        QByteArray passwordHash;
    };
    // NotFound when there is no such account.
    Result<Credentials> credentials(const QString &emailKey);
    Result<bool> emailTaken(const QString &emailKey);
    Result<bool> any(); // has anyone an account
    Done recordLogin(qint64 userId, qint64 now);
    Result<User> byId(qint64 userId);
    Result<QByteArray> passwordHash(qint64 userId);
    Done setName(qint64 userId, const QString &name);
    Done setPasswordHash(qint64 userId, const QByteArray &hash);
    // The account and, by cascade, its sessions and tokens. LastAdmin (nothing deleted) when it
    // is the only administrator: checked in the same statement, so two admins deleting
    // themselves at once cannot both succeed.
    Done remove(qint64 userId);

    struct Listed
    {
        User user;
        int sessions = 0; // live sessions
    };
    // Every account, oldest first, with its number of live sessions.
    Result<QList<Listed>> all(qint64 now);
    // Gives the account this role ("admin" or "user"); the account as it now is. LastAdmin
    // (nothing changed) when it would leave no administrator, decided in the same statement.
    Result<User> setRole(qint64 userId, const QString &role);

    static User fromRow(const class QSqlQuery &row, int first = 0);
    static QString selectList(const QString &alias);

private:
    // One parameterised UPDATE of the row userId; NotFound when there is no such row.
    Done update(const QString &sql, const QVariant &value, qint64 userId);

    Database &m_db;
};
