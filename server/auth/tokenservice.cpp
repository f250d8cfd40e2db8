#include "tokenservice.h"

#include "http/problem.h"
#include "logging.h"
#include "store/sessionstore.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

const QString pleaseLogIn = u"Please log in first."_s;

QString refusal(JwtCodec::Error error)
{
    switch (error) {
    case JwtCodec::Error::Expired:
        return u"Your session has expired, please log in again."_s;
    case JwtCodec::Error::NotYetValid:
        return u"Please log in first: the token is not valid yet."_s;
    case JwtCodec::Error::UnsupportedAlgorithm:
        return u"Please log in first: only HS256 tokens are accepted."_s;
    case JwtCodec::Error::BadSignature:
        return u"Please log in first: the token's signature does not match."_s;
    case JwtCodec::Error::WrongIssuer:
        return u"Please log in first: the token was not issued by this server."_s;
    case JwtCodec::Error::Malformed:
    case JwtCodec::Error::None:
        break;
    }
    return u"Please log in first: the token is malformed."_s;
}

// "Bearer <token>": the scheme is case-insensitive (RFC 9110 §11.1), the token is not.
std::optional<QByteArray> bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return std::nullopt;
    return value.mid(7).trimmed();
}

} // namespace

TokenService::TokenService(const JwtCodec &codec, SessionStore &sessions, qint64 accessTtlSeconds)
    : m_codec(codec)
    , m_sessions(sessions)
    , m_accessTtl(accessTtlSeconds)
{ }

QByteArray TokenService::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return JwtCodec::base64Url(raw);
}

QByteArray TokenService::hashRefreshToken(const QByteArray &token)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(token.constData()),
                       quint64(token.size()));
    return digest;
}

QByteArray TokenService::accessToken(const User &user, const QString &jti, qint64 now) const
{
    return m_codec.sign({{u"iss"_s, m_codec.issuer()},
                         {u"sub"_s, QString::number(user.id)},
                         {u"email"_s, user.email},
                         {u"role"_s, user.role},
                         {u"iat"_s, now},
                         {u"exp"_s, now + m_accessTtl},
                         {u"jti"_s, jti}});
}

std::optional<TokenService::Issued> TokenService::issue(const User &user, qint64 now)
{
    const QString jti = QString::fromLatin1(randomToken(16));
    Issued issued{accessToken(user, jti, now), m_accessTtl, randomToken(RefreshTokenBytes)};
    SessionStore::NewSession session{user.id, jti, now + m_accessTtl,
                                     hashRefreshToken(issued.refreshToken),
                                     now + RefreshTtlSeconds};
    if (!m_sessions.create(session, now))
        return std::nullopt;
    return issued;
}

std::variant<TokenService::Issued, Problem> TokenService::refresh(const QByteArray &refreshToken,
                                                                  qint64 now, User *user)
{
    const auto refused = [](const QString &detail) {
        return Problem(Problem::StatusCode::Unauthorized, u"invalid_refresh_token"_s, detail);
    };
    const QString jti = QString::fromLatin1(randomToken(16));
    const QByteArray nextRefresh = randomToken(RefreshTokenBytes);
    const SessionStore::NextTokens next{jti, now + m_accessTtl, hashRefreshToken(nextRefresh),
                                        now + RefreshTtlSeconds};
    switch (m_sessions.rotate(hashRefreshToken(refreshToken), next, now, user)) {
    case SessionStore::Rotation::Rotated:
        return Issued{accessToken(*user, jti, now), m_accessTtl, nextRefresh};
    case SessionStore::Rotation::Unknown:
        return refused(u"This refresh token is not valid; please log in again."_s);
    case SessionStore::Rotation::Expired:
        return refused(u"This refresh token has expired; please log in again."_s);
    case SessionStore::Rotation::Revoked:
        return refused(u"This login has ended; please log in again."_s);
    case SessionStore::Rotation::Reused:
        qCWarning(lcAuth) << "a rotated refresh token was presented again; its login is revoked";
        return refused(u"This refresh token was already used, so the login it belongs to has "
                       u"been ended; please log in again."_s);
    case SessionStore::Rotation::Failed:
        break;
    }
    return Problem::storeFailure();
}

std::variant<TokenService::Identity, Problem>
TokenService::authenticate(const QByteArray &authorization, qint64 now)
{
    if (authorization.isEmpty())
        return Problem::unauthorized(pleaseLogIn, false);
    const auto token = bearerToken(authorization);
    if (!token)
        return Problem::unauthorized(
                u"Please log in first: send the token as Authorization: Bearer <token>."_s, false);

    const JwtCodec::Result verified = m_codec.verify(*token, now);
    if (!verified.ok()) {
        qCDebug(lcAuth) << "token refused:" << JwtCodec::errorText(verified.error);
        return Problem::unauthorized(refusal(verified.error), true);
    }
    bool subjectOk = false;
    const qint64 subject = verified.claims.value("sub"_L1).toString().toLongLong(&subjectOk);
    const QString jti = verified.claims.value("jti"_L1).toString();
    if (!subjectOk || jti.isEmpty())
        return Problem::unauthorized(refusal(JwtCodec::Error::Malformed), true);

    Identity identity{{}, jti, 0};
    switch (m_sessions.accessTokenOwner(jti, subject, &identity.user, &identity.sessionId)) {
    case SessionStore::Lookup::Valid:
        return identity;
    case SessionStore::Lookup::Unknown:
        return Problem::unauthorized(u"Your session has ended, please log in again."_s, true);
    case SessionStore::Lookup::Failed:
        break;
    }
    return Problem::storeFailure();
}
