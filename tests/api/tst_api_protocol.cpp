// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

Q_DECLARE_METATYPE(HttpClient::Request)

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Headers = HttpClient::Headers;

// A failed login per new email, so these tests stay below the per-email login throttle.
QByteArray failingLogin()
{
    static int n = 0;
    return R"({"email":"nobody)" + QByteArray::number(++n)
            + R"(@example.com","password":"wrong password"})";
}
} // namespace

// The contract's general rules, which hold for every route: problem+json errors, the common
// headers, Host and Origin checks, tokens in the query string, body size and type, 404 / 405.
class TestApiProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void health();
    void commonHeadersOnEveryAnswer_data();
    void commonHeadersOnEveryAnswer();
    void unknownPath();
    void wrongMethod_data();
    void wrongMethod();
    void hostAllowlist_data();
    void hostAllowlist();
    void foreignOrigin_data();
    void foreignOrigin();
    void tokenInQueryString_data();
    void tokenInQueryString();
    void contentType_data();
    void contentType();
    void bodySize();
    void oversizedBodyRefusedBeforeItArrives_data();
    void oversizedBodyRefusedBeforeItArrives();
    void hostileBodies_data();
    void hostileBodies();

private:
    HttpClient::Request request(const QByteArray &method, const QByteArray &target,
                                const QByteArray &body = {}, const Headers &headers = {}) const;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_token;
};

void TestApiProtocol::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_token = m_server->registerAndLogin(u"ada@example.com"_s, u"correct horse battery"_s)
                      .value("token"_L1)
                      .toString()
                      .toLatin1();
    QVERIFY(!m_token.isEmpty());
}

HttpClient::Request TestApiProtocol::request(const QByteArray &method, const QByteArray &target,
                                             const QByteArray &body, const Headers &headers) const
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.headers = headers;
    return r;
}

void TestApiProtocol::health()
{
    const auto r = m_server->client().get("/health");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(),
             (QJsonObject{{u"status"_s, u"ok"_s},
                          {u"version"_s, QStringLiteral(REELVAULT_VERSION)},
                          {u"hasAccounts"_s, true}}));
}

void TestApiProtocol::commonHeadersOnEveryAnswer_data()
{
    QTest::addColumn<HttpClient::Request>("req");
    QTest::addColumn<int>("status");
    const Headers auth{{"Authorization", "Bearer " + m_token}};
    QTest::addRow("200") << request("GET", "/moviedata/1", {}, auth) << 200;
    QTest::addRow("400") << request("POST", "/login", "{") << 400;
    QTest::addRow("401") << request("GET", "/userdetails") << 401;
    QTest::addRow("403") << request("POST", "/login", "{}", {{"Origin", "http://evil.example"}})
                         << 403;
    QTest::addRow("404") << request("GET", "/nope") << 404;
    QTest::addRow("405") << request("DELETE", "/health") << 405;
    QTest::addRow("409") << request(
            "POST", "/register",
            R"({"email":"ada@example.com","password":"correct horse battery"})")
                         << 409;
    QTest::addRow("413") << request("POST", "/login", QByteArray(70000, ' ')) << 413;
    QTest::addRow("415") << request("POST", "/login", "a", {{"Content-Type", "text/plain"}}) << 415;
    QTest::addRow("421") << request("GET", "/health", {}, {{"Host", "evil.example"}}) << 421;
}

void TestApiProtocol::commonHeadersOnEveryAnswer()
{
    QFETCH(HttpClient::Request, req);
    QFETCH(int, status);
    req.json = !req.headers.contains(
            qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    const auto r = m_server->client().send(req);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(!r.headers.contains("access-control-allow-origin"));
    if (status >= 400) {
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        const QJsonObject problem = r.json();
        QCOMPARE(problem.value("status"_L1).toInt(), status);
        for (const auto key : {"type", "title", "detail", "code"})
            QVERIFY2(!problem.value(QLatin1StringView(key)).toString().isEmpty(), key);
    }
}

void TestApiProtocol::unknownPath()
{
    for (const char *path : {"/nope", "/", "/moviedata/", "/health/", "/Health", "/login/x"}) {
        const auto r = m_server->client().get(path, m_token);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value("code"_L1).toString(), u"not_found"_s);
    }
}

void TestApiProtocol::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::addRow("GET /login") << QByteArray("GET") << QByteArray("/login") << QByteArray("POST");
    QTest::addRow("PUT /register")
            << QByteArray("PUT") << QByteArray("/register") << QByteArray("POST");
    QTest::addRow("POST /health") << QByteArray("POST") << QByteArray("/health")
                                  << QByteArray("GET");
    QTest::addRow("PUT /userdetails")
            << QByteArray("PUT") << QByteArray("/userdetails") << QByteArray("DELETE");
}

