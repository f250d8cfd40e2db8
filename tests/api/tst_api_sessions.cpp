// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/jwtcodec.h"
#include "core/clock.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
const QString Email = u"ada@example.com"_s;
const QString Password = u"correct horse battery"_s;

QByteArray field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name)).toString().toLatin1();
}
} // namespace

// Refresh rotation and reuse, logout, password and name changes, login throttling: the
// lifecycle of a login, over real HTTP, including across a restart.
class TestApiSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }

    void refreshRotates();
    void reusedRefreshTokenEndsTheLogin();
    void tokensAreNotInterchangeable();
    void refreshRefusesBadInput_data();
    void refreshRefusesBadInput();
    void logoutEndsThisLoginOnly();
    void logoutWithRefreshTokenOfAnotherLogin();
    void logoutSurvivesARestart();
    void changeName();
    void changePasswordEndsOtherSessions();
    void changePasswordRefusals_data();
    void changePasswordRefusals();
    void deleteOwnAccount();
    void deleteOwnAccountRefusals_data();
    void deleteOwnAccountRefusals();
    void throttleAfterFiveFailures();
    void concurrentCorrectLoginsAreNotThrottled();
    void burstOfGuessesStopsAtTheLimit();
    void expiredAccessTokenIsRefused();
    void timeMovesOnTheServersClock();

private:
    HttpClient client() const { return m_server->client(); }
    HttpClient::Response refresh(const QByteArray &token) const
    {
        return client().post("/token/refresh", {{u"refreshToken"_s, QString::fromLatin1(token)}});
    }
    HttpClient::Response patch(const QJsonObject &body, const QByteArray &token) const;
    HttpClient::Response deleteAccount(const QByteArray &body, const QByteArray &token) const;
    std::unique_ptr<TestServer> m_server;
    QJsonObject m_login;
};

void TestApiSessions::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_login = m_server->registerAndLogin(Email, Password);
    QVERIFY(!field(m_login, "token").isEmpty());
}

HttpClient::Response TestApiSessions::patch(const QJsonObject &body, const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = "PATCH";
    r.target = "/userdetails";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    return client().send(r);
}

HttpClient::Response TestApiSessions::deleteAccount(const QByteArray &body,
                                                    const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = "DELETE";
    r.target = "/userdetails";
    r.body = body;
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    return client().send(r);
}

// DELETE /userdetails: the only admin cannot; anyone else can, with the current password, and
// then no token of theirs works and the email is free again.
void TestApiSessions::deleteOwnAccount()
{
    const QByteArray adminToken = field(m_login, "token");
    const auto lastAdmin
            = deleteAccount(R"({"currentPassword":"correct horse battery"})", adminToken);
    QCOMPARE(lastAdmin.status, 409);
    QCOMPARE(lastAdmin.json().value("code"_L1).toString(), u"last_admin"_s);
    QCOMPARE(client().get("/userdetails", adminToken).status, 200);

    const QString email = u"bea@example.com"_s;
    const QJsonObject bea = m_server->registerAndLogin(email, u"another good one"_s);
    const QByteArray token = field(bea, "token");
    const QByteArray secondLogin = m_server->login(email, u"another good one"_s);
    QVERIFY(!secondLogin.isEmpty());
    const auto wrong = deleteAccount(R"({"currentPassword":"not my password"})", token);
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.json().value("code"_L1).toString(), u"wrong_password"_s);
    const auto deleted = deleteAccount(R"({"currentPassword":"another good one"})", token);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(client().get("/userdetails", token).status, 401);
    QCOMPARE(client().get("/userdetails", secondLogin).status, 401);
    QCOMPARE(refresh(field(bea, "refreshToken")).status, 401);
    QCOMPARE(client().post("/login", {{u"email"_s, email}, {u"password"_s, u"another good one"_s}})
                     .status,
             401);
    // The email can be registered again, as a new account.
    QCOMPARE(client().post("/register",
                           {{u"email"_s, email}, {u"password"_s, u"another good one"_s}})
                     .status,
             201);
}

