// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/jwtcodec.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse battery"_s;

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestApiAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }

    void registerCreatesAdminThenUsers();
    void registerRefuses_data();
    void registerRefuses();
    void duplicateEmailIsCaseInsensitive();
    void loginAnswersTheContractShape();
    void loginRefuses_data();
    void loginRefuses();
    void unknownEmailAndWrongPasswordLookAlike();
    void concurrentRegistrationsOfOneEmail();
    void passwordsAreStoredAsArgon2idOnly();
    void loginDoesNotBlockOtherRequests();
    void everythingSurvivesARestart();
    void lossyTextIsRefused_data();
    void lossyTextIsRefused();
    void defaultNameKeepsTheNameRule();
    void registrationStormLeavesLoginsFast();
    void scriptsMayRegisterManyAccounts();

private:
    HttpClient client() const { return m_server->client(); }
    std::unique_ptr<TestServer> m_server;
};

void TestApiAuth::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestApiAuth::registerCreatesAdminThenUsers()
{
    // /health says whether the next account will be the first (the app's welcome screen).
    QCOMPARE(client().get("/health").json().value("hasAccounts"_L1), QJsonValue(false));
    const auto first = client().post("/register",
                                     {{u"email"_s, u" Ada@Example.com "_s},
                                      {u"password"_s, Password},
                                      {u"name"_s, u"  Ada Lovelace "_s}});
    QCOMPARE(first.status, 201);
    QCOMPARE(first.header("location"), QByteArray("/userdetails"));
    QCOMPARE(first.header("content-type"), QByteArray("application/json"));
    const QJsonObject user = first.json().value("user"_L1).toObject();
    QCOMPARE(user.value("email"_L1).toString(), u"Ada@Example.com"_s);
    QCOMPARE(user.value("name"_L1).toString(), u"Ada Lovelace"_s);
    QCOMPARE(user.value("role"_L1).toString(), u"admin"_s);
    QCOMPARE(user.value("id"_L1).toString(), u"1"_s);
    QCOMPARE(client().get("/health").json().value("hasAccounts"_L1), QJsonValue(true));
    QVERIFY(user.value("lastLoginAt"_L1).isNull());
    const QDateTime created
            = QDateTime::fromString(user.value("createdAt"_L1).toString(), Qt::ISODate);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(user.keys(),
             (QStringList{u"createdAt"_s, u"email"_s, u"id"_s, u"lastLoginAt"_s, u"name"_s,
                          u"role"_s}));

    const auto second = client().post(
            "/register", {{u"email"_s, u"grace.hopper@example.com"_s}, {u"password"_s, Password}});
    QCOMPARE(second.status, 201);
    const QJsonObject user2 = second.json().value("user"_L1).toObject();
    QCOMPARE(user2.value("role"_L1).toString(), u"user"_s);
    QCOMPARE(user2.value("name"_L1).toString(), u"grace.hopper"_s); // the local part
}

void TestApiAuth::registerRefuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields"); // field:code, sorted by field
    QTest::addRow("bad email") << QByteArray(R"({"email":"nope","password":"correct horse"})")
                               << QStringList{u"email:invalid_email"_s};
    QTest::addRow("short password") << QByteArray(R"({"email":"a@b.c","password":"short"})")
                                    << QStringList{u"password:too_short"_s};
    QTest::addRow("common password") << QByteArray(R"({"email":"a@b.c","password":"iloveyou"})")
                                     << QStringList{u"password:too_common"_s};
    QTest::addRow("common password with digits (zxcvbn)")
            << QByteArray(R"({"email":"a@b.c","password":"password123"})")
            << QStringList{u"password:too_common"_s};
    QTest::addRow("password is the email")
            << QByteArray(R"({"email":"ada@example.com","password":"ADA@example.com"})")
            << QStringList{u"password:same_as_email"_s};
    QTest::addRow("name too long") << (R"({"email":"a@b.c","password":"correct horse","name":")"
                                       + QByteArray(101, 'n') + "\"}")
                                   << QStringList{u"name:too_long"_s};
    QTest::addRow("empty name") << QByteArray(
            R"({"email":"a@b.c","password":"correct horse","name":"  "})")
                                << QStringList{u"name:empty"_s};
    QTest::addRow("missing everything")
            << QByteArray("{}") << QStringList{u"email:required"_s, u"password:required"_s};
    QTest::addRow("wrong types") << QByteArray(R"({"email":42,"password":["x"],"name":{}})")
                                 << QStringList{u"email:wrong_type"_s, u"name:wrong_type"_s,
                                                u"password:wrong_type"_s};
    QTest::addRow("NUL in email") << QByteArray(
            R"({"email":"a\u0000@b.c","password":"correct horse"})")
                                  << QStringList{u"email:invalid_email"_s};
}

