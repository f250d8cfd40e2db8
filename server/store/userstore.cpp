// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include "database.h"
#include "logging.h"
#include "sessionstore.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

UserStore::UserStore(Database &db)
    : m_db(db)
{ }

QString UserStore::selectList(const QString &a)
{
    return u"%1.id, %1.email, %1.name, %1.role, %1.created_at, %1.last_login_at"_s.arg(a);
}

User UserStore::fromRow(const QSqlQuery &row, int first)
{
    User u;
    u.id = row.value(first).toLongLong();
    u.email = row.value(first + 1).toString();
    u.name = row.value(first + 2).toString();
    u.role = row.value(first + 3).toString();
    u.createdAt = row.value(first + 4).toLongLong();
    if (!row.isNull(first + 5))
        u.lastLoginAt = row.value(first + 5).toLongLong();
    return u;
}

Result<User> UserStore::create(const QString &email, const QString &emailKey, const QString &name,
                               const QByteArray &passwordHash, qint64 now)
{
    // An explicit transaction: in autocommit, INSERT … RETURNING hands back its row before the
    // commit, and a commit that fails (a full disk) would go unnoticed when the statement resets.
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    QSqlQuery &q = m_db.prepared(uR"(INSERT INTO users
        (email, email_key, name, role, password_hash, created_at)
        VALUES (?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM users) THEN 'user' ELSE 'admin' END, ?, ?)
        RETURNING id, role)"_s);
    StatementScope scope(q);
    q.bindValue(0, email);
    q.bindValue(1, emailKey);
    q.bindValue(2, name);
    q.bindValue(3, QString::fromLatin1(passwordHash));
    q.bindValue(4, now);
    if (!q.exec() || !q.next()) {
        if (m_db.dialect().uniqueViolation(q.lastError()))
            return Fault::Kind::EmailTaken;
        qCWarning(lcDb) << "creating a user failed:" << q.lastError().text();
        return Database::faultOf(q.lastError());
    }
    User created;
    created.id = q.value(0).toLongLong();
    created.role = q.value(1).toString();
    q.finish();
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    created.email = email;
    created.name = name;
    created.createdAt = now;
    return created;
}

Result<UserStore::Credentials> UserStore::credentials(const QString &emailKey)
{
    // No account's email holds a NUL (registration refuses control characters), and
    // PostgreSQL's text cannot even be asked for one.
    if (emailKey.contains(QChar(0)))
        return Fault::Kind::NotFound;
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + selectList(u"u"_s)
                                 + u", u.password_hash FROM users u WHERE u.email_key = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, emailKey);
    if (!q.exec()) {
        qCWarning(lcDb) << "reading credentials failed:" << q.lastError().text();
        return Database::faultOf(q.lastError());
    }
    if (!q.next())
        return Fault::Kind::NotFound;
    return Credentials{fromRow(q), q.value(6).toString().toLatin1()};
}

Result<bool> UserStore::emailTaken(const QString &emailKey)
{
    QSqlQuery &q = m_db.prepared(u"SELECT 1 FROM users WHERE email_key = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, emailKey);
    if (!q.exec())
        return Database::faultOf(q.lastError());
    return q.next();
}

Result<bool> UserStore::any()
{
    QSqlQuery &q = m_db.prepared(u"SELECT EXISTS (SELECT 1 FROM users)"_s);
    StatementScope scope(q);
    if (!q.exec() || !q.next())
        return Database::faultOf(q.lastError());
    return q.value(0).toBool();
}

Done UserStore::recordLogin(qint64 userId, qint64 now)
{
    return update(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s, now, userId);
}

Done UserStore::setPasswordHash(qint64 userId, const QByteArray &hash)
{
    return update(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, QString::fromLatin1(hash),
                  userId);
}

Done UserStore::setName(qint64 userId, const QString &name)
{
    return update(u"UPDATE users SET name = ? WHERE id = ?"_s, name, userId);
}

Done UserStore::update(const QString &sql, const QVariant &value, qint64 userId)
{
    QSqlQuery &q = m_db.prepared(sql);
    StatementScope scope(q);
    q.bindValue(0, value);
    q.bindValue(1, userId);
    if (!q.exec()) {
        qCWarning(lcDb) << "updating a user failed:" << q.lastError().text();
        return Database::faultOf(q.lastError());
    }
    if (q.numRowsAffected() == 0)
        return Fault::Kind::NotFound;
    return {};
}

Done UserStore::remove(qint64 userId)
{
    QSqlQuery &q = m_db.prepared(uR"(DELETE FROM users WHERE id = ? AND (role <> 'admin'
        OR (SELECT COUNT(*) FROM users WHERE role = 'admin') > 1))"_s);
    StatementScope scope(q);
    q.bindValue(0, userId);
    if (!q.exec()) {
        qCWarning(lcDb) << "deleting a user failed:" << q.lastError().text();
        return Database::faultOf(q.lastError());
    }
    if (q.numRowsAffected() > 0)
        return {};
    const auto user = byId(userId);
    return user ? Fault(Fault::Kind::LastAdmin) : user.fault();
}

Result<QList<UserStore::Listed>> UserStore::all(qint64 now)
{
    QSqlQuery &q
            = m_db.prepared(u"SELECT "_s + selectList(u"u"_s)
                            + u", (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND "_s
                            + SessionStore::liveCondition() + u") FROM users u ORDER BY u.id"_s);
    StatementScope scope(q);
    if (Done ran = Database::run(q, {now}); !ran)
        return ran.fault();
    QList<Listed> users;
    while (q.next())
        users.append({fromRow(q), q.value(6).toInt()});
    return users;
}

Result<User> UserStore::setRole(qint64 userId, const QString &role)
{
    const auto changed = m_db.affected(uR"(UPDATE users SET role = ? WHERE id = ? AND (? = 'admin'
        OR role <> 'admin' OR (SELECT COUNT(*) FROM users WHERE role = 'admin') > 1))"_s,
                                       {role, userId, role});
    if (!changed)
        return changed.fault();
    auto user = byId(userId);
    if (user && *changed == 0 && user->role != role)
        return Fault::Kind::LastAdmin;
    return user;
}

Result<User> UserStore::byId(qint64 userId)
{
    QSqlQuery &q
            = m_db.prepared(u"SELECT "_s + selectList(u"u"_s) + u" FROM users u WHERE u.id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, userId);
    if (!q.exec())
        return Database::faultOf(q.lastError());
    if (!q.next())
        return Fault::Kind::NotFound;
    return fromRow(q);
}

Result<QByteArray> UserStore::passwordHash(qint64 userId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT password_hash FROM users WHERE id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, userId);
    if (!q.exec())
        return Database::faultOf(q.lastError());
    if (!q.next())
        return Fault::Kind::NotFound;
    return q.value(0).toString().toLatin1();
}