void TestApiProtocol::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, allow);
    const auto r = m_server->client().send(request(method, path));
    QCOMPARE(r.status, 405);
    QVERIFY2(r.header("allow").contains(allow), r.header("allow").constData());
    QCOMPARE(r.json().value("code"_L1).toString(), u"method_not_allowed"_s);
}

void TestApiProtocol::hostAllowlist_data()
{
    const QByteArray port = QByteArray::number(m_server->port());
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    QTest::addRow("127.0.0.1") << QByteArray("127.0.0.1") << 200;
    QTest::addRow("127.0.0.1:port") << "127.0.0.1:" + port << 200;
    QTest::addRow("localhost:port") << "localhost:" + port << 200;
    QTest::addRow("LOCALHOST") << QByteArray("LOCALHOST") << 200;
    QTest::addRow("[::1]:port") << "[::1]:" + port << 200;
    QTest::addRow("[::1]") << QByteArray("[::1]") << 200;
    QTest::addRow("rebinding name") << QByteArray("evil.example") << 421;
    QTest::addRow("rebinding name with port") << "evil.example:" + port << 421;
    QTest::addRow("suffix trick") << QByteArray("127.0.0.1.evil.example") << 421;
    QTest::addRow("prefix trick") << QByteArray("localhost.evil.example") << 421;
    QTest::addRow("userinfo trick") << QByteArray("localhost@evil.example") << 421;
    QTest::addRow("bad port") << QByteArray("localhost:http") << 421;
    QTest::addRow("other loopback address") << QByteArray("127.0.0.2") << 421;
}

void TestApiProtocol::hostAllowlist()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    const auto r = m_server->client().send(request("GET", "/health", {}, {{"Host", host}}));
    QCOMPARE(r.status, status);
    if (status == 421)
        QCOMPARE(r.json().value("code"_L1).toString(), u"misdirected_request"_s);
}

void TestApiProtocol::foreignOrigin_data()
{
    const QByteArray port = QByteArray::number(m_server->port());
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<bool>("refused");
    QTest::addRow("POST from a web site")
            << QByteArray("POST") << QByteArray("http://evil.example") << true;
    QTest::addRow("POST from a sandboxed frame")
            << QByteArray("POST") << QByteArray("null") << true;
    QTest::addRow("POST from another local port")
            << QByteArray("POST") << QByteArray("http://127.0.0.1:1") << true;
    QTest::addRow("POST over https") << QByteArray("POST") << "https://127.0.0.1:" + port << true;
    QTest::addRow("POST from our origin")
            << QByteArray("POST") << "http://127.0.0.1:" + port << false;
    QTest::addRow("POST from localhost")
            << QByteArray("POST") << "http://localhost:" + port << false;
    QTest::addRow("POST from [::1]") << QByteArray("POST") << "http://[::1]:" + port << false;
    QTest::addRow("GET from a web site")
            << QByteArray("GET") << QByteArray("http://evil.example") << false;
}

void TestApiProtocol::foreignOrigin()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, origin);
    QFETCH(bool, refused);
    const QByteArray body = method == "POST" ? failingLogin() : QByteArray();
    const auto r = m_server->client().send(
            request(method, method == "POST" ? "/login" : "/health", body, {{"Origin", origin}}));
    if (refused) {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value("code"_L1).toString(), u"forbidden_origin"_s);
    } else {
        QVERIFY(r.status != 403);
        QCOMPARE(r.status, method == "POST" ? 401 : 200);
    }
}

void TestApiProtocol::tokenInQueryString_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("withHeader");
    QTest::addRow("token") << "/moviedata?token=" + m_token << false;
    QTest::addRow("access_token") << "/userdetails?access_token=" + m_token << false;
    QTest::addRow("jwt") << "/moviedata?page=1&jwt=" + m_token << false;
    QTest::addRow("even with a good header") << "/moviedata?access_token=" + m_token << true;
}

void TestApiProtocol::tokenInQueryString()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, withHeader);
    const auto r = m_server->client().get(target, withHeader ? m_token : QByteArray());
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").startsWith("Bearer realm=\"reelvault\""));
    QVERIFY(r.json().value("detail"_L1).toString().contains(u"Authorization header"_s));
}

