// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
} // namespace

// The administrators' routes over accounts (contract v2), over real HTTP: GET /users with each
// account's live sessions, PATCH /users/{id} {role} taking effect on the next request,
// DELETE /users/{id} refusing the account's tokens at once; only administrators may; the last
// administrator can be neither demoted nor deleted, even by two requests racing.
class TestApiUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }
    void listsEveryAccountWithItsSessions();
    void onlyAdministrators_data();
    void onlyAdministrators();
    void roleChangeTakesEffectAtOnce();
    void lastAdminStays();
    void racingDemotionsLeaveAnAdmin();
    void deleteRefusesTheAccountsTokens();
    void badChanges_data();
    void badChanges();

private:
    HttpClient::Response send(const QByteArray &method, const QByteArray &target,
                              const QByteArray &token, const QByteArray &body = {}) const;
    QByteArray m_admin; // ada, the first account
    QByteArray m_user; // bob
    std::unique_ptr<TestServer> m_server;
};

void TestApiUsers::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = m_server->registerToken(u"ada@example.com"_s, Password);
    m_user = m_server->registerToken(u"bob@example.com"_s, Password);
}

HttpClient::Response TestApiUsers::send(const QByteArray &method, const QByteArray &target,
                                        const QByteArray &token, const QByteArray &body) const
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.headers = {{"Authorization", "Bearer " + token}};
    return m_server->client().send(r);
}

void TestApiUsers::listsEveryAccountWithItsSessions()
{
    m_server->login(u"bob@example.com"_s, Password);
    m_server->login(u"bob@example.com"_s, Password);
    const auto answer = send("GET", "/users", m_admin);
    QCOMPARE(answer.status, 200);
    const QJsonArray items = answer.json().value("items"_L1).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject ada = items.at(0).toObject();
    const QJsonObject bob = items.at(1).toObject();
    QCOMPARE(ada.value("email"_L1).toString(), u"ada@example.com"_s);
    QCOMPARE(ada.value("role"_L1).toString(), u"admin"_s);
    QCOMPARE(ada.value("sessions"_L1).toInt(), 1);
    QCOMPARE(bob.value("role"_L1).toString(), u"user"_s);
    QCOMPARE(bob.value("sessions"_L1).toInt(), 3);
    QVERIFY(!bob.contains("password"_L1) && !bob.contains("passwordHash"_L1));
    // An ended session no longer counts.
    QCOMPARE(send("POST", "/logout", m_user).status, 204);
    QCOMPARE(send("GET", "/users", m_admin)
                     .json()
                     .value("items"_L1)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value("sessions"_L1)
                     .toInt(),
             2);
}

void TestApiUsers::onlyAdministrators_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("list") << QByteArray("GET") << QByteArray("/users") << QByteArray();
    QTest::newRow("promote self") << QByteArray("PATCH") << QByteArray("/users/2")
                                  << QByteArray(R"({"role":"admin"})");
    QTest::newRow("delete the admin")
            << QByteArray("DELETE") << QByteArray("/users/1") << QByteArray();
}

void TestApiUsers::onlyAdministrators()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const auto answer = send(method, target, m_user, body);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.json().value("code"_L1).toString(), u"forbidden"_s);
    QCOMPARE(send(method, target, QByteArray()).status, 401);
    // Nothing changed.
    const QJsonArray items = send("GET", "/users", m_admin).json().value("items"_L1).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value("role"_L1).toString(), u"user"_s);
}

void TestApiUsers::roleChangeTakesEffectAtOnce()
{
    QCOMPARE(send("GET", "/users", m_user).status, 403);
    const auto promoted = send("PATCH", "/users/2", m_admin, R"({"role":"admin"})");
    QCOMPARE(promoted.status, 200);
    QCOMPARE(promoted.json().value("role"_L1).toString(), u"admin"_s);
    QCOMPARE(promoted.json().value("email"_L1).toString(), u"bob@example.com"_s);
    // Bob's existing token: an administrator's from the next request.
    QCOMPARE(send("GET", "/users", m_user).status, 200);
    // Now Ada may step down, and loses the routes at once.
    QCOMPARE(send("PATCH", "/users/1", m_user, R"({"role":"user"})").status, 200);
    QCOMPARE(send("GET", "/users", m_admin).status, 403);
    QCOMPARE(send("GET", "/userdetails", m_admin).json().value("role"_L1).toString(), u"user"_s);
}

