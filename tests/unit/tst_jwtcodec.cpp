// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/jwtcodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'800'000'000;
const QByteArray Key = QByteArray(32, 'k');

QByteArray b64(const QByteArray &bytes)
{
    return JwtCodec::base64Url(bytes);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A token with any header and claims, HMAC-signed with key (wrong ones included).
QByteArray craft(const QByteArray &headerJson, const QByteArray &claimsJson,
                 const QByteArray &key = Key)
{
    const QByteArray input = b64(headerJson) + '.' + b64(claimsJson);
    return input + '.' + JwtCodec(key).signature(input);
}

QJsonObject goodClaims()
{
    return {{u"iss"_s, u"reelvault"_s}, {u"sub"_s, u"7"_s},    {u"role"_s, u"user"_s},
            {u"iat"_s, Now - 10},       {u"exp"_s, Now + 900}, {u"jti"_s, u"abc"_s}};
}

QJsonObject withClaim(QJsonObject o, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(name);
    else
        o.insert(name, value);
    return o;
}

const QByteArray HS256 = R"({"alg":"HS256","typ":"JWT"})";

} // namespace

class TestJwtCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7515AppendixA1();
    void signsWhatItVerifies();
    void leewayIsSixtySeconds_data();
    void leewayIsSixtySeconds();
    void refusals_data();
    void refusals();
    void strictBase64Url_data();
    void strictBase64Url();
};

// RFC 7515 Appendix A.1: the HS256 example, byte for byte (the header and claims contain CR LF).
void TestJwtCodec::rfc7515AppendixA1()
{
    QByteArray key;
    QVERIFY(JwtCodec::decodeBase64Url("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3"
                                      "Yj0iPS4hcgUuTwjAzZr1Z9CAow",
                                      &key));
    QCOMPARE(key.size(), 64);
    const QByteArray header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
    const QByteArray claims
            = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
    QCOMPARE(b64(header), QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"));
    QCOMPARE(b64(claims),
             QByteArray("eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9"
                        "leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"));

    const JwtCodec codec(key, u"joe"_s);
    const QByteArray input = b64(header) + '.' + b64(claims);
    QCOMPARE(codec.signature(input), QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));

    const QByteArray token = input + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const auto ok = codec.verify(token, 1300819380 - 3600);
    QCOMPARE(ok.error, JwtCodec::Error::None);
    QCOMPARE(ok.claims.value("iss"_L1).toString(), u"joe"_s);
    QCOMPARE(ok.claims.value("http://example.com/is_root"_L1).toBool(), true);
    QCOMPARE(codec.verify(token, 1300819380 + 3600).error, JwtCodec::Error::Expired);
    QCOMPARE(JwtCodec(key).verify(token, 1300819380 - 3600).error, JwtCodec::Error::WrongIssuer);
}

void TestJwtCodec::signsWhatItVerifies()
{
    const JwtCodec codec(Key);
    const QByteArray token = codec.sign(goodClaims());
    const auto result = codec.verify(token, Now);
    QCOMPARE(result.error, JwtCodec::Error::None);
    QCOMPARE(result.claims, goodClaims());
    QCOMPARE(result.header.value("alg"_L1).toString(), u"HS256"_s);
    QCOMPARE(result.header.value("typ"_L1).toString(), u"JWT"_s);
    QCOMPARE(result.header.value("kid"_L1).toString().toLatin1(), codec.keyId());
    // The key id names the key without being it.
    QVERIFY(!codec.keyId().isEmpty());
    QVERIFY(!Key.contains(codec.keyId()));
    QVERIFY(codec.keyId() != JwtCodec(QByteArray(32, 'x')).keyId());
}

void TestJwtCodec::leewayIsSixtySeconds_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<JwtCodec::Error>("expected");
    QTest::addRow("exp 59 s ago") << u"exp"_s << Now - 59 << JwtCodec::Error::None;
    QTest::addRow("exp 61 s ago") << u"exp"_s << Now - 61 << JwtCodec::Error::Expired;
    QTest::addRow("nbf in 59 s") << u"nbf"_s << Now + 59 << JwtCodec::Error::None;
    QTest::addRow("nbf in 61 s") << u"nbf"_s << Now + 61 << JwtCodec::Error::NotYetValid;
    QTest::addRow("iat in 59 s") << u"iat"_s << Now + 59 << JwtCodec::Error::None;
    QTest::addRow("iat in 61 s") << u"iat"_s << Now + 61 << JwtCodec::Error::NotYetValid;
}

void TestJwtCodec::leewayIsSixtySeconds()
{
    QFETCH(QString, claim);
    QFETCH(qint64, value);
    QFETCH(JwtCodec::Error, expected);
    const JwtCodec codec(Key);
    QCOMPARE(codec.verify(codec.sign(withClaim(goodClaims(), claim, value)), Now).error, expected);
}

