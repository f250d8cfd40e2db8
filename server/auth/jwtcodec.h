// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <sodium.h>

// HS256 JSON Web Tokens (RFC 7519 / RFC 7515) under one secret key.
//
// verify() checks, in the contract's order: well-formed (three strict base64url parts, JSON
// object header and claims, at most MaxTokenSize bytes), alg exactly "HS256", the signature
// (constant-time compare), exp / nbf / iat with a leeway, then iss. What the server adds on top
// (the user still exists, the jti not revoked) lives in TokenService.
class JwtCodec
{
public:
    enum class Error {
        None,
        Malformed,
        UnsupportedAlgorithm,
        BadSignature,
        Expired,
        NotYetValid,
        WrongIssuer,
    };

    struct Result
    {
        Error error = Error::Malformed;
        QJsonObject header;
        QJsonObject claims;
        bool ok() const { return error == Error::None; }
    };

    static constexpr qsizetype MaxTokenSize = 8 * 1024;
    static constexpr qint64 DefaultLeewaySeconds = 60;

    explicit JwtCodec(QByteArray key, QString issuer = QStringLiteral("reelvault"),
                      qint64 leewaySeconds = DefaultLeewaySeconds);

    // Signs the claims as given (the caller sets iss, sub, iat, exp, jti ...).
    QByteArray sign(const QJsonObject &claims) const;
    Result verify(QByteArrayView token, qint64 nowSecs) const;

    // The base64url HMAC-SHA256 of a signing input ("header.payload"), for test vectors.
    QByteArray signature(QByteArrayView signingInput) const;

    QByteArray keyId() const { return m_keyId; }
    QString issuer() const { return m_issuer; }

    static QByteArray base64Url(QByteArrayView bytes);
    // Strict: only the base64url alphabet, no padding, canonical trailing bits.
    static bool decodeBase64Url(QByteArrayView text, QByteArray *out);
    static QString errorText(Error error);

private:
    QByteArray mac(QByteArrayView signingInput) const;
    Error checkTimes(const QJsonObject &claims, qint64 nowSecs) const;

    QByteArray m_key;
    crypto_auth_hmacsha256_state m_keyed; // HMAC state after the key: copied per token
    QString m_issuer;
    qint64 m_leeway;
    QByteArray m_keyId;
    QByteArray m_encodedHeader;
};
