// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/apiclient.h"
#include "client/apierrors.h"
#include "testserver.h"
#include "translator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Email = u"ada@example.com"_s;
const QString Password = u"correct horse battery"_s;
} // namespace

// The desktop app's HTTP client against the real API: the session it keeps, the silent
// refresh of an access token that is refused, and the end of a session that cannot be kept.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void init();
    void loginKeepsTheSession();
    void refusedAccessTokenIsRefreshedOnce();
    void concurrentRequestsShareOneRefresh();
    void refusedRefreshEndsTheSession();
    void aReusedRefreshTokenIsSaidSo();
    void logoutEndsItOnTheServerToo();
    void errorsAreReadable();
    void rawExchangeReturnsTheWholeAnswer();
    void exchangeCanBeCancelled();
    void queriesAreEncoded();
    void parseTarget_data();
    void parseTarget();
    void fieldMessagesComeFromCodes();

private:
    ApiResult call(const std::function<void(ApiClient::Callback)> &request);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestApiClient::initTestCase()
{
    Translator::install(u"en"_s); // English plural forms

    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(Email, Password);
}

void TestApiClient::init()
{
    m_api = std::make_unique<ApiClient>();
    m_api->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
    QVERIFY(call([&](auto done) { m_api->login(Email, Password, done); }).ok());
}

ApiResult TestApiClient::call(const std::function<void(ApiClient::Callback)> &request)
{
    std::optional<ApiResult> result;
    request([&](const ApiResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {};
    return *result;
}

void TestApiClient::loginKeepsTheSession()
{
    QVERIFY(!m_api->session().accessToken.isEmpty());
    QVERIFY(!m_api->session().refreshToken.isEmpty());
    QCOMPARE(m_api->session().user.value("email"_L1).toString(), Email);
    QVERIFY(m_api->isAdmin());
    const ApiResult profile = call([&](auto done) { m_api->fetchProfile(done); });
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.object().value("email"_L1).toString(), Email);
    // The server knows this session as the desktop app's (X-Client-Name at login).
    const auto sessions = m_server->client().get("/sessions", m_api->session().accessToken);
    bool found = false;
    for (const auto &s : sessions.json().value("items"_L1).toArray()) {
        if (s.toObject().value("current"_L1).toBool())
            found = s.toObject().value("client"_L1).toString() == u"Reelvault desktop"_s;
    }
    QVERIFY2(found, sessions.body.constData());
}

void TestApiClient::refusedAccessTokenIsRefreshedOnce()
{
    QSignalSpy changed(m_api.get(), &ApiClient::sessionChanged);
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    ApiClient::Session s = m_api->session();
    const QByteArray oldRefresh = s.refreshToken;
    s.accessToken = "not.a.token"; // as good as expired: the server refuses it
    m_api->setSession(s);
    const ApiResult r = call([&](auto done) { m_api->fetchProfile(done); });
    QCOMPARE(r.status, 200); // the caller never saw the 401
    QVERIFY(m_api->session().accessToken != "not.a.token");
    QVERIFY(m_api->session().refreshToken != oldRefresh); // rotated
    QVERIFY(changed.count() >= 2);
    QCOMPARE(expired.count(), 0);
}

void TestApiClient::concurrentRequestsShareOneRefresh()
{
    ApiClient::Session s = m_api->session();
    s.accessToken = "not.a.token";
    m_api->setSession(s);
    int ok = 0, answered = 0;
    for (int i = 0; i < 5; ++i)
        m_api->fetchProfile([&](const ApiResult &r) {
            ++answered;
            ok += r.ok();
        });
    QTRY_COMPARE(answered, 5);
    // Five parallel refreshes of one rotating token would have revoked the login (reuse);
    // one shared refresh keeps it.
    QCOMPARE(ok, 5);
    QCOMPARE(call([&](auto done) { m_api->fetchProfile(done); }).status, 200);
}

void TestApiClient::refusedRefreshEndsTheSession()
{
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    m_api->setSession({"not.a.token", "not-a-refresh-token", {}});
    const ApiResult r = call([&](auto done) { m_api->fetchProfile(done); });
    QCOMPARE(r.status, 401);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!expired.first().first().toString().isEmpty());
    QVERIFY(!m_api->session().isValid());
}