void TestApiAuth::registerRefuses()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    HttpClient::Request r;
    r.method = "POST";
    r.target = "/register";
    r.body = body;
    const auto response = client().send(r);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.header("content-type"), QByteArray("application/problem+json"));
    const QJsonObject problem = response.json();
    QCOMPARE(problem.value("code"_L1).toString(), u"validation_failed"_s);
    QCOMPARE(problem.value("status"_L1).toInt(), 400);
    QVERIFY(!problem.value("title"_L1).toString().isEmpty());
    QVERIFY(!problem.value("detail"_L1).toString().isEmpty());
    // An English sentence per field, and the stable code clients translate from.
    const QJsonObject messages = problem.value("errors"_L1).toObject();
    const QJsonObject codes = problem.value("fields"_L1).toObject();
    QStringList got;
    for (const QString &field : codes.keys()) {
        got << field + u':' + codes.value(field).toObject().value("code"_L1).toString();
        QVERIFY(!messages.value(field).toString().isEmpty());
    }
    QCOMPARE(got, fields);
    QCOMPARE(messages.keys(), codes.keys());
    if (fields == QStringList{u"password:too_short"_s})
        QCOMPARE(codes.value("password"_L1).toObject().value("min"_L1).toInt(), 8);
    // Nothing was stored: the same email can still register.
    const auto ok
            = client().post("/register", {{u"email"_s, u"a@b.c"_s}, {u"password"_s, Password}});
    QCOMPARE(ok.status, 201);
}

