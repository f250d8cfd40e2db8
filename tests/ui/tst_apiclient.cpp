#include "client/apiclient.h"
#include "testserver.h"

#include <QSignalSpy>
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
    void logoutEndsItOnTheServerToo();
    void errorsAreReadable();

private:
    ApiResult call(std::function<void(ApiClient::Callback)> request);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestApiClient::initTestCase()
{
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

ApiResult TestApiClient::call(std::function<void(ApiClient::Callback)> request)
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
    QVERIFY(invalid.fieldErrors().contains("email"_L1));
    QVERIFY(invalid.fieldErrors().contains("password"_L1));
    ApiClient nowhere;
    nowhere.setBaseUrl(QUrl(u"http://127.0.0.1:1"_s));
    const ApiResult down = call(
            [&](auto done) { nowhere.send("GET", u"/health"_s, std::nullopt, false, done); });
    QCOMPARE(down.status, 0);
    QVERIFY(!down.networkError.isEmpty());
}

QTEST_MAIN(TestApiClient)
#include "tst_apiclient.moc"
