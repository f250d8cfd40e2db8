// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwtcodec.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <sodium.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A NumericDate (RFC 7519 §2): present and a finite number, or absent.
bool numericDate(const QJsonObject &claims, QLatin1StringView name, bool required, double *out)
{
    const QJsonValue v = claims.value(name);
    if (v.isUndefined())
        return !required;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return false;
    *out = v.toDouble();
    return true;
}

} // namespace

JwtCodec::JwtCodec(QByteArray key, QString issuer, qint64 leewaySeconds)
    : m_key(std::move(key))
    , m_issuer(std::move(issuer))
    , m_leeway(leewaySeconds)
{
    Q_ASSERT(!m_key.isEmpty());
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(m_key.constData()),
                       quint64(m_key.size()));
    crypto_auth_hmacsha256_init(&m_keyed,
                                reinterpret_cast<const unsigned char *>(m_key.constData()),
                                size_t(m_key.size()));
    // The key id names the key without revealing it: 72 bits of its SHA-256.
    m_keyId = base64Url(QByteArrayView(digest, 9));
    const QJsonObject header{
            {u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, QString::fromLatin1(m_keyId)}};
    m_encodedHeader = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
}

QByteArray JwtCodec::base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding
                                        | QByteArray::OmitTrailingEquals);
}

bool JwtCodec::decodeBase64Url(QByteArrayView text, QByteArray *out)
{
    if (text.isEmpty() || text.size() % 4 == 1)
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    auto decoded = QByteArray::fromBase64Encoding(
            text.toByteArray(),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                    | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    // Refuse non-canonical encodings (stray low bits), so one token has exactly one spelling.
    if (base64Url(*decoded) != text)
        return false;
    *out = std::move(*decoded);
    return true;
}

QByteArray JwtCodec::mac(QByteArrayView signingInput) const
{
    crypto_auth_hmacsha256_state state = m_keyed;
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(signingInput.data()),
                                  quint64(signingInput.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray JwtCodec::signature(QByteArrayView signingInput) const
{
    return base64Url(mac(signingInput));
}

QByteArray JwtCodec::sign(const QJsonObject &claims) const
{
    QByteArray token = m_encodedHeader + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray sig = signature(token);
    token += '.';
    token += sig;
    return token;
}

JwtCodec::Error JwtCodec::checkTimes(const QJsonObject &claims, qint64 nowSecs) const
{
    double exp = 0, nbf = 0, iat = 0;
    if (!numericDate(claims, "exp"_L1, true, &exp) || !numericDate(claims, "nbf"_L1, false, &nbf)
        || !numericDate(claims, "iat"_L1, false, &iat))
        return Error::Malformed;
    const double now = double(nowSecs);
    if (now > exp + double(m_leeway))
        return Error::Expired;
    if (claims.contains("nbf"_L1) && nbf > now + double(m_leeway))
        return Error::NotYetValid;
    if (claims.contains("iat"_L1) && iat > now + double(m_leeway))
        return Error::NotYetValid;
    return Error::None;
}

JwtCodec::Result JwtCodec::verify(QByteArrayView token, qint64 nowSecs) const
{
    Result result;
    if (token.size() > MaxTokenSize)
        return result;
    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
    if (dot1 <= 0 || dot2 <= dot1 + 1 || dot2 == token.size() - 1
        || token.indexOf('.', dot2 + 1) >= 0)
        return result;

    QByteArray headerJson, claimsJson, sig;
    if (!decodeBase64Url(token.first(dot1), &headerJson)
        || !decodeBase64Url(token.sliced(dot1 + 1, dot2 - dot1 - 1), &claimsJson)
        || !decodeBase64Url(token.sliced(dot2 + 1), &sig))
        return result;
    auto header = parseObject(headerJson);
    auto claims = parseObject(claimsJson);
    if (!header || !claims)
        return result;
    // "crit" names extensions we would have to understand (RFC 7515 §4.1.11): we know none.
    if (header->contains("crit"_L1))
        return result;

    const QJsonValue alg = header->value("alg"_L1);
    if (!alg.isString() || alg.toString() != "HS256"_L1) {
        result.error = Error::UnsupportedAlgorithm;
        return result;
    }
    const QByteArray expected = mac(token.first(dot2));
    if (sig.size() != expected.size()
        || sodium_memcmp(sig.constData(), expected.constData(), size_t(expected.size())) != 0) {
        result.error = Error::BadSignature;
        return result;
    }
    result.error = checkTimes(*claims, nowSecs);
    if (result.error != Error::None)
        return result;
    const QJsonValue iss = claims->value("iss"_L1);
    if (!iss.isString() || iss.toString() != m_issuer) {
        result.error = Error::WrongIssuer;
        return result;
    }
    result.header = std::move(*header);
    result.claims = std::move(*claims);
    return result;
}

QString JwtCodec::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return u"valid"_s;
    case Error::Malformed:
        return u"malformed token"_s;
    case Error::UnsupportedAlgorithm:
        return u"unsupported algorithm"_s;
    case Error::BadSignature:
        return u"bad signature"_s;
    case Error::Expired:
        return u"expired"_s;
    case Error::NotYetValid:
        return u"not yet valid"_s;
    case Error::WrongIssuer:
        return u"wrong issuer"_s;
    }
    return {};
}
