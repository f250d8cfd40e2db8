// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "database.h"
#include "logging.h"
#include "sqldialect.h"
#include "userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Found by the jti alone (its primary key); the subject is compared by the caller. With the user
// id in the WHERE clause too, PostgreSQL reached the session through the user's index.
// Columns: the user (UserStore::fromRow), the session, the jti, the versions if asked for.
QString ownerSql(const QString &jtiCondition, bool withVersions)
{
    return u"SELECT "_s + UserStore::selectList(u"u"_s) + u", s.id, a.jti"_s
            + (withVersions ? u", "_s + DataVersions::columns(u"u.id"_s) : QString())
            + uR"( FROM access_tokens a
        JOIN sessions s ON s.id = a.session_id
        JOIN users u ON u.id = s.user_id
        WHERE a.jti)"_s
            + jtiCondition + u" AND s.revoked_at IS NULL"_s;
}

constexpr int JtiColumn = 7;

SessionStore::Owner ownerOf(const QSqlQuery &row, bool withVersions)
{
    SessionStore::Owner owner{UserStore::fromRow(row), row.value(6).toLongLong(), std::nullopt};
    if (withVersions)
        owner.versions = DataVersions{quint64(row.value(8).toLongLong()),
                                      quint64(row.value(9).toLongLong())};
    return owner;
}

} // namespace

SessionStore::SessionStore(Database &db)
    : m_db(db)
    , m_ownerSql(ownerSql(u" = ?"_s, db.isPostgres()))
    , m_callerSql(ownerSql(u" = ?"_s, false))
    , m_ownersSql(ownerSql(db.dialect().amongTexts(), db.isPostgres()))
{ }

Result<qint64> SessionStore::create(const NewSession &s, qint64 now)
{
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    qint64 sessionId = 0;
    {
        QSqlQuery &q = m_db.prepared(u"INSERT INTO sessions (user_id, created_at, last_used_at, "
                                     u"client) VALUES (?, ?, ?, "
                                     u"?) RETURNING id"_s);
        StatementScope scope(q);
        q.bindValue(0, s.userId);
        q.bindValue(1, now);
        q.bindValue(2, now);
        q.bindValue(3, s.client.isEmpty() ? u"unknown"_s : s.client);
        if (!q.exec() || !q.next()) {
            qCWarning(lcDb) << "creating a session failed:" << q.lastError().text();
            return Database::faultOf(q.lastError());
        }
        sessionId = q.value(0).toLongLong();
    }
    if (Done stored = storeTokens(
                sessionId, {s.accessJti, s.accessExpiresAt, s.refreshHash, s.refreshExpiresAt});
        !stored)
        return stored.fault();
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    return sessionId;
}

Done SessionStore::storeTokens(qint64 sessionId, const NextTokens &tokens)
{
    QSqlQuery &access = m_db.prepared(
            u"INSERT INTO access_tokens (jti, session_id, expires_at) VALUES (?, ?, ?)"_s);
    StatementScope accessScope(access);
    access.bindValue(0, tokens.accessJti);
    access.bindValue(1, sessionId);
    access.bindValue(2, tokens.accessExpiresAt);
    QSqlQuery &refresh = m_db.prepared(
            u"INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)"_s);
    StatementScope refreshScope(refresh);
    refresh.bindValue(0, tokens.refreshHash);
    refresh.bindValue(1, sessionId);
    refresh.bindValue(2, tokens.refreshExpiresAt);
    for (QSqlQuery *q : {&access, &refresh}) {
        if (!q->exec()) {
            qCWarning(lcDb) << "storing tokens failed:" << q->lastError().text();
            return Database::faultOf(q->lastError());
        }
    }
    return {};
}

Result<SessionStore::Owner> SessionStore::accessTokenOwner(const QString &jti, bool withVersions)
{
    withVersions = withVersions && m_db.isPostgres();
    QSqlQuery &q = m_db.prepared(withVersions ? m_ownerSql : m_callerSql);
    StatementScope scope(q);
    q.bindValue(0, jti);
    if (!q.exec()) {
        qCWarning(lcDb) << "checking a token failed:" << q.lastError().text();
        return Database::faultOf(q.lastError());
    }
    if (!q.next())
        return Fault::Kind::NotFound;
    return ownerOf(q, withVersions);
}

