#include "userstore.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int SqliteConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE
}

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

UserStore::CreateResult UserStore::create(const QString &email, const QString &emailKey,
                                          const QString &name, const QByteArray &passwordHash,
                                          qint64 now, User *created)
{
    // An explicit transaction: in autocommit, INSERT … RETURNING hands back its row before the
    // commit, and a commit that fails (a full disk) would go unnoticed when the statement resets.
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return CreateResult::Failed;
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
        if (q.lastError().nativeErrorCode().toInt() == SqliteConstraintUnique
            || q.lastError().nativeErrorCode() == "19"_L1)
            return CreateResult::EmailTaken;
        qCWarning(lcDb) << "creating a user failed:" << q.lastError().text();
        return CreateResult::Failed;
    }
    created->id = q.value(0).toLongLong();
    created->role = q.value(1).toString();
    q.finish();
    if (!tx.commit())
        return CreateResult::Failed;
    created->email = email;
    created->name = name;
    created->createdAt = now;
    created->lastLoginAt.reset();
    return CreateResult::Created;
}

std::optional<UserStore::Credentials> UserStore::credentials(const QString &emailKey, bool *failed)
{
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + selectList(u"u"_s)
                                 + u", u.password_hash FROM users u WHERE u.email_key = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, emailKey);
    *failed = !q.exec();
    if (*failed) {
        qCWarning(lcDb) << "reading credentials failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Credentials{fromRow(q), q.value(6).toString().toLatin1()};
}

bool UserStore::emailTaken(const QString &emailKey, bool *failed)
{
    QSqlQuery &q = m_db.prepared(u"SELECT 1 FROM users WHERE email_key = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, emailKey);
    *failed = !q.exec();
    return !*failed && q.next();
}

bool UserStore::recordLogin(qint64 userId, qint64 now)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE users SET last_login_at = ? WHERE id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, now);
    q.bindValue(1, userId);
    return q.exec();
}

bool UserStore::setPasswordHash(qint64 userId, const QByteArray &hash)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, QString::fromLatin1(hash));
    q.bindValue(1, userId);
    return q.exec();
}

std::optional<User> UserStore::byId(qint64 userId)
{
    QSqlQuery &q
            = m_db.prepared(u"SELECT "_s + selectList(u"u"_s) + u" FROM users u WHERE u.id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QByteArray UserStore::passwordHash(qint64 userId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT password_hash FROM users WHERE id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, userId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().toLatin1();
}

bool UserStore::setName(qint64 userId, const QString &name)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE users SET name = ? WHERE id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, name);
    q.bindValue(1, userId);
    return q.exec();
}
