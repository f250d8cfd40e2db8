// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the JWT decoder (JwtCodec::verify) with the server's checks, on any bytes
// given as a bearer token. Invariants: a forged token is never accepted; whatever verify()
// accepts carries a JSON header and claims; a token the codec signed itself always verifies and
// gives back its claims (the input, read as claims, is signed and checked again).
#include "auth/jwtcodec.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const JwtCodec codec(QByteArray(32, '\x5a'));
    constexpr qint64 now = 1'800'000'000;
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));

    const JwtCodec::Result result = codec.verify(token, now);
    if (result.ok()) {
        // Only a signature made with the key passes: the fuzzer cannot forge one.
        const qsizetype dot = token.lastIndexOf('.');
        if (dot < 0 || codec.signature(token.first(dot)) != token.sliced(dot + 1).toByteArray())
            abort();
    } else if (!result.claims.isEmpty() && result.error == JwtCodec::Error::Malformed) {
        abort(); // a malformed token yields no claims
    }

    // The input as claims: what the codec signs, it verifies, claims and all.
    const QJsonDocument doc = QJsonDocument::fromJson(token.toByteArray());
    if (!doc.isObject())
        return 0;
    QJsonObject claims = doc.object();
    claims.insert(QStringLiteral("iss"), codec.issuer());
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("exp"), now + 900);
    claims.remove(QStringLiteral("nbf"));
    const QByteArray signedToken = codec.sign(claims);
    if (signedToken.size() > JwtCodec::MaxTokenSize)
        return 0;
    const JwtCodec::Result back = codec.verify(signedToken, now);
    if (!back.ok() || back.claims != claims)
        abort();
    return 0;
}
