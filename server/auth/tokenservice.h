// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/jwtcodec.h"
#include "core/result.h"
#include "domain/user.h"
#include "store/dataversions.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

class SessionStore;

// Issues and checks the tokens of a login: a short-lived JWT access token and an opaque
// refresh token. authenticate() is the whole check of a protected route, in the contract's
// order: the JWT itself (JwtCodec), then the user still exists and the jti is not revoked.
class TokenService
{
public:
    TokenService(const JwtCodec &codec, SessionStore &sessions, qint64 accessTtlSeconds);

    static constexpr qint64 RefreshTtlSeconds = 30 * 24 * 3600;
    static constexpr int RefreshTokenBytes = 32; // 256 bits

    struct Issued
    {
        QByteArray accessToken;
        qint64 expiresIn = 0;
        QByteArray refreshToken;
    };
    // client: what signed in (GET /sessions shows it).
    Result<Issued> issue(const User &user, qint64 now, const QString &client = {});

    struct Refreshed
    {
        Issued tokens;
        User user; // the account the token belongs to, read fresh
    };
    // Rotates a refresh token into a new access + refresh pair (see SessionStore::rotate).
    // *reuseBy: the owner's id when the token had been rotated already (its session now ended).
    Result<Refreshed> refresh(const QByteArray &refreshToken, qint64 now,
                              qint64 *reuseBy = nullptr);

    struct Identity
    {
        User user;
        QString jti;
        qint64 sessionId = 0;
        // On a shared database: the page versions read with the token (SessionStore::Owner).
        std::optional<DataVersions> versions;
    };
    // authorization: the raw Authorization header (empty when absent). NotSignedIn without a
    // bearer token, InvalidToken when the token is refused (the detail says why).
    // withVersions: on a shared database, read the page versions with the caller.
    Result<Identity> authenticate(const QByteArray &authorization, qint64 now,
                                  bool withVersions = false);
    // Several checks, with one read of the database for all of their tokens: the answers in the
    // order presented, each what authenticate() would have answered (with the versions).
    struct Presented
    {
        QByteArray authorization;
        qint64 now = 0;
    };
    QList<Result<Identity>> authenticateAll(const QList<Presented> &presented);

    static QByteArray randomToken(int bytes);
    static QByteArray hashRefreshToken(const QByteArray &token);

    // Whether a request of this session now should write down its last use: at most once a
    // minute per session (GET /sessions' "lastUsedAt"), not on every request.
    bool shouldNoteUse(qint64 sessionId, qint64 now);
    static constexpr qint64 UseNotedEverySeconds = 60;

private:
    struct Claim; // what a well-signed, unexpired token says: its jti and subject
    Result<Claim> claimOf(const QByteArray &authorization, qint64 now) const;

    QByteArray accessToken(const User &user, const QString &jti, qint64 now) const;

    const JwtCodec &m_codec;
    SessionStore &m_sessions;
    qint64 m_accessTtl;
    QMutex m_usesLock;
    QHash<qint64, qint64> m_usesNoted; // session -> when its use was last written
};