Result<QHash<QString, SessionStore::Owner>> SessionStore::accessTokenOwners(const QStringList &jtis)
{
    QSqlQuery &q = m_db.prepared(m_ownersSql);
    StatementScope scope(q);
    q.bindValue(0,
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(jtis))
                                          .toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        qCWarning(lcDb) << "checking tokens failed:" << q.lastError().text();
        return Database::faultOf(q.lastError());
    }
    QHash<QString, Owner> owners;
    owners.reserve(jtis.size());
    while (q.next())
        owners.emplace(q.value(JtiColumn).toString(), ownerOf(q, m_db.isPostgres()));
    return owners;
}

Result<int> SessionStore::purgeExpired(qint64 now)
{
    int removed = 0;
    for (const auto &sql : {u"DELETE FROM access_tokens WHERE expires_at < ?"_s,
                            u"DELETE FROM refresh_tokens WHERE expires_at < ?"_s}) {
        QSqlQuery &q = m_db.prepared(sql);
        StatementScope scope(q);
        q.bindValue(0, now);
        if (!q.exec())
            return Database::faultOf(q.lastError());
        removed += q.numRowsAffected();
    }
    return removed;
}

Done SessionStore::revoke(qint64 sessionId, qint64 now, const QString &reason)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
                                 u"WHERE id = ? AND revoked_at IS NULL"_s);
    StatementScope scope(q);
    q.bindValue(0, now);
    q.bindValue(1, reason.isEmpty() ? QVariant() : QVariant(reason));
    q.bindValue(2, sessionId);
    if (q.exec())
        return {};
    qCWarning(lcDb) << "revoking a session failed:" << q.lastError().text();
    return Database::faultOf(q.lastError());
}

Result<int> SessionStore::revokeOthers(qint64 userId, qint64 keepSessionId, qint64 now)
{
    QSqlQuery &q = m_db.prepared(uR"(UPDATE sessions SET revoked_at = ?
        WHERE user_id = ? AND id != ? AND revoked_at IS NULL)"_s);
    StatementScope scope(q);
    q.bindValue(0, now);
    q.bindValue(1, userId);
    q.bindValue(2, keepSessionId);
    if (q.exec())
        return q.numRowsAffected();
    qCWarning(lcDb) << "revoking sessions failed:" << q.lastError().text();
    return Database::faultOf(q.lastError());
}

QString SessionStore::liveCondition()
{
    return uR"(s.revoked_at IS NULL AND EXISTS (
            SELECT 1 FROM refresh_tokens r WHERE r.session_id = s.id AND r.used_at IS NULL
            AND r.expires_at > ?))"_s;
}

Result<QList<SessionStore::Session>> SessionStore::live(qint64 userId, qint64 now)
{
    QSqlQuery &q = m_db.prepared(
            u"SELECT s.id, s.client, s.created_at, s.last_used_at FROM sessions s "
            u"WHERE s.user_id = ? AND "_s
            + liveCondition()
            + u" ORDER BY COALESCE(s.last_used_at, s.created_at) DESC, s.id DESC"_s);
    StatementScope scope(q);
    q.bindValue(0, userId);
    q.bindValue(1, now);
    if (!q.exec())
        return Database::faultOf(q.lastError());
    QList<Session> sessions;
    while (q.next()) {
        sessions.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).isNull() ? q.value(2).toLongLong() : q.value(3).toLongLong()});
    }
    return sessions;
}

Done SessionStore::revokeOwn(qint64 userId, qint64 sessionId, qint64 now)
{
    QSqlQuery &q = m_db.prepared(uR"(UPDATE sessions SET revoked_at = ?
        WHERE id = ? AND user_id = ? AND revoked_at IS NULL)"_s);
    StatementScope scope(q);
    q.bindValue(0, now);
    q.bindValue(1, sessionId);
    q.bindValue(2, userId);
    if (!q.exec()) {
        qCWarning(lcDb) << "revoking a session failed:" << q.lastError().text();
        return Database::faultOf(q.lastError());
    }
    return q.numRowsAffected() > 0 ? Done() : Done(Fault::Kind::NotFound);
}