void TestApiClient::aReusedRefreshTokenIsSaidSo()
{
    // Someone with a copy of the refresh token uses it first; when the app then refreshes with
    // its own (now spent) copy, the server ends the login and the app says why, not just "ended".
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    const QByteArray copy = m_api->session().refreshToken;
    QCOMPARE(m_server->client()
                     .post("/token/refresh", {{u"refreshToken"_s, QString::fromLatin1(copy)}})
                     .status,
             200);
    ApiClient::Session s = m_api->session();
    s.accessToken = "not.a.token";
    m_api->setSession(s);
    const ApiResult r = call([&](auto done) { m_api->fetchProfile(done); });
    QCOMPARE(r.status, 401);
    QCOMPARE(expired.count(), 1);
    QVERIFY2(expired.first().first().toString().contains(u"old sign-in"_s),
             qPrintable(expired.first().first().toString()));
    // And the thief's fresh token is refused too, saying the same.
    const auto thief = m_server->client().post("/token/refresh",
                                               {{u"refreshToken"_s, QString::fromLatin1(copy)}});
    QCOMPARE(thief.json().value("reason"_L1).toString(), u"reused"_s);
}

void TestApiClient::logoutEndsItOnTheServerToo()
{
    const QByteArray token = m_api->session().accessToken;
    const ApiResult r = call([&](auto done) { m_api->logout(done); });
    QCOMPARE(r.status, 204);
    QVERIFY(!m_api->session().isValid());
    QCOMPARE(m_server->client().get("/userdetails", token).status, 401);
}

void TestApiClient::errorsAreReadable()
{
    ApiClient anonymous;
    anonymous.setBaseUrl(m_api->baseUrl());
    const ApiResult wrong
            = call([&](auto done) { anonymous.login(Email, u"wrong password"_s, done); });
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.code(), u"invalid_credentials"_s);
    QVERIFY(!anonymous.session().isValid());
    const ApiResult invalid
            = call([&](auto done) { anonymous.registerAccount(u"x"_s, u"short"_s, {}, done); });
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.fieldCodes().value("email"_L1).toObject().value("code"_L1).toString(),
             u"invalid_email"_s);
    QCOMPARE(invalid.fieldCodes().value("password"_L1).toObject().value("code"_L1).toString(),
             u"too_short"_s);
    ApiClient nowhere;
    nowhere.setBaseUrl(QUrl(u"http://127.0.0.1:1"_s));
    const ApiResult down = call(
            [&](auto done) { nowhere.send("GET", u"/health"_s, {}, std::nullopt, false, done); });
    QCOMPARE(down.status, 0);
    QVERIFY(!down.networkError.isEmpty());
}

void TestApiClient::rawExchangeReturnsTheWholeAnswer()
{
    // Any method, path, headers and body, sent as given: here a body that is not JSON.
    ApiClient::Request r;
    r.method = "POST";
    r.path = u"/login"_s;
    r.headers = {{"Content-Type", "text/plain"}};
    r.body = "email=ada";
    const ApiResult answer = call([&](auto done) { m_api->exchange(r, done); });
    QCOMPARE(answer.status, 415);
    QCOMPARE(answer.reason, u"Unsupported Media Type"_s);
    QVERIFY(answer.isProblem());
    QCOMPARE(answer.code(), u"unsupported_media_type"_s);
    QCOMPARE(answer.headers.value("cache-control"), QByteArray("no-store"));
    QVERIFY(!answer.headerList.isEmpty());
    QVERIFY(answer.elapsedMs >= 0);
    QCOMPARE(m_api->inFlight(), 0);

    // No session unless asked for: a raw exchange is exactly what the person wrote.
    ApiClient::Request mine;
    mine.path = u"/userdetails"_s;
    QCOMPARE(call([&](auto done) { m_api->exchange(mine, done); }).status, 401);
    mine.withSession = true;
    QCOMPARE(call([&](auto done) { m_api->exchange(mine, done); }).status, 200);
}

