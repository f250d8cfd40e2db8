// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenservice.h"

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

Result<TokenService::Issued> TokenService::issue(const User &user, qint64 now,
                                                 const QString &client)
{
    const QString jti = QString::fromLatin1(randomToken(16));
    Issued issued{accessToken(user, jti, now), m_accessTtl, randomToken(RefreshTokenBytes)};
    SessionStore::NewSession session{user.id,
                                     jti,
                                     now + m_accessTtl,
                                     hashRefreshToken(issued.refreshToken),
                                     now + RefreshTtlSeconds,
                                     client};
    const auto created = m_sessions.create(session, now);
    if (!created)
        return created.fault();
    QMutexLocker lock(&m_usesLock);
    m_usesNoted.insert(*created, now); // (created with it)
    return issued;
}

bool TokenService::shouldNoteUse(qint64 sessionId, qint64 now)
{
    QMutexLocker lock(&m_usesLock);
    const auto it = m_usesNoted.constFind(sessionId);
    if (it != m_usesNoted.cend() && now - *it < UseNotedEverySeconds)
        return false;
    if (m_usesNoted.size() > 100'000)
        m_usesNoted.clear(); // (forgetting only costs one more write per session)
    m_usesNoted.insert(sessionId, now);
    return true;
}

Result<TokenService::Refreshed> TokenService::refresh(const QByteArray &refreshToken, qint64 now,
                                                      qint64 *reuseBy)
{
    const QString jti = QString::fromLatin1(randomToken(16));
    const QByteArray nextRefresh = randomToken(RefreshTokenBytes);
    const SessionStore::NextTokens next{jti, now + m_accessTtl, hashRefreshToken(nextRefresh),
                                        now + RefreshTtlSeconds};
    auto owner = m_sessions.rotate(hashRefreshToken(refreshToken), next, now, reuseBy);
    if (!owner)
        return owner.fault();
    return Refreshed{{accessToken(*owner, jti, now), m_accessTtl, nextRefresh}, *owner};
}

struct TokenService::Claim
{
    QString jti;
    qint64 subject = 0;
};

namespace {

const QString sessionEnded = u"Your session has ended, please log in again."_s;

// The identity a claim stands for, given its jti's owner (NotFound: no live session has it).
Result<TokenService::Identity> identityOf(const QString &jti, qint64 subject,
                                          const Result<SessionStore::Owner> &owner)
{
    // A jti stands only for the user it was issued to.
    if (owner.is(Fault::Kind::NotFound) || (owner && owner->user.id != subject))
        return Fault(Fault::Kind::InvalidToken, sessionEnded);
    if (!owner)
        return owner.fault();
    return TokenService::Identity{owner->user, jti, owner->sessionId, owner->versions};
}

// A read of the owners, made again when it fails: a PostgreSQL connection cut since its last use
// (the server restarted) fails a statement or two before libpq calls it lost and opens it again,
// and this only reads.
template<typename Read>
auto readAgainOnFailure(Read read) -> decltype(read())
{
    auto result = read();
    for (int retry = 0; retry < 2 && result.is(Fault::Kind::StorageFailed); ++retry)
        result = read();
    return result;
}

} // namespace

Result<TokenService::Identity> TokenService::authenticate(const QByteArray &authorization,
                                                          qint64 now, bool withVersions)
{
    const auto claim = claimOf(authorization, now);
    if (!claim)
        return claim.fault();
    const auto owner = readAgainOnFailure(
            [&] { return m_sessions.accessTokenOwner(claim->jti, withVersions); });
    return identityOf(claim->jti, claim->subject, owner);
}

QList<Result<TokenService::Identity>>
TokenService::authenticateAll(const QList<Presented> &presented)
{
    QList<Result<Claim>> claims;
    claims.reserve(presented.size());
    QStringList jtis;
    for (const Presented &p : presented) {
        claims.append(claimOf(p.authorization, p.now));
        if (claims.constLast())
            jtis.append(claims.constLast()->jti);
    }
    QList<Result<Identity>> answers;
    answers.reserve(presented.size());
    const auto owners = jtis.isEmpty()
            ? Result<QHash<QString, SessionStore::Owner>>(QHash<QString, SessionStore::Owner>())
            : readAgainOnFailure([&] { return m_sessions.accessTokenOwners(jtis); });
    for (const Result<Claim> &claim : std::as_const(claims)) {
        if (!claim)
            answers.append(claim.fault());
        else if (!owners)
            answers.append(owners.fault());
        else {
            const auto it = owners->constFind(claim->jti);
            answers.append(identityOf(claim->jti, claim->subject,
                                      it == owners->cend()
                                              ? Result<SessionStore::Owner>(Fault::Kind::NotFound)
                                              : Result<SessionStore::Owner>(*it)));
        }
    }
    return answers;
}

Result<TokenService::Claim> TokenService::claimOf(const QByteArray &authorization, qint64 now) const
{
    if (authorization.isEmpty())
        return Fault(Fault::Kind::NotSignedIn, pleaseLogIn);
    const auto token = bearerToken(authorization);
    if (!token)
        return Fault(Fault::Kind::NotSignedIn,
                     u"Please log in first: send the token as Authorization: Bearer <token>."_s);

    const JwtCodec::Result verified = m_codec.verify(*token, now);
    if (!verified.ok()) {
        qCDebug(lcAuth) << "token refused:" << JwtCodec::errorText(verified.error);
        return Fault(Fault::Kind::InvalidToken, refusal(verified.error));
    }
    bool subjectOk = false;
    const qint64 subject = verified.claims.value("sub"_L1).toString().toLongLong(&subjectOk);
    const QString jti = verified.claims.value("jti"_L1).toString();
    if (!subjectOk || jti.isEmpty())
        return Fault(Fault::Kind::InvalidToken, refusal(JwtCodec::Error::Malformed));
    return Claim{jti, subject};
}