Result<int> SessionStore::revokeAll(qint64 userId, qint64 now)
{
    return revokeOthers(userId, 0, now);
}

Done SessionStore::touch(qint64 sessionId, qint64 now)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE sessions SET last_used_at = ? WHERE id = ?"_s);
    StatementScope scope(q);
    q.bindValue(0, now);
    q.bindValue(1, sessionId);
    if (q.exec())
        return {};
    qCWarning(lcDb) << "noting a session's use failed:" << q.lastError().text();
    return Database::faultOf(q.lastError());
}

Result<qint64> SessionStore::sessionOfRefreshToken(const QByteArray &refreshHash, qint64 userId)
{
    QSqlQuery &q = m_db.prepared(uR"(SELECT s.id FROM refresh_tokens r
        JOIN sessions s ON s.id = r.session_id WHERE r.token_hash = ? AND s.user_id = ?)"_s);
    StatementScope scope(q);
    q.bindValue(0, refreshHash);
    q.bindValue(1, userId);
    if (!q.exec())
        return Database::faultOf(q.lastError());
    if (!q.next())
        return Fault::Kind::NotFound;
    return q.value(0).toLongLong();
}

Result<User> SessionStore::rotate(const QByteArray &refreshHash, const NextTokens &next, qint64 now,
                                  qint64 *reuseBy)
{
    const auto refused = [](const QString &detail, const QString &reason) {
        return Fault(Fault::Kind::InvalidRefreshToken, detail).withReason(reason);
    };
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    qint64 sessionId = 0;
    User user;
    {
        QSqlQuery &q = m_db.prepared(u"SELECT r.session_id, r.expires_at, r.used_at, "
                                     u"s.revoked_at, "_s
                                     + UserStore::selectList(u"u"_s) + uR"(, s.revoked_reason
            FROM refresh_tokens r
            JOIN sessions s ON s.id = r.session_id
            JOIN users u ON u.id = s.user_id
            WHERE r.token_hash = ?)"_s);
        StatementScope scope(q);
        q.bindValue(0, refreshHash);
        if (!q.exec())
            return Database::faultOf(q.lastError());
        if (!q.next())
            return refused(u"This refresh token is not valid; please log in again."_s,
                           u"unknown"_s);
        sessionId = q.value(0).toLongLong();
        if (!q.isNull(3)) {
            // Ended because a copy of one of its tokens came back: say so, the owner should know.
            const bool reused = q.value(4 + 6).toString() == u"reuse"_s; // after the user's
            return reused ? refused(u"This login was ended because an old refresh token of it "
                                    u"was used again (a copy may exist); please log in "
                                    u"again."_s,
                                    u"reused"_s)
                          : refused(u"This login has ended; please log in again."_s, u"ended"_s);
        }
        if (!q.isNull(2)) {
            // A rotated token came back: someone holds a copy. End the whole login.
            const qint64 owner = q.value(4).toLongLong();
            q.finish();
            Done ended = revoke(sessionId, now, u"reuse"_s);
            if (ended)
                ended = tx.commit();
            if (!ended)
                return ended.fault();
            if (reuseBy)
                *reuseBy = owner;
            qCWarning(lcAuth)
                    << "a rotated refresh token was presented again; its login is revoked";
            return refused(u"This refresh token was already used, so the login it belongs to has "
                           u"been ended; please log in again."_s,
                           u"reused"_s);
        }
        if (q.value(1).toLongLong() < now)
            return refused(u"This refresh token has expired; please log in again."_s, u"expired"_s);
        user = UserStore::fromRow(q, 4);
    }
    QSqlQuery &used = m_db.prepared(
            u"UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"_s);
    StatementScope usedScope(used);
    used.bindValue(0, now);
    used.bindValue(1, refreshHash);
    if (!used.exec()) {
        qCWarning(lcDb) << "rotating a refresh token failed:" << used.lastError().text();
        return Database::faultOf(used.lastError());
    }
    if (used.numRowsAffected() != 1)
        return Fault::Kind::StorageFailed; // cannot happen inside the write lock
    if (Done stored = storeTokens(sessionId, next); !stored)
        return stored.fault();
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    return user;
}
