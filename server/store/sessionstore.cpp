#include "sessionstore.h"

#include "database.h"
#include "logging.h"
#include "userstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SessionStore::SessionStore(Database &db)
    : m_db(db)
{ }

std::optional<qint64> SessionStore::create(const NewSession &s, qint64 now)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return std::nullopt;
    qint64 sessionId = 0;
    {
        QSqlQuery &q = m_db.prepared(
                u"INSERT INTO sessions (user_id, created_at) VALUES (?, ?) RETURNING id"_s);
        StatementScope scope(q);
        q.bindValue(0, s.userId);
        q.bindValue(1, now);
        if (!q.exec() || !q.next()) {
            qCWarning(lcDb) << "creating a session failed:" << q.lastError().text();
            return std::nullopt;
        }
        sessionId = q.value(0).toLongLong();
    }
    QSqlQuery &access = m_db.prepared(
            u"INSERT INTO access_tokens (jti, session_id, expires_at) VALUES (?, ?, ?)"_s);
    StatementScope accessScope(access);
    access.bindValue(0, s.accessJti);
    access.bindValue(1, sessionId);
    access.bindValue(2, s.accessExpiresAt);
    QSqlQuery &refresh = m_db.prepared(
            u"INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)"_s);
    StatementScope refreshScope(refresh);
    refresh.bindValue(0, s.refreshHash);
    refresh.bindValue(1, sessionId);
    refresh.bindValue(2, s.refreshExpiresAt);
    if (!access.exec() || !refresh.exec()) {
        qCWarning(lcDb) << "storing tokens failed:" << access.lastError().text()
                        << refresh.lastError().text();
        return std::nullopt;
    }
    if (!tx.commit())
        return std::nullopt;
    return sessionId;
}

SessionStore::Lookup SessionStore::accessTokenOwner(const QString &jti, qint64 subject, User *user)
{
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + UserStore::selectList(u"u"_s) + uR"(
        FROM access_tokens a
        JOIN sessions s ON s.id = a.session_id
        JOIN users u ON u.id = s.user_id
        WHERE a.jti = ? AND s.revoked_at IS NULL AND u.id = ?)"_s);
    StatementScope scope(q);
    q.bindValue(0, jti);
    q.bindValue(1, subject);
    if (!q.exec()) {
        qCWarning(lcDb) << "checking a token failed:" << q.lastError().text();
        return Lookup::Failed;
    }
    if (!q.next())
        return Lookup::Unknown;
    *user = UserStore::fromRow(q);
    return Lookup::Valid;
}

int SessionStore::purgeExpired(qint64 now)
{
    int removed = 0;
    for (const auto &sql : {u"DELETE FROM access_tokens WHERE expires_at < ?"_s,
                            u"DELETE FROM refresh_tokens WHERE expires_at < ?"_s}) {
        QSqlQuery &q = m_db.prepared(sql);
        StatementScope scope(q);
        q.bindValue(0, now);
        if (q.exec())
            removed += q.numRowsAffected();
    }
    return removed;
}
