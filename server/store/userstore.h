#pragma once

#include "domain/user.h"

#include <QByteArray>

#include <optional>

class Database;

// The users table. Callable from any thread: each uses its own connection.
class UserStore
{
public:
    explicit UserStore(Database &db);

    enum class CreateResult { Created, EmailTaken, Failed };
    // Atomic: the unique email key decides between concurrent registrations, and the role is
    // chosen inside the same statement (admin only when the table was empty).
    CreateResult create(const QString &email, const QString &emailKey, const QString &name,
                        const QByteArray &passwordHash, qint64 now, User *created);

    struct Credentials
    {
        User user;
        QByteArray passwordHash;
    };
    // nullopt when there is no such account; *failed on a database error.
    std::optional<Credentials> credentials(const QString &emailKey, bool *failed);
    bool emailTaken(const QString &emailKey, bool *failed);
    bool recordLogin(qint64 userId, qint64 now);
    std::optional<User> byId(qint64 userId);
    QByteArray passwordHash(qint64 userId);
    bool setName(qint64 userId, const QString &name);
    bool setPasswordHash(qint64 userId, const QByteArray &hash);

    static User fromRow(const class QSqlQuery &row, int first = 0);
    static QString selectList(const QString &alias);

private:
    Database &m_db;
};