void TestJwtCodec::refusals_data()
{
    using E = JwtCodec::Error;
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<JwtCodec::Error>("expected");

    const QByteArray claims = json(goodClaims());
    const QByteArray good = JwtCodec(Key).sign(goodClaims());
    const QList<QByteArray> parts = good.split('.');

    // alg "none" in any spelling, with or without a signature.
    for (const char *alg : {"none", "None", "NONE", "nOnE"}) {
        const QByteArray h = QByteArray(R"({"alg":")") + alg + R"(","typ":"JWT"})";
        QTest::addRow("alg %s, signed", alg) << craft(h, claims) << E::UnsupportedAlgorithm;
        QTest::addRow("alg %s, unsigned", alg) << b64(h) + '.' + b64(claims) + '.' << E::Malformed;
    }
    // Every other algorithm, including HS256 in the wrong case: no algorithm confusion.
    for (const char *alg : {"HS384", "HS512", "RS256", "ES256", "PS256", "hs256", "HS256 "}) {
        const QByteArray h = QByteArray(R"({"alg":")") + alg + R"("})";
        QTest::addRow("alg %s", alg) << craft(h, claims) << E::UnsupportedAlgorithm;
    }
    QTest::addRow("alg missing") << craft(R"({"typ":"JWT"})", claims) << E::UnsupportedAlgorithm;
    QTest::addRow("alg not a string") << craft(R"({"alg":256})", claims) << E::UnsupportedAlgorithm;
    QTest::addRow("alg list") << craft(R"({"alg":["HS256"]})", claims) << E::UnsupportedAlgorithm;

    // Tampering: the signature no longer matches.
    const QByteArray admin = json(withClaim(goodClaims(), u"role"_s, u"admin"_s));
    QTest::addRow("claims tampered")
            << parts[0] + '.' + b64(admin) + '.' + parts[2] << E::BadSignature;
    QTest::addRow("header tampered")
            << b64(R"({"alg":"HS256","typ":"JWT","kid":"x"})") + '.' + parts[1] + '.' + parts[2]
            << E::BadSignature;
    QTest::addRow("wrong key") << craft(HS256, claims, QByteArray(32, 'w')) << E::BadSignature;
    QTest::addRow("signature of another token")
            << parts[0] + '.' + parts[1] + '.' + craft(HS256, admin).split('.')[2]
            << E::BadSignature;
    QTest::addRow("signature too short")
            << parts[0] + '.' + parts[1] + '.' + b64("short") << E::BadSignature;

    // Time and issuer.
    QTest::addRow("expired") << craft(HS256, json(withClaim(goodClaims(), u"exp"_s, Now - 3600)))
                             << E::Expired;
    QTest::addRow("not yet valid")
            << craft(HS256, json(withClaim(goodClaims(), u"nbf"_s, Now + 3600))) << E::NotYetValid;
    QTest::addRow("issued in the future")
            << craft(HS256, json(withClaim(goodClaims(), u"iat"_s, Now + 3600))) << E::NotYetValid;
    QTest::addRow("no exp") << craft(HS256, json(withClaim(goodClaims(), u"exp"_s, {})))
                            << E::Malformed;
    QTest::addRow("exp as string")
            << craft(HS256, json(withClaim(goodClaims(), u"exp"_s, u"tomorrow"_s))) << E::Malformed;
    QTest::addRow("wrong issuer") << craft(HS256,
                                           json(withClaim(goodClaims(), u"iss"_s, u"evil"_s)))
                                  << E::WrongIssuer;
    QTest::addRow("no issuer") << craft(HS256, json(withClaim(goodClaims(), u"iss"_s, {})))
                               << E::WrongIssuer;

    // Malformed.
    QTest::addRow("empty") << QByteArray() << E::Malformed;
    QTest::addRow("one part") << QByteArray("abc") << E::Malformed;
    QTest::addRow("two parts") << parts[0] + '.' + parts[1] << E::Malformed;
    QTest::addRow("four parts") << good + ".x" << E::Malformed;
    QTest::addRow("empty header") << '.' + parts[1] + '.' + parts[2] << E::Malformed;
    QTest::addRow("not base64url") << parts[0] + ".e*J." + parts[2] << E::Malformed;
    QTest::addRow("padded") << parts[0] + '.' + parts[1] + "==." + parts[2] << E::Malformed;
    QTest::addRow("standard base64 alphabet") << parts[0] + '.' + parts[1] + '.'
                    + QByteArray(parts[2]).replace('-', '+').replace('_', '/')
                    + "+" << E::Malformed;
    QTest::addRow("space inside") << parts[0] + ". " + parts[1] + '.' + parts[2] << E::Malformed;
    QTest::addRow("header not JSON") << craft("not json", claims) << E::Malformed;
    QTest::addRow("claims an array") << craft(HS256, "[1,2]") << E::Malformed;
    QTest::addRow("claims not JSON") << craft(HS256, "{\"exp\":") << E::Malformed;
    QTest::addRow("crit header") << craft(R"({"alg":"HS256","crit":["exp"]})", claims)
                                 << E::Malformed;
    QTest::addRow("oversized") << craft(
            HS256, json(withClaim(goodClaims(), u"pad"_s, QString(9000, u'x'))))
                               << E::Malformed;
}

void TestJwtCodec::refusals()
{
    QFETCH(QByteArray, token);
    QFETCH(JwtCodec::Error, expected);
    const auto result = JwtCodec(Key).verify(token, Now);
    QCOMPARE(result.error, expected);
    QVERIFY(!result.ok());
    QVERIFY(result.claims.isEmpty());
}

void TestJwtCodec::strictBase64Url_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addRow("plain") << QByteArray("aGk") << true << QByteArray("hi");
    QTest::addRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff", 2);
    QTest::addRow("padding") << QByteArray("aGk=") << false << QByteArray();
    QTest::addRow("plus") << QByteArray("+_8") << false << QByteArray();
    QTest::addRow("slash") << QByteArray("/_8") << false << QByteArray();
    QTest::addRow("non-canonical low bits") << QByteArray("aGl") << false << QByteArray();
    QTest::addRow("impossible length") << QByteArray("aGkha") << false << QByteArray();
    QTest::addRow("empty") << QByteArray() << false << QByteArray();
}

void TestJwtCodec::strictBase64Url()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    QByteArray out;
    QCOMPARE(JwtCodec::decodeBase64Url(text, &out), valid);
    if (valid)
        QCOMPARE(out, decoded);
}

QTEST_GUILESS_MAIN(TestJwtCodec)
#include "tst_jwtcodec.moc"
