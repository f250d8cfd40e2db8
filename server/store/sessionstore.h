#pragma once

#include "domain/user.h"

#include <QByteArray>
#include <QString>

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
    };
    // One transaction: the session, its first access token and its first refresh token.
    std::optional<qint64> create(const NewSession &s, qint64 now);

    enum class Lookup { Valid, Unknown, Failed };
    // The owner of a live access token: the jti exists, its session is not revoked and the user
    // still exists (and is the token's subject). The user row is read fresh.
    Lookup accessTokenOwner(const QString &jti, qint64 subject, User *user, qint64 *sessionId);

    enum class Rotation { Rotated, Unknown, Expired, Revoked, Reused, Failed };
    struct NextTokens
    {
        QString accessJti;
        qint64 accessExpiresAt = 0;
        QByteArray refreshHash;
        qint64 refreshExpiresAt = 0;
    };
    // One transaction: the refresh token must be known, unused, unexpired and of a live session;
    // then it is marked used and the next pair is stored. Presenting a token that was already
    // rotated (Reused) revokes its whole session. *user is the session's owner, read fresh.
    Rotation rotate(const QByteArray &refreshHash, const NextTokens &next, qint64 now, User *user);

    bool revoke(qint64 sessionId, qint64 now);
    // The session a refresh token belongs to, if it is one of userId's.
    std::optional<qint64> sessionOfRefreshToken(const QByteArray &refreshHash, qint64 userId);
    // Revokes every live session of userId but keepSessionId; returns how many.
    int revokeOthers(qint64 userId, qint64 keepSessionId, qint64 now);

    // Drops tokens that have expired; returns how many rows went.
    int purgeExpired(qint64 now);

private:
    // The access-token and refresh-token rows of a session, inside the caller's transaction.
    bool storeTokens(qint64 sessionId, const NextTokens &tokens);

    Database &m_db;
};