void TestApiSessions::deleteOwnAccountRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("no body") << QByteArray() << 400 << u"invalid_json"_s;
    QTest::addRow("no password") << QByteArray("{}") << 400 << u"validation_failed"_s;
    QTest::addRow("password not a string")
            << QByteArray(R"({"currentPassword":12345678})") << 400 << u"validation_failed"_s;
    QTest::addRow("unknown field") << QByteArray(R"({"currentPassword":"x","force":true})") << 400
                                   << u"validation_failed"_s;
}

void TestApiSessions::deleteOwnAccountRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = deleteAccount(body, field(m_login, "token"));
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("code"_L1).toString(), code);
    QCOMPARE(client().get("/userdetails", field(m_login, "token")).status, 200);
    HttpClient::Request anonymous;
    anonymous.method = "DELETE";
    anonymous.target = "/userdetails";
    anonymous.body = R"({"currentPassword":"x"})";
    QCOMPARE(client().send(anonymous).status, 401);
}

void TestApiSessions::refreshRotates()
{
    const auto first = refresh(field(m_login, "refreshToken"));
    QCOMPARE(first.status, 200);
    const QJsonObject body = first.json();
    QCOMPARE(body.value("message"_L1).toString(), u"Token refreshed"_s);
    QCOMPARE(body.value("tokenType"_L1).toString(), u"Bearer"_s);
    QCOMPARE(body.value("expiresIn"_L1).toInt(), 900);
    QCOMPARE(body.value("user"_L1).toObject().value("email"_L1).toString(), Email);
    const QByteArray access = field(body, "token");
    const QByteArray next = field(body, "refreshToken");
    QVERIFY(access != field(m_login, "token"));
    QVERIFY(next != field(m_login, "refreshToken"));
    QCOMPARE(client().get("/userdetails", access).status, 200);
    // The old access token stays valid until it expires; the new pair rotates again.
    QCOMPARE(client().get("/userdetails", field(m_login, "token")).status, 200);
    QCOMPARE(refresh(next).status, 200);
}

void TestApiSessions::reusedRefreshTokenEndsTheLogin()
{
    const QByteArray stolen = field(m_login, "refreshToken");
    const auto legit = refresh(stolen);
    QCOMPARE(legit.status, 200);
    const QByteArray legitAccess = field(legit.json(), "token");
    const QByteArray legitRefresh = field(legit.json(), "refreshToken");

    // The thief (or a replay) presents the rotated token: the whole login ends.
    const auto reuse = refresh(stolen);
    QCOMPARE(reuse.status, 401);
    QCOMPARE(reuse.json().value("code"_L1).toString(), u"invalid_refresh_token"_s);
    QCOMPARE(refresh(legitRefresh).status, 401);
    QCOMPARE(client().get("/userdetails", legitAccess).status, 401);
    QCOMPARE(client().get("/userdetails", field(m_login, "token")).status, 401);

    // Another login of the same account is untouched.
    const QByteArray other = m_server->login(Email, Password);
    QCOMPARE(client().get("/userdetails", other).status, 200);
}

void TestApiSessions::tokensAreNotInterchangeable()
{
    const auto asRefresh = refresh(field(m_login, "token"));
    QCOMPARE(asRefresh.status, 401);
    QCOMPARE(asRefresh.json().value("code"_L1).toString(), u"invalid_refresh_token"_s);
    const auto asBearer = client().get("/userdetails", field(m_login, "refreshToken"));
    QCOMPARE(asBearer.status, 401);
    QCOMPARE(asBearer.json().value("code"_L1).toString(), u"unauthorized"_s);
    // Neither attempt harmed the login.
    QCOMPARE(refresh(field(m_login, "refreshToken")).status, 200);
}

void TestApiSessions::refreshRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addRow("unknown token") << QByteArray(R"({"refreshToken":"AAAA"})") << 401;
    QTest::addRow("empty token") << QByteArray(R"({"refreshToken":""})") << 401;
    QTest::addRow("missing") << QByteArray("{}") << 400;
    QTest::addRow("not a string") << QByteArray(R"({"refreshToken":42})") << 400;
    QTest::addRow("not JSON") << QByteArray("token") << 400;
    QTest::addRow("SQL-looking") << QByteArray(R"({"refreshToken":"' OR 1=1 --"})") << 401;
}