void TestApiClient::exchangeCanBeCancelled()
{
    // A server that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ApiClient api;
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
    std::optional<ApiResult> result;
    QSignalSpy busy(&api, &ApiClient::inFlightChanged);
    const quint64 id = api.exchange({}, [&](const ApiResult &r) { result = r; });
    QCOMPARE(api.inFlight(), 1);
    QTRY_VERIFY(silent.hasPendingConnections() || silent.isListening());
    api.cancel(id);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->cancelled);
    QCOMPARE(result->status, 0);
    QCOMPARE(api.inFlight(), 0);
    QCOMPARE(busy.last().first().toInt(), 0);
}

void TestApiClient::queriesAreEncoded()
{
    // A search for "Fast & Furious" is one q, not a q and a stray parameter.
    QUrlQuery query;
    query.addQueryItem(u"q"_s, u"Fast & Furious"_s);
    query.addQueryItem(u"pageSize"_s, u"5"_s);
    const QUrl url = m_api->url(u"/moviedata"_s, query);
    QCOMPARE(url.path(), u"/moviedata"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"q"_s, QUrl::FullyDecoded), u"Fast & Furious"_s);
    const ApiResult r = call([&](auto done) { m_api->fetchMovies(query, done); });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("pageSize"_L1).toInt(), 5);
}

void TestApiClient::parseTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("q");
    QTest::addRow("path") << u"/health"_s << true << u"/health"_s << QString();
    QTest::addRow("with a query") << u"/moviedata?q=alien&page=2"_s << true << u"/moviedata"_s
                                  << u"alien"_s;
    QTest::addRow("encoded") << u"/moviedata?q=fast%20%26%20furious"_s << true << u"/moviedata"_s
                             << u"fast & furious"_s;
    QTest::addRow("spaces around") << u"  /health "_s << true << u"/health"_s << QString();
    QTest::addRow("no slash") << u"health"_s << false << QString() << QString();
    QTest::addRow("absolute URL") << u"http://evil.example/"_s << false << QString() << QString();
    QTest::addRow("network path") << u"//evil.example/x"_s << false << QString() << QString();
    QTest::addRow("fragment") << u"/health#x"_s << false << QString() << QString();
}

void TestApiClient::parseTarget()
{
    QFETCH(QString, target);
    QFETCH(bool, valid);
    QFETCH(QString, path);
    QFETCH(QString, q);
    const auto r = ApiClient::parseTarget(target);
    QCOMPARE(r.has_value(), valid);
    if (!r)
        return;
    QCOMPARE(r->path, path);
    QCOMPARE(r->query.queryItemValue(u"q"_s, QUrl::FullyDecoded), q);
}

void TestApiClient::fieldMessagesComeFromCodes()
{
    // The sentence beside a field is the app's own, made from the code and its limits: the
    // server's English wording is not read (here it is replaced by something else entirely).
    ApiResult r;
    r.status = 400;
    r.body = R"({"code":"validation_failed","errors":{"password":"x","name":"y","year":"z"},
        "fields":{"password":{"code":"too_short","min":12},"name":{"code":"too_long","max":100},
                  "year":{"code":"out_of_range","min":1870,"max":2100}}})";
    QCOMPARE(ApiErrors::fieldMessage(r, u"password"_s), u"Use at least 12 characters."_s);
    QCOMPARE(ApiErrors::fieldMessage(r, u"name"_s), u"Use at most 100 characters."_s);
    QCOMPARE(ApiErrors::fieldMessage(r, u"year"_s), u"Enter a number from 1870 to 2100."_s);
    QCOMPARE(ApiErrors::fieldMessage(r, u"email"_s), QString());
    // A code this app does not know: the server's own words rather than nothing.
    r.body = R"({"errors":{"email":"Email is from the future."},"fields":{"email":{"code":"new"}}})";
    QCOMPARE(ApiErrors::fieldMessage(r, u"email"_s), u"Email is from the future."_s);
}

QTEST_MAIN(TestApiClient)
#include "tst_apiclient.moc"
