// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilepayloads.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
} // namespace

// Hostile input on every route that reads a body: the server answers 4xx (never 5xx, never a
// crash), and every stored account and film is intact afterwards.
class TestApiHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void everyFieldOfEveryRoute_data();
    void everyFieldOfEveryRoute();
    void garbageRequests_data();
    void garbageRequests();
    void nothingWasHarmed();

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_admin;
    QByteArray m_user;
    QByteArray m_refresh;
};

void TestApiHostile::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = m_server->registerAndLogin(u"admin@example.com"_s, Password)
                      .value("token"_L1)
                      .toString()
                      .toLatin1();
    const QJsonObject user = m_server->registerAndLogin(u"user@example.com"_s, Password);
    m_user = user.value("token"_L1).toString().toLatin1();
    m_refresh = user.value("refreshToken"_L1).toString().toLatin1();
    QVERIFY(!m_admin.isEmpty() && !m_user.isEmpty());
}

void TestApiHostile::everyFieldOfEveryRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("asAdmin");
    struct Route
    {
        const char *method;
        const char *target;
        QStringList fields;
        bool admin;
    };
    const QList<Route> routes{
            {"POST", "/register", {u"email"_s, u"password"_s, u"name"_s}, false},
            {"POST", "/login", {u"email"_s, u"password"_s}, false},
            {"POST", "/token/refresh", {u"refreshToken"_s}, false},
            {"POST", "/logout", {u"refreshToken"_s}, false},
            {"PATCH", "/userdetails", {u"name"_s, u"password"_s, u"currentPassword"_s}, false},
            {"POST",
             "/moviedata",
             {u"title"_s, u"genre"_s, u"year"_s, u"releaseDate"_s, u"imdbRating"_s},
             true},
            {"PATCH", "/moviedata/1", {u"title"_s, u"director"_s, u"usGross"_s}, true},
    };
    for (const Route &route : routes) {
        for (const QString &field : route.fields) {
            for (const auto &[name, value] : HostilePayloads::values()) {
                // The hostile value in one field, plausible values in the others.
                QByteArray body = "{";
                for (const QString &other : route.fields) {
                    if (body.size() > 1)
                        body += ',';
                    body += '"' + other.toLatin1() + "\":";
                    body += other == field ? value : QByteArray(R"("ok value 123")");
                }
                body += '}';
                QTest::addRow("%s %s, %s: %s", route.method, route.target, qPrintable(field), name)
                        << QByteArray(route.method) << QByteArray(route.target) << body
                        << route.admin;
            }
        }
    }
}

void TestApiHostile::everyFieldOfEveryRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(bool, asAdmin);
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + (asAdmin ? m_admin : m_user));
    const auto response = m_server->client().send(r);
    QVERIFY2(response.status >= 200 && response.status < 500,
             qPrintable(u"%1: %2"_s.arg(response.status).arg(QString::fromUtf8(response.body))));
    if (response.status >= 400)
        QCOMPARE(response.header("content-type"), QByteArray("application/problem+json"));
    // Whatever was accepted is cleaned up, so the last test sees the original state.
    if (response.status == 201 && target == "/moviedata") {
        const QByteArray id = QByteArray::number(response.json().value("id"_L1).toInt());
        HttpClient::Request del;
        del.method = "DELETE";
        del.target = "/moviedata/" + id;
        del.headers = r.headers;
        QCOMPARE(m_server->client().send(del).status, 204);
    }
}

void TestApiHostile::garbageRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    for (const auto &[name, raw] : HostilePayloads::rawRequests())
        QTest::addRow("%s", name) << raw;
}

void TestApiHostile::garbageRequests()
{
    QFETCH(QByteArray, raw);
    const auto r = m_server->client().sendRaw(raw, 3000);
    // No answer (the parser hung up) or any answer but a server error; it carries on either way.
    QVERIFY2(r.status == 0 || r.status < 500, qPrintable(QString::number(r.status)));
    QCOMPARE(m_server->client().get("/health").status, 200);
}

void TestApiHostile::nothingWasHarmed()
{
    // Both accounts still sign in with their passwords and keep their roles.
    const QByteArray admin = m_server->login(u"admin@example.com"_s, Password);
    const QByteArray user = m_server->login(u"user@example.com"_s, Password);
    QVERIFY(!admin.isEmpty() && !user.isEmpty());
    QCOMPARE(m_server->client().get("/userdetails", admin).json().value("role"_L1).toString(),
             u"admin"_s);
    QCOMPARE(m_server->client().get("/userdetails", user).json().value("role"_L1).toString(),
             u"user"_s);
    // The catalogue has its 3,201 films and film 1 its title.
    QCOMPARE(m_server->client().get("/moviedata?pageSize=1", user).json().value("total"_L1).toInt(),
             3201);
    const QString title
            = m_server->client().get("/moviedata/1", user).json().value("title"_L1).toString();
    QVERIFY(title == u"The Land Girls"_s
            || title == u"ok value 123"_s); // PATCHed by the test above
    QCOMPARE(m_server->client()
                     .post("/register",
                           {{u"email"_s, u"admin@example.com"_s}, {u"password"_s, Password}})
                     .status,
             409);
}

QTEST_GUILESS_MAIN(TestApiHostile)
#include "tst_api_hostile.moc"