void TestApiSessions::refreshRefusesBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    HttpClient::Request r;
    r.method = "POST";
    r.target = "/token/refresh";
    r.body = body;
    QCOMPARE(client().send(r).status, status);
}

void TestApiSessions::logoutEndsThisLoginOnly()
{
    const QByteArray other = m_server->login(Email, Password);
    HttpClient::Request r;
    r.method = "POST";
    r.target = "/logout";
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + field(m_login, "token"));
    const auto out = client().send(r); // no body at all: allowed
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());
    QCOMPARE(client().get("/userdetails", field(m_login, "token")).status, 401);
    QCOMPARE(refresh(field(m_login, "refreshToken")).status, 401);
    QCOMPARE(client().get("/userdetails", other).status, 200);
    // Logging out needs a live token.
    QCOMPARE(client().send(r).status, 401);
    HttpClient::Request anonymous;
    anonymous.method = "POST";
    anonymous.target = "/logout";
    QCOMPARE(client().send(anonymous).status, 401);
}

void TestApiSessions::logoutWithRefreshTokenOfAnotherLogin()
{
    const QJsonObject second
            = client().post("/login", {{u"email"_s, Email}, {u"password"_s, Password}}).json();
    const auto out
            = client().post("/logout", {{u"refreshToken"_s, second.value("refreshToken"_L1)}},
                            field(m_login, "token"));
    QCOMPARE(out.status, 204);
    QCOMPARE(client().get("/userdetails", field(m_login, "token")).status, 401);
    QCOMPARE(client().get("/userdetails", field(second, "token")).status, 401);
    QCOMPARE(refresh(field(second, "refreshToken")).status, 401);
}

void TestApiSessions::logoutSurvivesARestart()
{
    QCOMPARE(client().post("/logout", {}, field(m_login, "token")).status, 204);
    m_server->stop();
    QVERIFY(m_server->start());
    QCOMPARE(client().get("/userdetails", field(m_login, "token")).status, 401);
    QCOMPARE(refresh(field(m_login, "refreshToken")).status, 401);
    QVERIFY(!m_server->login(Email, Password).isEmpty());
}

void TestApiSessions::changeName()
{
    const auto r = patch({{u"name"_s, u"  Countess of Lovelace "_s}}, field(m_login, "token"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("name"_L1).toString(), u"Countess of Lovelace"_s);
    QCOMPARE(client().get("/userdetails", field(m_login, "token"))
                     .json()
                     .value("name"_L1)
                     .toString(),
             u"Countess of Lovelace"_s);
    // A name change ends no session.
    QCOMPARE(refresh(field(m_login, "refreshToken")).status, 200);
}

void TestApiSessions::changePasswordEndsOtherSessions()
{
    const QJsonObject other
            = client().post("/login", {{u"email"_s, Email}, {u"password"_s, Password}}).json();
    const QString newPassword = u"a much better passphrase"_s;
    const auto r = patch({{u"password"_s, newPassword}, {u"currentPassword"_s, Password}},
                         field(m_login, "token"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("email"_L1).toString(), Email);
    // The session that made the change stays signed in; every other one ends.
    QCOMPARE(client().get("/userdetails", field(m_login, "token")).status, 200);
    QCOMPARE(refresh(field(m_login, "refreshToken")).status, 200);
    QCOMPARE(client().get("/userdetails", field(other, "token")).status, 401);
    QCOMPARE(refresh(field(other, "refreshToken")).status, 401);
    // Only the new password works.
    QVERIFY(m_server->login(Email, Password).isEmpty());
    QVERIFY(!m_server->login(Email, newPassword).isEmpty());
}

void TestApiSessions::changePasswordRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("wrong current password")
            << QJsonObject{{u"password"_s, u"a much better passphrase"_s},
                           {u"currentPassword"_s, u"guess"_s}}
            << 403 << u"wrong_password"_s;
    QTest::addRow("no current password")
            << QJsonObject{{u"password"_s, u"a much better passphrase"_s}} << 400
            << u"validation_failed"_s;
    QTest::addRow("new password too common")
            << QJsonObject{{u"password"_s, u"password1"_s}, {u"currentPassword"_s, Password}} << 400
            << u"validation_failed"_s;
    QTest::addRow("new password is the email")
            << QJsonObject{{u"password"_s, Email}, {u"currentPassword"_s, Password}} << 400
            << u"validation_failed"_s;
    QTest::addRow("empty name") << QJsonObject{{u"name"_s, u"   "_s}} << 400
                                << u"validation_failed"_s;
    QTest::addRow("nothing to change") << QJsonObject{} << 400 << u"validation_failed"_s;
    QTest::addRow("unknown field")
            << QJsonObject{{u"role"_s, u"admin"_s}} << 400 << u"validation_failed"_s;
    QTest::addRow("email cannot change")
            << QJsonObject{{u"email"_s, u"x@y.z"_s}} << 400 << u"validation_failed"_s;
}

void TestApiSessions::changePasswordRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = patch(body, field(m_login, "token"));
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("code"_L1).toString(), code);
    // Nothing changed: the old password and the session still work.
    QCOMPARE(client().get("/userdetails", field(m_login, "token"))
                     .json()
                     .value("role"_L1)
                     .toString(),
             u"admin"_s);
    QVERIFY(!m_server->login(Email, Password).isEmpty());
}

