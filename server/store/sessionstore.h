// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "dataversions.h"
#include "domain/user.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Logins and their tokens. A session is one login; its access tokens (by jti) and refresh
// tokens (by SHA-256 of the token, never the token itself) hang off it, so revoking the session
// refuses every token it issued, at once and across restarts.
class SessionStore
{
public:
    explicit SessionStore(Database &db);

    struct NewSession
    {
        qint64 userId = 0;
        QString accessJti;
        qint64 accessExpiresAt = 0;
        QByteArray refreshHash;
        qint64 refreshExpiresAt = 0;
        QString client; // what signed in ("Reelvault desktop", a User-Agent, "unknown")
    };
    // One transaction: the session, its first access token and its first refresh token.
    Result<qint64> create(const NewSession &s, qint64 now);

    // A live session of a user (not revoked, with a refresh token that can still be used).
    struct Session
    {
        qint64 id = 0;
        QString client;
        qint64 createdAt = 0;
        qint64 lastUsedAt = 0;
    };
    // SQL that holds for a live session aliased `s` (one bound value: now).
    static QString liveCondition();
    // The user's live sessions, the most recently used first.
    Result<QList<Session>> live(qint64 userId, qint64 now);
    // Revokes one of the user's sessions; NotFound when it is not theirs or already ended.
    Done revokeOwn(qint64 userId, qint64 sessionId, qint64 now);
    // Every session of the user; how many were ended.
    Result<int> revokeAll(qint64 userId, qint64 now);
    // The session was used now (written at most once a minute per session by the caller).
    Done touch(qint64 sessionId, qint64 now);

    struct Owner
    {
        User user;
        qint64 sessionId = 0;
        // On a shared database (PostgreSQL): the user's page versions, read in the same
        // statement, so a page of films costs no second round trip to the database.
        std::optional<DataVersions> versions;
    };
    // The owner of a live access token: the jti exists, its session is not revoked and the user
    // still exists. The user row is read fresh. NotFound otherwise. (Whether the owner is the
    // token's subject is the caller's to compare.) withVersions: read the versions too, on a
    // shared database.
    Result<Owner> accessTokenOwner(const QString &jti, bool withVersions);
    // The same for several tokens in one statement: the owner of each live jti among jtis (the
    // others are not in the answer).
    Result<QHash<QString, Owner>> accessTokenOwners(const QStringList &jtis);

    struct NextTokens
    {
        QString accessJti;
        qint64 accessExpiresAt = 0;
        QByteArray refreshHash;
        qint64 refreshExpiresAt = 0;
    };
    // One transaction: the refresh token must be known, unused, unexpired and of a live session;
    // then it is marked used and the next pair is stored. Presenting a token that was already
    // rotated revokes its whole session. The session's owner, read fresh; InvalidRefreshToken
    // (unknown, expired, revoked or reused, as its detail says) when the token is refused.
    // *reuseBy is set to the owner's id when the token was a reused one.
    Result<User> rotate(const QByteArray &refreshHash, const NextTokens &next, qint64 now,
                        qint64 *reuseBy = nullptr);

    // reason: why, when it is worth telling the session's holder ("reuse").
    Done revoke(qint64 sessionId, qint64 now, const QString &reason = {});
    // The session a refresh token belongs to, if it is one of userId's; NotFound otherwise.
    Result<qint64> sessionOfRefreshToken(const QByteArray &refreshHash, qint64 userId);
    // Revokes every live session of userId but keepSessionId; how many.
    Result<int> revokeOthers(qint64 userId, qint64 keepSessionId, qint64 now);

    // Drops tokens that have expired; how many rows went.
    Result<int> purgeExpired(qint64 now);

private:
    // The access-token and refresh-token rows of a session, inside the caller's transaction.
    Done storeTokens(qint64 sessionId, const NextTokens &tokens);

    Database &m_db;
    // The token check's statements, made once: one runs on every authenticated request.
    const QString m_ownerSql; // with the versions on PostgreSQL
    const QString m_callerSql; // without
    const QString m_ownersSql; // several, with the versions on PostgreSQL
};
