// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
} // namespace

// GET /sessions and ending sessions (contract v2), over real HTTP against a server on a manual
// clock: each login is a session with its client and times; "current" marks the caller's; ending
// one refuses its access token on the very next request and its refresh token too; others/all;
// another user's session is 404; the last use is written at most once a minute.
class TestApiSessionList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }
    void listsEachLogin_data();
    void listsEachLogin();
    void endingOneRefusesItsTokensAtOnce();
    void endOthersKeepsThisOne();
    void endAll();
    void badScope_data();
    void badScope();
    void anotherUsersSessionIsNotFound();
    void lastUseIsWrittenAtMostOnceAMinute();

private:
    struct Login
    {
        QByteArray access;
        QByteArray refresh;
    };
    Login login(const QString &email, const QList<QPair<QByteArray, QByteArray>> &headers) const;
    QJsonArray sessions(const QByteArray &token) const;
    int send(const QByteArray &method, const QByteArray &target, const QByteArray &token) const;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
};

void TestApiSessionList::init()
{
    m_clock = std::make_shared<ManualClock>(QDateTime::currentSecsSinceEpoch());
    m_server = std::make_unique<TestServer>();
    ServerConfig config;
    config.clock = m_clock;
    QVERIFY2(m_server->start(config), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"ada@example.com"_s, Password);
    m_server->registerAndLogin(u"bob@example.com"_s, Password);
}

TestApiSessionList::Login
TestApiSessionList::login(const QString &email,
                          const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    HttpClient::Request r;
    r.method = "POST";
    r.target = "/login";
    r.body = QJsonDocument(QJsonObject{{u"email"_s, email}, {u"password"_s, Password}}).toJson();
    r.headers = headers;
    const auto answer = m_server->client().send(r);
    return {answer.json().value("token"_L1).toString().toLatin1(),
            answer.json().value("refreshToken"_L1).toString().toLatin1()};
}

QJsonArray TestApiSessionList::sessions(const QByteArray &token) const
{
    const auto answer = m_server->client().get("/sessions", token);
    return answer.status == 200 ? answer.json().value("items"_L1).toArray() : QJsonArray();
}

int TestApiSessionList::send(const QByteArray &method, const QByteArray &target,
                             const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    r.headers = {{"Authorization", "Bearer " + token}};
    return m_server->client().send(r).status;
}

void TestApiSessionList::listsEachLogin_data()
{
    QTest::addColumn<QByteArray>("clientName");
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QString>("shown");
    QTest::newRow("X-Client-Name")
            << QByteArray("Reelvault desktop") << QByteArray("curl/7.88") << u"Reelvault desktop"_s;
    QTest::newRow("else the User-Agent")
            << QByteArray() << QByteArray("curl/7.88.1") << u"curl/7.88.1"_s;
    QTest::newRow("else unknown") << QByteArray() << QByteArray() << u"unknown"_s;
    // (Control characters other than a tab are refused with the whole request: RFC 9110 §5.5.)
    QTest::newRow("tabs and runs of spaces made one")
            << QByteArray("My\t  laptop ") << QByteArray() << u"My laptop"_s;
    QTest::newRow("long names cut") << QByteArray(300, 'x') << QByteArray() << QString(80, u'x');
}

void TestApiSessionList::listsEachLogin()
{
    QFETCH(QByteArray, clientName);
    QFETCH(QByteArray, userAgent);
    QFETCH(QString, shown);
    // (registerAndLogin made one session already.)
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!clientName.isEmpty())
        headers << qMakePair(QByteArray("X-Client-Name"), clientName);
    if (!userAgent.isEmpty())
        headers << qMakePair(QByteArray("User-Agent"), userAgent);
    m_clock->advance(120);
    const Login first = login(u"ada@example.com"_s, headers);
    QVERIFY(!first.access.isEmpty());
    const QJsonArray items = sessions(first.access);
    QCOMPARE(items.size(), 2);
    // The most recently used first: this one, marked current, with its client and times.
    const QJsonObject mine = items.at(0).toObject();
    QCOMPARE(mine.value("client"_L1).toString(), shown);
    QCOMPARE(mine.value("current"_L1).toBool(), true);
    const QString now
            = QDateTime::fromSecsSinceEpoch(m_clock->now(), Qt::UTC).toString(Qt::ISODate);
    QCOMPARE(mine.value("createdAt"_L1).toString(), now);
    QCOMPARE(mine.value("lastUsedAt"_L1).toString(), now);
    QVERIFY(mine.value("id"_L1).toInteger() > 0);
    QCOMPARE(items.at(1).toObject().value("current"_L1).toBool(), false);
    // Bob sees only his own.
    QCOMPARE(sessions(login(u"bob@example.com"_s, {}).access).size(), 2);
}