void TestApiProtocol::contentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addRow("application/json") << QByteArray("application/json") << 401;
    QTest::addRow("with charset") << QByteArray("application/json; charset=utf-8") << 401;
    QTest::addRow("upper case") << QByteArray("Application/JSON;charset=UTF-8") << 401;
    QTest::addRow("text/plain") << QByteArray("text/plain") << 415;
    QTest::addRow("form") << QByteArray("application/x-www-form-urlencoded") << 415;
    QTest::addRow("other charset") << QByteArray("application/json; charset=latin1") << 415;
    QTest::addRow("json suffix lookalike") << QByteArray("application/jsonx") << 415;
    QTest::addRow("missing") << QByteArray() << 415;
}

void TestApiProtocol::contentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    HttpClient::Request r = request("POST", "/login", failingLogin());
    r.json = false;
    if (!contentType.isEmpty())
        r.headers << qMakePair(QByteArray("Content-Type"), contentType);
    const auto response = m_server->client().send(r);
    QCOMPARE(response.status, status);
    if (status == 415)
        QCOMPARE(response.json().value("code"_L1).toString(), u"unsupported_media_type"_s);
}

void TestApiProtocol::bodySize()
{
    auto padded = [](qsizetype size) {
        QByteArray body = failingLogin().chopped(1) + R"(,"pad":")";
        body += QByteArray(size - body.size() - 2, 'x') + "\"}";
        return body;
    };
    const auto atLimit = m_server->client().send(request("POST", "/login", padded(64 * 1024)));
    QCOMPARE(atLimit.status, 401);
    const auto over = m_server->client().send(request("POST", "/login", padded(64 * 1024 + 1)));
    QCOMPARE(over.status, 413);
    QCOMPARE(over.json().value("code"_L1).toString(), u"payload_too_large"_s);
    const auto huge
            = m_server->client().send(request("POST", "/register", padded(4 * 1024 * 1024)));
    QCOMPARE(huge.status, 413);
    QCOMPARE(m_server->client().get("/health").status, 200);
}

void TestApiProtocol::oversizedBodyRefusedBeforeItArrives_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("bodyStart");
    // 100 MB announced, none of it sent: only an answer before the body can arrive in time.
    QTest::addRow("Content-Length 100 MB")
            << QByteArray("POST /register HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n")
            << QByteArray("{\"email\":");
    QTest::addRow("absurd Content-Length") << QByteArray(
            "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                           << QByteArray();
    // A chunked body has no length up front: it is refused once it grows past the limit.
    QByteArray chunks;
    for (int i = 0; i < 100; ++i)
        chunks += "400\r\n" + QByteArray(1024, 'x') + "\r\n";
    QTest::addRow("chunked, growing")
            << QByteArray("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            << chunks;
}

void TestApiProtocol::oversizedBodyRefusedBeforeItArrives()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, bodyStart);
    const auto r = m_server->client().sendRaw(head + bodyStart, 5000);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(r.json().value("code"_L1).toString(), u"payload_too_large"_s);
    QCOMPARE(m_server->client().get("/health").status, 200);
}

void TestApiProtocol::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addRow("truncated") << QByteArray(R"({"email":"a@b.c",)") << 400;
    QTest::addRow("array") << QByteArray(R"(["a@b.c","correct horse"])") << 400;
    QTest::addRow("string") << QByteArray(R"("hello")") << 400;
    QTest::addRow("invalid UTF-8")
            << QByteArray("{\"email\":\"\xff\xfe@b.c\",\"password\":\"correct horse\"}") << 400;
    QTest::addRow("nested 10000 deep") << QByteArray(10000, '[') + QByteArray(10000, ']') << 400;
    QTest::addRow("nested objects") << QByteArray(R"({"email":)").repeated(1)
                    + QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray(5001, '}')
                                    << 400;
    QTest::addRow("NUL in a value")
            << QByteArray(R"({"email":"a@b.c","password":"correct\u0000horse"})") << 400;
    QTest::addRow("20 KB email") << R"({"email":")" + QByteArray(20000, 'e')
                    + R"(@b.c","password":"correct horse"})"
                                 << 400;
    QTest::addRow("SQL-looking email") << QByteArray(
            R"({"email":"x');DROP/**/TABLE/**/users;--@b.c","password":"correct horse battery","name":"Robert'); DROP TABLE users;--"})")
                                       << 201;
}

void TestApiProtocol::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto r = m_server->client().send(request("POST", "/register", body));
    QCOMPARE(r.status, status);
    // The server is alive and the first account is intact.
    QCOMPARE(m_server->client().get("/userdetails", m_token).json().value("email"_L1).toString(),
             u"ada@example.com"_s);
}

QTEST_GUILESS_MAIN(TestApiProtocol)
#include "tst_api_protocol.moc"