void TestApiUsers::lastAdminStays()
{
    const auto demote = send("PATCH", "/users/1", m_admin, R"({"role":"user"})");
    QCOMPARE(demote.status, 409);
    QCOMPARE(demote.json().value("code"_L1).toString(), u"last_admin"_s);
    const auto remove = send("DELETE", "/users/1", m_admin);
    QCOMPARE(remove.status, 409);
    QCOMPARE(remove.json().value("code"_L1).toString(), u"last_admin"_s);
    // Making the admin an admin again is no change, and fine.
    QCOMPARE(send("PATCH", "/users/1", m_admin, R"({"role":"admin"})").status, 200);
    QCOMPARE(send("GET", "/users", m_admin).status, 200);
}

void TestApiUsers::racingDemotionsLeaveAnAdmin()
{
    QCOMPARE(send("PATCH", "/users/2", m_admin, R"({"role":"admin"})").status, 200);
    // Each demotes the other at the same moment: one of them must fail.
    QList<HttpClient::Request> both;
    for (const auto &[token, target] :
         {qMakePair(m_admin, QByteArray("/users/2")), qMakePair(m_user, QByteArray("/users/1"))}) {
        HttpClient::Request r;
        r.method = "PATCH";
        r.target = target;
        r.body = R"({"role":"user"})";
        r.headers = {{"Authorization", "Bearer " + token}};
        both << r;
    }
    const auto answers = m_server->client().sendAll(both);
    QList<int> statuses{answers.at(0).status, answers.at(1).status};
    std::sort(statuses.begin(), statuses.end());
    // 200 and 409, or 200 and 403 (the loser was demoted before its own request was checked).
    QCOMPARE(statuses.at(0), 200);
    QVERIFY2(statuses.at(1) == 409 || statuses.at(1) == 403,
             qPrintable(QString::number(statuses.at(1))));
    int admins = 0;
    // Ada demoted Bob (the first request) and stays, or the other way round.
    const QByteArray token = answers.at(0).status == 200 ? m_admin : m_user;
    for (const auto &u : send("GET", "/users", token).json().value("items"_L1).toArray())
        admins += u.toObject().value("role"_L1).toString() == u"admin"_s;
    QCOMPARE(admins, 1);
}

void TestApiUsers::deleteRefusesTheAccountsTokens()
{
    QCOMPARE(send("GET", "/userdetails", m_user).status, 200);
    QCOMPARE(send("DELETE", "/users/2", m_admin).status, 204);
    QCOMPARE(send("GET", "/userdetails", m_user).status, 401);
    QVERIFY(m_server->login(u"bob@example.com"_s, Password).isEmpty());
    QCOMPARE(send("GET", "/users", m_admin).json().value("items"_L1).toArray().size(), 1);
    // Gone: 404 the second time; never a user that was not there.
    QCOMPARE(send("DELETE", "/users/2", m_admin).status, 404);
    QCOMPARE(send("PATCH", "/users/99", m_admin, R"({"role":"user"})").status, 404);
    // The email is free again.
    QVERIFY(!m_server->registerToken(u"bob@example.com"_s, Password).isEmpty());
}

void TestApiUsers::badChanges_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("no role") << QByteArray("{}") << u"role"_s << u"required"_s;
    QTest::newRow("unknown role") << QByteArray(R"({"role":"owner"})") << u"role"_s
                                  << u"unknown_value"_s;
    QTest::newRow("role not a string")
            << QByteArray(R"({"role":1})") << u"role"_s << u"wrong_type"_s;
    QTest::newRow("another field") << QByteArray(R"({"role":"user","email":"x@example.com"})")
                                   << u"email"_s << u"unknown_field"_s;
}

void TestApiUsers::badChanges()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto answer = send("PATCH", "/users/2", m_admin, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()
                     .value("fields"_L1)
                     .toObject()
                     .value(field)
                     .toObject()
                     .value("code"_L1)
                     .toString(),
             code);
    QCOMPARE(send("GET", "/userdetails", m_user).json().value("role"_L1).toString(), u"user"_s);
}

QTEST_GUILESS_MAIN(TestApiUsers)
#include "tst_api_users.moc"