void TestApiSessions::throttleAfterFiveFailures()
{
    for (int i = 0; i < 5; ++i) {
        const auto r = client().post("/login",
                                     {{u"email"_s, Email}, {u"password"_s, u"guess %1"_s.arg(i)}});
        QCOMPARE(r.status, 401);
    }
    // Even the right password is refused now, with how long to wait.
    const auto blocked = client().post(
            "/login", {{u"email"_s, u"ADA@example.com"_s}, {u"password"_s, Password}});
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.json().value("code"_L1).toString(), u"too_many_attempts"_s);
    const int retryAfter = blocked.header("retry-after").toInt();
    QVERIFY2(retryAfter > 890 && retryAfter <= 900, blocked.header("retry-after").constData());
    QVERIFY(blocked.json().value("detail"_L1).toString().contains(QString::number(retryAfter)));
    QCOMPARE(blocked.header("cache-control"), QByteArray("no-store"));
    // Other accounts are not locked out by one email's failures.
    QCOMPARE(client().post("/register",
                           {{u"email"_s, u"grace@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    QVERIFY(!m_server->login(u"grace@example.com"_s, Password).isEmpty());
}

void TestApiSessions::concurrentCorrectLoginsAreNotThrottled()
{
    // More simultaneous logins from one address than the address's failure limit: none fail,
    // so none may be refused.
    HttpClient::Request login;
    login.method = "POST";
    login.target = "/login";
    login.body = R"({"email":"ada@example.com","password":"correct horse battery"})";
    const auto responses = client().sendAll(QList<HttpClient::Request>(25, login));
    for (const auto &r : responses)
        QCOMPARE(r.status, 200);
}

void TestApiSessions::burstOfGuessesStopsAtTheLimit()
{
    // Twelve wrong guesses at once: the gate is checked again right before each hash, so only
    // about five are ever tried (one more per worker thread at most); the rest wait.
    HttpClient::Request guess;
    guess.method = "POST";
    guess.target = "/login";
    guess.body = R"({"email":"ada@example.com","password":"a wrong guess"})";
    const auto responses = client().sendAll(QList<HttpClient::Request>(12, guess));
    int tried = 0, refused = 0;
    for (const auto &r : responses) {
        tried += r.status == 401;
        refused += r.status == 429;
    }
    QCOMPARE(tried + refused, 12);
    QVERIFY2(tried >= 5 && tried <= 5 + QThread::idealThreadCount(),
             qPrintable(QString::number(tried)));
}

void TestApiSessions::expiredAccessTokenIsRefused()
{
    // A token signed with the server's own key but past its exp (and the 60 s leeway).
    const JwtCodec codec(m_server->signingKey());
    const auto claims
            = codec.verify(field(m_login, "token"), QDateTime::currentSecsSinceEpoch()).claims;
    QJsonObject old = claims;
    old.insert(u"iat"_s, claims.value("iat"_L1).toInteger() - 3600);
    old.insert(u"exp"_s, claims.value("exp"_L1).toInteger() - 3600);
    const auto r = client().get("/userdetails", codec.sign(old));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value("detail"_L1).toString(),
             u"Your session has expired, please log in again."_s);
    QVERIFY(r.header("www-authenticate").contains("error=\"invalid_token\""));
    // A well-signed token whose jti the server never issued is refused too.
    QJsonObject forged = claims;
    forged.insert(u"jti"_s, u"not-issued-by-the-server"_s);
    QCOMPARE(client().get("/userdetails", codec.sign(forged)).status, 401);
    // And one for a user that does not exist.
    QJsonObject ghost = claims;
    ghost.insert(u"sub"_s, u"999"_s);
    QCOMPARE(client().get("/userdetails", codec.sign(ghost)).status, 401);
    // Nor does one user's live jti stand for another user who does exist.
    const QJsonObject other = m_server->registerAndLogin(u"other@example.org"_s, Password);
    const auto otherId = codec.verify(field(other, "token"), QDateTime::currentSecsSinceEpoch())
                                 .claims.value("sub"_L1)
                                 .toString();
    QVERIFY(!otherId.isEmpty() && otherId != claims.value("sub"_L1).toString());
    QJsonObject borrowed = claims;
    borrowed.insert(u"sub"_s, otherId);
    QCOMPARE(client().get("/userdetails", codec.sign(borrowed)).status, 401);
}

void TestApiSessions::timeMovesOnTheServersClock()
{
    // Lifetimes and windows as the server's own clock sees them: moved, not slept through.
    auto clock = std::make_shared<ManualClock>(QDateTime::currentSecsSinceEpoch());
    TestServer server;
    ServerConfig config;
    config.clock = clock;
    QVERIFY2(server.start(config), qPrintable(server.error()));
    const QJsonObject login = server.registerAndLogin(Email, Password);
    const QByteArray access = field(login, "token");
    HttpClient c = server.client();
    QCOMPARE(c.get("/userdetails", access).status, 200);

    // 900 s of life and 60 s of leeway: still good at the last second, refused one later.
    clock->advance(900 + 60);
    QCOMPARE(c.get("/userdetails", access).status, 200);
    clock->advance(1);
    const auto expired = c.get("/userdetails", access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value("detail"_L1).toString(),
             u"Your session has expired, please log in again."_s);

    // The refresh token lives 30 days: a refresh on day 29 works and starts a new 30 days.
    clock->advance(29 * 24 * 3600);
    const auto renewed
            = c.post("/token/refresh",
                     {{u"refreshToken"_s, QString::fromLatin1(field(login, "refreshToken"))}});
    QCOMPARE(renewed.status, 200);
    QCOMPARE(c.get("/userdetails", field(renewed.json(), "token")).status, 200);
    clock->advance(30 * 24 * 3600 + 1);
    const auto stale = c.post(
            "/token/refresh",
            {{u"refreshToken"_s, QString::fromLatin1(field(renewed.json(), "refreshToken"))}});
    QCOMPARE(stale.status, 401);
    QCOMPARE(stale.json().value("code"_L1).toString(), u"invalid_refresh_token"_s);

    // Five failures lock the email for the 15-minute window; moving past it unlocks it.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(c.post("/login", {{u"email"_s, Email}, {u"password"_s, u"wrong password"_s}})
                         .status,
                 401);
    const auto locked = c.post("/login", {{u"email"_s, Email}, {u"password"_s, Password}});
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.header("retry-after"), QByteArray("900"));
    clock->advance(900);
    QCOMPARE(c.post("/login", {{u"email"_s, Email}, {u"password"_s, Password}}).status, 200);
}

QTEST_GUILESS_MAIN(TestApiSessions)
#include "tst_api_sessions.moc"
