#pragma once

#include "auth/jwtcodec.h"
#include "domain/user.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

class Problem;
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
    std::optional<Issued> issue(const User &user, qint64 now);
    // Rotates a refresh token into a new access + refresh pair (see SessionStore::rotate).
    // *user is the account it belongs to, read fresh.
    std::variant<Issued, Problem> refresh(const QByteArray &refreshToken, qint64 now, User *user);

    struct Identity
    {
        User user;
        QString jti;
        qint64 sessionId = 0;
    };
    // authorization: the raw Authorization header (empty when absent).
    std::variant<Identity, Problem> authenticate(const QByteArray &authorization, qint64 now);

    qint64 accessTtl() const { return m_accessTtl; }
    const JwtCodec &codec() const { return m_codec; }

    static QByteArray randomToken(int bytes);
    static QByteArray hashRefreshToken(const QByteArray &token);

private:
    QByteArray accessToken(const User &user, const QString &jti, qint64 now) const;

    const JwtCodec &m_codec;
    SessionStore &m_sessions;
    qint64 m_accessTtl;
};