void TestApiSessionList::endingOneRefusesItsTokensAtOnce()
{
    const Login laptop = login(u"ada@example.com"_s, {{"X-Client-Name", "laptop"}});
    const Login phone = login(u"ada@example.com"_s, {{"X-Client-Name", "phone"}});
    QCOMPARE(send("GET", "/userdetails", laptop.access), 200);
    qint64 laptopId = 0;
    for (const auto &s : sessions(phone.access)) {
        if (s.toObject().value("client"_L1).toString() == u"laptop"_s)
            laptopId = s.toObject().value("id"_L1).toInteger();
    }
    QVERIFY(laptopId > 0);
    QCOMPARE(send("DELETE", "/sessions/" + QByteArray::number(laptopId), phone.access), 204);
    // Its access token, on the very next request; and its refresh token.
    QCOMPARE(send("GET", "/userdetails", laptop.access), 401);
    QCOMPARE(m_server->client()
                     .post("/token/refresh",
                           {{u"refreshToken"_s, QString::fromLatin1(laptop.refresh)}})
                     .status,
             401);
    QCOMPARE(send("GET", "/userdetails", phone.access), 200);
    for (const auto &s : sessions(phone.access))
        QVERIFY(s.toObject().value("id"_L1).toInteger() != laptopId);
    // Ended already: 404.
    QCOMPARE(send("DELETE", "/sessions/" + QByteArray::number(laptopId), phone.access), 404);
}

void TestApiSessionList::endOthersKeepsThisOne()
{
    const Login a = login(u"ada@example.com"_s, {});
    const Login b = login(u"ada@example.com"_s, {});
    QVERIFY(sessions(a.access).size() >= 3);
    QCOMPARE(send("DELETE", "/sessions?scope=others", a.access), 204);
    QCOMPARE(send("GET", "/userdetails", b.access), 401);
    QCOMPARE(send("GET", "/userdetails", a.access), 200);
    const QJsonArray left = sessions(a.access);
    QCOMPARE(left.size(), 1);
    QVERIFY(left.at(0).toObject().value("current"_L1).toBool());
}

void TestApiSessionList::endAll()
{
    const Login a = login(u"ada@example.com"_s, {});
    const Login b = login(u"ada@example.com"_s, {});
    const Login bob = login(u"bob@example.com"_s, {});
    QCOMPARE(send("DELETE", "/sessions?scope=all", a.access), 204);
    QCOMPARE(send("GET", "/userdetails", a.access), 401);
    QCOMPARE(send("GET", "/userdetails", b.access), 401);
    QCOMPARE(send("GET", "/userdetails", bob.access), 200); // another user's: untouched
}

void TestApiSessionList::badScope_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("none") << QByteArray("/sessions");
    QTest::newRow("empty") << QByteArray("/sessions?scope=");
    QTest::newRow("unknown") << QByteArray("/sessions?scope=everyone");
}

void TestApiSessionList::badScope()
{
    QFETCH(QByteArray, target);
    const Login a = login(u"ada@example.com"_s, {});
    HttpClient::Request r;
    r.method = "DELETE";
    r.target = target;
    r.headers = {{"Authorization", "Bearer " + a.access}};
    const auto answer = m_server->client().send(r);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()
                     .value("fields"_L1)
                     .toObject()
                     .value("scope"_L1)
                     .toObject()
                     .value("code"_L1)
                     .toString(),
             u"unknown_value"_s);
    QCOMPARE(send("GET", "/userdetails", a.access), 200); // nothing ended
}

void TestApiSessionList::anotherUsersSessionIsNotFound()
{
    const Login bob = login(u"bob@example.com"_s, {});
    const Login ada = login(u"ada@example.com"_s, {});
    const qint64 bobs = sessions(bob.access).at(0).toObject().value("id"_L1).toInteger();
    QCOMPARE(send("DELETE", "/sessions/" + QByteArray::number(bobs), ada.access), 404);
    QCOMPARE(send("GET", "/userdetails", bob.access), 200);
    QCOMPARE(send("GET", "/sessions/" + QByteArray::number(bobs), ada.access), 405);
    QCOMPARE(send("GET", "/sessions", QByteArray()), 401);
}

void TestApiSessionList::lastUseIsWrittenAtMostOnceAMinute()
{
    const Login a = login(u"ada@example.com"_s, {});
    const qint64 start = m_clock->now();
    auto lastUsed = [&] {
        for (const auto &s : sessions(a.access)) {
            if (s.toObject().value("current"_L1).toBool())
                return QDateTime::fromString(s.toObject().value("lastUsedAt"_L1).toString(),
                                             Qt::ISODate)
                        .toSecsSinceEpoch();
        }
        return qint64(-1);
    };
    QCOMPARE(lastUsed(), start);
    // Within the minute: requests do not move it.
    m_clock->advance(30);
    QCOMPARE(send("GET", "/userdetails", a.access), 200);
    QCOMPARE(lastUsed(), start);
    // A minute after it was written: the next request writes it (by the writer, just after).
    m_clock->advance(31);
    QCOMPARE(send("GET", "/userdetails", a.access), 200);
    QTRY_COMPARE(lastUsed(), start + 61);
    m_clock->advance(10);
    QCOMPARE(send("GET", "/userdetails", a.access), 200);
    QCOMPARE(lastUsed(), start + 61);
}

QTEST_GUILESS_MAIN(TestApiSessionList)
#include "tst_api_sessionlist.moc"