void TestApiAuth::duplicateEmailIsCaseInsensitive()
{
    QCOMPARE(client().post("/register",
                           {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    for (const QString &again :
         {u"ada@example.com"_s, u"ADA@EXAMPLE.COM"_s, u"  Ada@Example.Com"_s}) {
        const auto r = client().post("/register", {{u"email"_s, again}, {u"password"_s, Password}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value("code"_L1).toString(), u"email_taken"_s);
    }
    // Logging in works with any case of the email too.
    QVERIFY(!m_server->login(u"ADA@example.COM"_s, Password).isEmpty());
}

void TestApiAuth::loginAnswersTheContractShape()
{
    const QJsonObject login = m_server->registerAndLogin(u"ada@example.com"_s, Password);
    QCOMPARE(login.value("message"_L1).toString(), u"Login successful"_s);
    QCOMPARE(login.value("tokenType"_L1).toString(), u"Bearer"_s);
    QCOMPARE(login.value("expiresIn"_L1).toInt(), 900);
    const QByteArray refresh = login.value("refreshToken"_L1).toString().toLatin1();
    QByteArray refreshBytes;
    QVERIFY(JwtCodec::decodeBase64Url(refresh, &refreshBytes));
    QVERIFY(refreshBytes.size() >= 32); // at least 256 bits
    const QJsonObject user = login.value("user"_L1).toObject();
    QCOMPARE(user.value("email"_L1).toString(), u"ada@example.com"_s);
    QVERIFY(QDateTime::fromString(user.value("lastLoginAt"_L1).toString(), Qt::ISODate).isValid());

    // The token is an HS256 JWT under the server's key, with the contract's claims.
    const QByteArray token = login.value("token"_L1).toString().toLatin1();
    const JwtCodec codec(m_server->signingKey());
    const auto verified = codec.verify(token, QDateTime::currentSecsSinceEpoch());
    QCOMPARE(verified.error, JwtCodec::Error::None);
    QCOMPARE(verified.header.value("alg"_L1).toString(), u"HS256"_s);
    QCOMPARE(verified.header.value("typ"_L1).toString(), u"JWT"_s);
    QCOMPARE(verified.header.value("kid"_L1).toString().toLatin1(), codec.keyId());
    const QJsonObject c = verified.claims;
    QCOMPARE(c.value("iss"_L1).toString(), u"reelvault"_s);
    QCOMPARE(c.value("sub"_L1).toString(), user.value("id"_L1).toString());
    QCOMPARE(c.value("email"_L1).toString(), u"ada@example.com"_s);
    QCOMPARE(c.value("role"_L1).toString(), u"admin"_s);
    QCOMPARE(c.value("exp"_L1).toInteger() - c.value("iat"_L1).toInteger(), 900);
    QVERIFY(c.value("jti"_L1).toString().size() >= 16);

    // The lesson's flow: the token opens the protected routes.
    const auto details = client().get("/userdetails", token);
    QCOMPARE(details.status, 200);
    QCOMPARE(details.json(), user);

    // A second login is another session with its own jti.
    const QByteArray second = m_server->login(u"ada@example.com"_s, Password);
    QVERIFY(second != token);
    QCOMPARE(client().get("/userdetails", token).status, 200);
    QCOMPARE(client().get("/userdetails", second).status, 200);
}

void TestApiAuth::loginRefuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("wrong password")
            << QByteArray(R"({"email":"ada@example.com","password":"wrong one!"})") << 401
            << u"invalid_credentials"_s;
    QTest::addRow("unknown email")
            << QByteArray(R"({"email":"nobody@example.com","password":"correct horse battery"})")
            << 401 << u"invalid_credentials"_s;
    QTest::addRow("password case matters")
            << QByteArray(R"({"email":"ada@example.com","password":"CORRECT HORSE BATTERY"})")
            << 401 << u"invalid_credentials"_s;
    QTest::addRow("password not trimmed")
            << QByteArray(R"({"email":"ada@example.com","password":"correct horse battery "})")
            << 401 << u"invalid_credentials"_s;
    QTest::addRow("missing password")
            << QByteArray(R"({"email":"ada@example.com"})") << 400 << u"validation_failed"_s;
    QTest::addRow("email not a string")
            << QByteArray(R"({"email":true,"password":"x"})") << 400 << u"validation_failed"_s;
    QTest::addRow("not JSON") << QByteArray("email=ada") << 400 << u"invalid_json"_s;
    QTest::addRow("empty body") << QByteArray() << 400 << u"invalid_json"_s;
}

void TestApiAuth::loginRefuses()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QCOMPARE(client().post("/register",
                           {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    HttpClient::Request r;
    r.method = "POST";
    r.target = "/login";
    r.body = body;
    const auto response = client().send(r);
    QCOMPARE(response.status, status);
    QCOMPARE(response.json().value("code"_L1).toString(), code);
    QVERIFY(!response.json().contains("token"_L1));
}

void TestApiAuth::unknownEmailAndWrongPasswordLookAlike()
{
    // One wrong password per account, so the login throttle stays out of the way.
    for (int i = 0; i < 7; ++i) {
        const auto r = client().post(
                "/register",
                {{u"email"_s, u"user%1@example.com"_s.arg(i)}, {u"password"_s, Password}});
        QCOMPARE(r.status, 201);
    }
    QList<qint64> unknownMs, wrongMs;
    QByteArray unknownBody, wrongBody;
    for (int i = 0; i < 7; ++i) {
        const auto unknown = client().post(
                "/login",
                {{u"email"_s, u"nobody%1@example.com"_s.arg(i)}, {u"password"_s, Password}});
        const auto wrong = client().post("/login",
                                         {{u"email"_s, u"user%1@example.com"_s.arg(i)},
                                          {u"password"_s, u"not it %1"_s.arg(i)}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.status, 401);
        unknownBody = unknown.body;
        wrongBody = wrong.body;
        unknownMs << unknown.elapsedMs;
        wrongMs << wrong.elapsedMs;
    }
    QCOMPARE(unknownBody, wrongBody);
    // Both spend an Argon2id verification: without the dummy hash an unknown email would answer
    // in well under a millisecond, against ~15 ms or more for a wrong password.
    const double ratio
            = double(qMax<qint64>(1, median(unknownMs))) / qMax<qint64>(1, median(wrongMs));
    QVERIFY2(ratio > 0.33 && ratio < 3.0,
             qPrintable(
                     u"unknown %1 ms, wrong %2 ms"_s.arg(median(unknownMs)).arg(median(wrongMs))));
}

void TestApiAuth::concurrentRegistrationsOfOneEmail()
{
    // Eight workers: many registrations pass the "email taken?" pre-check together, so only
    // the database's unique key can keep the account single.
    m_server->stop();
    ServerConfig config;
    config.hashingThreads = 8;
    QVERIFY(m_server->start(config));
    QList<HttpClient::Request> requests;
    for (int i = 0; i < 30; ++i) {
        HttpClient::Request r;
        r.method = "POST";
        r.target = "/register";
        // Differently spelled, the same account.
        r.body = (i % 2 ? R"({"email":"RACE@example.com","password":"correct horse )"
                        : R"({"email":"race@example.com","password":"correct horse )")
                + QByteArray::number(i) + "\"}";
        requests << r;
    }
    const auto responses = client().sendAll(requests);
    int created = 0, taken = 0;
    for (const auto &r : responses) {
        if (r.status == 201)
            ++created;
        else if (r.status == 409 && r.json().value("code"_L1) == "email_taken"_L1)
            ++taken;
    }
    QCOMPARE(created, 1);
    QCOMPARE(taken, 29);
}

void TestApiAuth::passwordsAreStoredAsArgon2idOnly()
{
    m_server->registerAndLogin(u"ada@example.com"_s, Password);
    QSqlDatabase db = m_server->inspect(u"inspect"_s);
    {
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT password_hash FROM users"_s) && q.next());
        const QString hash = q.value(0).toString();
        QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(hash));
        QVERIFY(!hash.contains(Password));
        // The refresh token is kept only as a hash.
        QVERIFY(q.exec(u"SELECT length(token_hash) FROM refresh_tokens"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 32);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestApiAuth::loginDoesNotBlockOtherRequests()
{
    QCOMPARE(client().post("/register",
                           {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    HttpClient::Request login;
    login.method = "POST";
    login.target = "/login";
    login.body = R"({"email":"ada@example.com","password":"correct horse battery"})";
    HttpClient::Request health;
    health.target = "/health";
    // Four logins are queued first; hashing runs on the worker pool, so /health is answered
    // while they are still being hashed.
    const auto responses = client().sendAll({login, login, login, login, health});
    qint64 slowestLogin = 0;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(responses[i].status, 200);
        slowestLogin = qMax(slowestLogin, responses[i].elapsedMs);
    }
    QCOMPARE(responses[4].status, 200);
    QVERIFY2(responses[4].elapsedMs < slowestLogin,
             qPrintable(u"health %1 ms, slowest login %2 ms"_s.arg(responses[4].elapsedMs)
                                .arg(slowestLogin)));
}

void TestApiAuth::everythingSurvivesARestart()
{
    const QJsonObject login = m_server->registerAndLogin(u"ada@example.com"_s, Password);
    const QByteArray token = login.value("token"_L1).toString().toLatin1();
    const QByteArray key = m_server->signingKey();
    QCOMPARE(key.size(), 32);
    m_server->stop();
    QVERIFY(m_server->start());
    QCOMPARE(m_server->signingKey(), key);
    // The token issued before the restart still opens the protected routes.
    const auto details = client().get("/userdetails", token);
    QCOMPARE(details.status, 200);
    QCOMPARE(details.json().value("email"_L1).toString(), u"ada@example.com"_s);
    QCOMPARE(details.json().value("role"_L1).toString(), u"admin"_s);
    // The account is still there, and the next one is still a user.
    QVERIFY(!m_server->login(u"ada@example.com"_s, Password).isEmpty());
    const auto other = client().post("/register",
                                     {{u"email"_s, u"b@example.com"_s}, {u"password"_s, Password}});
    QCOMPARE(other.json().value("user"_L1).toObject().value("role"_L1).toString(), u"user"_s);
    // The catalogue was not seeded twice.
    QCOMPARE(client().get("/moviedata", token).json().value("total"_L1).toInt(), 3201);
}

void TestApiAuth::lossyTextIsRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("register, lone high surrogate in the password")
            << QByteArray("/register")
            << QByteArray(R"({"email":"s1@example.com","password":"abcdefgh\ud800"})");
    QTest::addRow("register, lone low surrogate in the password")
            << QByteArray("/register")
            << QByteArray(R"({"email":"s2@example.com","password":"abcdefgh\udfff"})");
    QTest::addRow("register, reversed pair")
            << QByteArray("/register")
            << QByteArray(R"({"email":"s3@example.com","password":"abcdefgh\udc00\ud800"})");
    QTest::addRow("register, lone surrogate in the email")
            << QByteArray("/register")
            << QByteArray(R"({"email":"a\ud801b@x.io","password":"correct horse battery"})");
    QTest::addRow("register, lone surrogate in the name")
            << QByteArray("/register")
            << QByteArray(R"({"email":"s4@example.com","password":"correct horse battery",)"
                          R"("name":"x\ud83d"})");
    QTest::addRow("register, a surrogate encoded as UTF-8 bytes")
            << QByteArray("/register")
            << QByteArray("{\"email\":\"s5@example.com\",\"password\":\"abcdefgh\xed\xa0\x80\"}");
    QTest::addRow("register, overlong UTF-8")
            << QByteArray("/register")
            << QByteArray("{\"email\":\"s6@example.com\",\"password\":\"abcdefgh\xc0\xaf\"}");
    QTest::addRow("login, lone surrogate")
            << QByteArray("/login")
            << QByteArray(R"({"email":"ada@example.com","password":"abcdefgh\ud800"})");
}

void TestApiAuth::lossyTextIsRefused()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    HttpClient::Request r;
    r.method = "POST";
    r.target = target;
    r.body = body;
    const auto answer = client().send(r);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value("code"_L1).toString(), u"invalid_json"_s);
    // A proper pair is a character like any other.
    const auto pair = client().post(
            "/register",
            QJsonDocument::fromJson(
                    R"({"email":"pair@example.com","password":"abcdefgh\ud83c\udfac"})")
                    .object());
    QCOMPARE(pair.status, 201);
    QCOMPARE(client().post("/login",
                           {{u"email"_s, u"pair@example.com"_s}, {u"password"_s, u"abcdefgh?"_s}})
                     .status,
             401);
}

void TestApiAuth::defaultNameKeepsTheNameRule()
{
    const QString local = QString(200, u'a') + u"\U0001F3AC"_s;
    const QString email = local + u"@example.com"_s;
    const auto reg = client().post(
            "/register", {{u"email"_s, email}, {u"password"_s, u"correct horse battery"_s}});
    QCOMPARE(reg.status, 201);
    const QString name = reg.json().value("user"_L1).toObject().value("name"_L1).toString();
    QCOMPARE(name, QString(100, u'a'));
    // The same name is accepted back unchanged.
    const QByteArray token = m_server->login(email, u"correct horse battery"_s);
    HttpClient::Request patch;
    patch.method = "PATCH";
    patch.target = "/userdetails";
    patch.body = QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson(QJsonDocument::Compact);
    patch.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    QCOMPARE(client().send(patch).status, 200);
}

void TestApiAuth::registrationStormLeavesLoginsFast()
{
    // One hashing thread, as on a two-core machine: 150 registrations at once queue behind it,
    // yet a correct login goes ahead of them; registrations past the queue's bound get 503.
    m_server.reset();
    m_server = std::make_unique<TestServer>();
    ServerConfig config;
    config.hashingThreads = 1;
    QVERIFY2(m_server->start(config), qPrintable(m_server->error()));
    QVERIFY(client().post("/register",
                          {{u"email"_s, u"ada@example.com"_s},
                           {u"password"_s, u"correct horse battery"_s}})
                    .status
            == 201);
    QList<HttpClient::Request> storm;
    for (int i = 0; i < 150; ++i) {
        HttpClient::Request r;
        r.method = "POST";
        r.target = "/register";
        r.body = QJsonDocument(QJsonObject{{u"email"_s, u"storm%1@example.com"_s.arg(i)},
                                           {u"password"_s, u"correct horse battery"_s}})
                         .toJson(QJsonDocument::Compact);
        storm << r;
    }
    HttpClient::Request login;
    login.method = "POST";
    login.target = "/login";
    login.body = R"({"email":"ada@example.com","password":"correct horse battery"})";
    storm << login;
    const auto answers = client().sendAll(storm, 120000);
    const auto &loginAnswer = answers.constLast();
    QCOMPARE(loginAnswer.status, 200);
    int created = 0, busy = 0;
    for (qsizetype i = 0; i + 1 < answers.size(); ++i) {
        if (answers[i].status == 201)
            ++created;
        else if (answers[i].status == 503) {
            ++busy;
            QCOMPARE(answers[i].header("retry-after"), QByteArray("2"));
            QCOMPARE(answers[i].json().value("code"_L1).toString(), u"server_busy"_s);
        } else {
            QFAIL(qPrintable(u"unexpected %1"_s.arg(answers[i].status)));
        }
    }
    QVERIFY2(busy > 0, "the queue of registrations is bounded");
    QVERIFY(created > 0);
    // The login waited for at most the hashes already running, not for the queue: it finished
    // long before the last registration did.
    qint64 lastRegistration = 0;
    for (qsizetype i = 0; i + 1 < answers.size(); ++i) {
        if (answers[i].status == 201)
            lastRegistration = qMax(lastRegistration, answers[i].elapsedMs);
    }
    QVERIFY2(loginAnswer.elapsedMs < lastRegistration,
             qPrintable(u"login %1 ms, last registration %2 ms"_s.arg(loginAnswer.elapsedMs)
                                .arg(lastRegistration)));
}

void TestApiAuth::scriptsMayRegisterManyAccounts()
{
    // Anti-automation must not stop honest scripts: 150 in a row from one address all succeed.
    for (int i = 0; i < 150; ++i) {
        const auto r = client().post("/register",
                                     {{u"email"_s, u"script%1@example.com"_s.arg(i)},
                                      {u"password"_s, u"correct horse battery"_s}});
        QCOMPARE(r.status, 201);
    }
}

QTEST_GUILESS_MAIN(TestApiAuth)
#include "tst_api_auth.moc"
