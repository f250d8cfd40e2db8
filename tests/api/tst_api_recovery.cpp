// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "domain/securityevent.h"
#include "testserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
const QString NewPassword = u"a much better passphrase"_s;
const QRegularExpression CodeShape(u"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"_s);
} // namespace

// Recovery codes and the account's security history (contract v2), over real HTTP against a
// server on a manual clock: ten codes at sign-up, kept only as hashes; POST /recover spends one,
// sets the new password, ends every session and signs in; every failure answers alike, in
// comparable time, and is throttled like a login; new codes need the current password; each of
// these, and sign-ins, failures and ended sessions, is in GET /userdetails/events with its
// client and address, newest first, for a year.
class TestApiRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }
    void signUpShowsTenCodesKeptAsHashes();
    void recoverWithACode();
    void aCodeIsForgivingToType_data();
    void aCodeIsForgivingToType();
    void everyFailureAnswersAlike_data();
    void everyFailureAnswersAlike();
    void failuresTakeComparableTime();
    void recoveryIsThrottledLikeLogin();
    void newCodesReplaceTheOld();
    void badRequests_data();
    void badRequests();
    void eventsRecordWhatHappened();
    void eventsArePagedAndPrivate();
    void eventsAreKeptForAYear();

private:
    struct Account
    {
        QByteArray access;
        QByteArray refresh;
        QStringList codes;
    };
    Account signUp(const QString &email) const;
    HttpClient::Response recover(const QString &email, const QString &code,
                                 const QString &newPassword = NewPassword) const;
    QJsonArray events(const QByteArray &token, const QByteArray &query = {}) const;
    QStringList eventTypes(const QByteArray &token) const;

    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
};

void TestApiRecovery::init()
{
    m_clock = std::make_shared<ManualClock>(QDateTime::currentSecsSinceEpoch());
    m_server = std::make_unique<TestServer>();
    ServerConfig config;
    config.clock = m_clock;
    QVERIFY2(m_server->start(config), qPrintable(m_server->error()));
}

TestApiRecovery::Account TestApiRecovery::signUp(const QString &email) const
{
    const auto reg = m_server->client().post("/register",
                                             {{u"email"_s, email}, {u"password"_s, Password}});
    Account a;
    if (reg.status != 201)
        return a;
    for (const auto &c : reg.json().value("recoveryCodes"_L1).toArray())
        a.codes << c.toString();
    const auto login
            = m_server->client().post("/login", {{u"email"_s, email}, {u"password"_s, Password}});
    a.access = login.json().value("token"_L1).toString().toLatin1();
    a.refresh = login.json().value("refreshToken"_L1).toString().toLatin1();
    return a;
}

HttpClient::Response TestApiRecovery::recover(const QString &email, const QString &code,
                                              const QString &newPassword) const
{
    HttpClient::Request r;
    r.method = "POST";
    r.target = "/recover";
    r.body = QJsonDocument(QJsonObject{{u"email"_s, email},
                                       {u"recoveryCode"_s, code},
                                       {u"newPassword"_s, newPassword}})
                     .toJson(QJsonDocument::Compact);
    r.headers = {{"X-Client-Name", "Recovery test"}};
    return m_server->client().send(r);
}

QJsonArray TestApiRecovery::events(const QByteArray &token, const QByteArray &query) const
{
    const auto answer = m_server->client().get("/userdetails/events" + query, token);
    return answer.status == 200 ? answer.json().value("items"_L1).toArray() : QJsonArray();
}

QStringList TestApiRecovery::eventTypes(const QByteArray &token) const
{
    QStringList types;
    for (const auto &e : events(token, "?pageSize=200"))
        types << e.toObject().value("type"_L1).toString();
    return types;
}

void TestApiRecovery::signUpShowsTenCodesKeptAsHashes()
{
    const Account ada = signUp(u"ada@example.com"_s);
    QCOMPARE(ada.codes.size(), 10);
    for (const QString &code : ada.codes)
        QVERIFY2(CodeShape.match(code).hasMatch(), qPrintable(code));
    QCOMPARE(QSet<QString>(ada.codes.begin(), ada.codes.end()).size(), 10);
    QCOMPARE(m_server->client()
                     .get("/userdetails/recovery-codes", ada.access)
                     .json()
                     .value("unused"_L1)
                     .toInt(),
             10);
    // Another account's codes are others.
    const Account bob = signUp(u"bob@example.com"_s);
    for (const QString &code : bob.codes)
        QVERIFY(!ada.codes.contains(code));

    // On disk: ten 32-byte hashes per account, and no code in any form.
    m_server->stop();
    const QString path = m_server->dataDir() + u"/reelvault.sqlite"_s;
    QByteArray pgRows;
    {
        QSqlDatabase db = m_server->inspect(u"inspect"_s);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT user_id, length(code_hash) FROM recovery_codes"_s));
        int rows = 0;
        while (q.next()) {
            QCOMPARE(q.value(1).toInt(), 32);
            ++rows;
        }
        QCOMPARE(rows, 20);
        // On PostgreSQL, whose files are the cluster's: every row of every table, as text.
        if (db.driverName() == "QPSQL"_L1) {
            QSqlQuery tables(db);
            QVERIFY(tables.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s));
            while (tables.next()) {
                QSqlQuery rowsOf(db);
                QVERIFY(rowsOf.exec(u"SELECT string_agg(t::text, ' ') FROM %1 t"_s.arg(
                        tables.value(0).toString())));
                if (rowsOf.next())
                    pgRows += rowsOf.value(0).toString().toUtf8();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    QByteArray bytes = pgRows;
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 4096);
    for (const QString &code : ada.codes) {
        QVERIFY(!bytes.contains(code.toLatin1()));
        QVERIFY(!bytes.contains(QString(code).remove(u'-').toLatin1()));
    }
}

void TestApiRecovery::recoverWithACode()
{
    const Account ada = signUp(u"ada@example.com"_s);
    const QByteArray other = m_server->login(u"ada@example.com"_s, Password);
    const auto answer = recover(u"ada@example.com"_s, ada.codes.at(3));
    QCOMPARE(answer.status, 200);
    // The login shape, signed in as Ada.
    const QJsonObject body = answer.json();
    QCOMPARE(body.value("tokenType"_L1).toString(), u"Bearer"_s);
    QCOMPARE(body.value("user"_L1).toObject().value("email"_L1).toString(), u"ada@example.com"_s);
    const QByteArray fresh = body.value("token"_L1).toString().toLatin1();
    QCOMPARE(m_server->client().get("/userdetails", fresh).status, 200);
    QVERIFY(!body.value("refreshToken"_L1).toString().isEmpty());
    // Every other session ended, on the very next request; their refresh tokens too.
    QCOMPARE(m_server->client().get("/userdetails", ada.access).status, 401);
    QCOMPARE(m_server->client().get("/userdetails", other).status, 401);
    QCOMPARE(
            m_server->client()
                    .post("/token/refresh", {{u"refreshToken"_s, QString::fromLatin1(ada.refresh)}})
                    .status,
            401);
    QCOMPARE(m_server->client().get("/sessions", fresh).json().value("items"_L1).toArray().size(),
             1);
    // The new password works, the old does not.
    QVERIFY(!m_server->login(u"ada@example.com"_s, NewPassword).isEmpty());
    QVERIFY(m_server->login(u"ada@example.com"_s, Password).isEmpty());
    // The code is spent: once only. The others still work.
    QCOMPARE(m_server->client()
                     .get("/userdetails/recovery-codes", fresh)
                     .json()
                     .value("unused"_L1)
                     .toInt(),
             9);
    QCOMPARE(recover(u"ada@example.com"_s, ada.codes.at(3), u"yet another passphrase"_s).status,
             401);
    QCOMPARE(recover(u"ada@example.com"_s, ada.codes.at(4), u"yet another passphrase"_s).status,
             200);
}

void TestApiRecovery::aCodeIsForgivingToType_data()
{
    QTest::addColumn<int>("transform");
    QTest::newRow("lower case") << 0;
    QTest::newRow("no dashes") << 1;
    QTest::newRow("spaces, surrounding blanks") << 2;
    QTest::newRow("O, I, L for 0, 1, 1") << 3;
}

void TestApiRecovery::aCodeIsForgivingToType()
{
    QFETCH(int, transform);
    const Account ada = signUp(u"ada@example.com"_s);
    // A code with a 0 or a 1 for the look-alike case; any for the others.
    QString code = ada.codes.first();
    if (transform == 3) {
        const auto it = std::find_if(ada.codes.begin(), ada.codes.end(), [](const QString &c) {
            return c.contains(u'0') || c.contains(u'1');
        });
        QVERIFY(it != ada.codes.end()); // 10 codes of 16 characters: all but certain
        code = *it;
    }
    QString typed = code;
    switch (transform) {
    case 0:
        typed = typed.toLower();
        break;
    case 1:
        typed.remove(u'-');
        break;
    case 2:
        typed = u"  "_s + typed.replace(u'-', u' ') + u" "_s;
        break;
    case 3:
        typed.replace(u'0', u'o').replace(u'1', u'L');
        break;
    }
    QCOMPARE(recover(u"ada@example.com"_s, typed).status, 200);
}

void TestApiRecovery::everyFailureAnswersAlike_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("code"); // -1: made up; -2: spent; -3: not even a code's shape
    QTest::newRow("unknown email, a real code") << u"nobody@example.com"_s << 0;
    QTest::newRow("wrong code") << u"ada@example.com"_s << -1;
    QTest::newRow("spent code") << u"ada@example.com"_s << -2;
    QTest::newRow("another account's code") << u"bob@example.com"_s << 1;
    QTest::newRow("not a code") << u"ada@example.com"_s << -3;
}

void TestApiRecovery::everyFailureAnswersAlike()
{
    QFETCH(QString, email);
    QFETCH(int, code);
    const Account ada = signUp(u"ada@example.com"_s);
    signUp(u"bob@example.com"_s);
    QString typed;
    if (code >= 0) {
        typed = ada.codes.at(code);
    } else if (code == -1) {
        typed = u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s;
    } else if (code == -2) {
        QCOMPARE(recover(u"ada@example.com"_s, ada.codes.at(5)).status, 200);
        typed = ada.codes.at(5);
    } else {
        typed = u"letmein"_s;
    }
    const auto answer = recover(email, typed, u"yet another passphrase"_s);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json().value("code"_L1).toString(), u"invalid_recovery"_s);
    // Word for word the same answer, whatever the reason.
    static QByteArray first;
    if (QByteArray(QTest::currentDataTag()) == "unknown email, a real code")
        first = answer.body;
    QCOMPARE(answer.body, first);
}

void TestApiRecovery::failuresTakeComparableTime()
{
    // Each answer costs one password hash whatever fails: an unknown email must not answer
    // faster than a known one with a wrong code. Medians of 5, against the clock's noise; the
    // bound is wide (a shared machine) yet far below what skipping the hash would give (~10×).
    const Account ada = signUp(u"ada@example.com"_s);
    QList<qint64> unknown;
    QList<qint64> wrong;
    for (int i = 0; i < 5; ++i) {
        for (auto *list : {&unknown, &wrong}) {
            m_clock->advance(16 * 60); // past the throttle's window
            QElapsedTimer t;
            t.start();
            const auto answer
                    = recover(list == &unknown ? u"nobody@example.com"_s : u"ada@example.com"_s,
                              u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s);
            list->append(t.nsecsElapsed());
            QCOMPARE(answer.status, 401);
        }
    }
    std::sort(unknown.begin(), unknown.end());
    std::sort(wrong.begin(), wrong.end());
    const double ratio = double(unknown.at(2)) / double(wrong.at(2));
    qInfo("median unknown email %.1f ms, wrong code %.1f ms", unknown.at(2) / 1e6,
          wrong.at(2) / 1e6);
    QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QString::number(ratio)));
}

void TestApiRecovery::recoveryIsThrottledLikeLogin()
{
    const Account ada = signUp(u"ada@example.com"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(recover(u"ada@example.com"_s, u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s).status, 401);
    // Now even the right code waits, and a login too: they share the throttle.
    const auto refused = recover(u"ada@example.com"_s, ada.codes.at(0));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.headers.value("retry-after").toInt() > 0);
    QCOMPARE(
            m_server->client()
                    .post("/login", {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                    .status,
            429);
    // The code was not spent by the refused attempt; after the window it works.
    m_clock->advance(15 * 60 + 1);
    const auto answer = recover(u"ada@example.com"_s, ada.codes.at(0));
    QCOMPARE(answer.status, 200);
    const QStringList types = eventTypes(answer.json().value("token"_L1).toString().toLatin1());
    QCOMPARE(types.count(u"recovery_failed"_s), 5);
    QCOMPARE(types.count(u"throttled"_s), 1);
    QCOMPARE(types.count(u"recovery_code_used"_s), 1);
}

void TestApiRecovery::newCodesReplaceTheOld()
{
    const Account ada = signUp(u"ada@example.com"_s);
    QCOMPARE(m_server->client()
                     .post("/userdetails/recovery-codes", {{u"currentPassword"_s, u"wrong"_s}},
                           ada.access)
                     .status,
             403);
    const auto answer = m_server->client().post("/userdetails/recovery-codes",
                                                {{u"currentPassword"_s, Password}}, ada.access);
    QCOMPARE(answer.status, 200);
    QStringList fresh;
    for (const auto &c : answer.json().value("recoveryCodes"_L1).toArray())
        fresh << c.toString();
    QCOMPARE(fresh.size(), 10);
    for (const QString &code : fresh) {
        QVERIFY(CodeShape.match(code).hasMatch());
        QVERIFY(!ada.codes.contains(code));
    }
    // The old ones stop working; the new ones work. Regenerating ends no session.
    QCOMPARE(m_server->client().get("/userdetails", ada.access).status, 200);
    QVERIFY(eventTypes(ada.access).contains(u"recovery_codes_regenerated"_s));
    QCOMPARE(recover(u"ada@example.com"_s, ada.codes.at(0)).status, 401);
    QCOMPARE(recover(u"ada@example.com"_s, fresh.at(0)).status, 200);
}

void TestApiRecovery::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("no code") << QByteArray(R"({"email":"ada@example.com","newPassword":"a much )"
                                           R"(better passphrase"})")
                             << u"recoveryCode"_s << u"required"_s;
    QTest::newRow("code not a string")
            << QByteArray(R"({"email":"ada@example.com","recoveryCode":7,"newPassword":"a much )"
                          R"(better passphrase"})")
            << u"recoveryCode"_s << u"wrong_type"_s;
    QTest::newRow("weak new password")
            << QByteArray(R"({"email":"ada@example.com","recoveryCode":"x","newPassword":"short"})")
            << u"newPassword"_s << u"too_short"_s;
    QTest::newRow("common new password") << QByteArray(R"({"email":"ada@example.com",)"
                                                       R"("recoveryCode":"x","newPassword":)"
                                                       R"("password123"})")
                                         << u"newPassword"_s << u"too_common"_s;
}

void TestApiRecovery::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const Account ada = signUp(u"ada@example.com"_s);
    HttpClient::Request r;
    r.method = "POST";
    r.target = "/recover";
    r.body = body;
    const auto answer = m_server->client().send(r);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()
                     .value("fields"_L1)
                     .toObject()
                     .value(field)
                     .toObject()
                     .value("code"_L1)
                     .toString(),
             code);
    // Nothing spent, nothing changed.
    QVERIFY(!m_server->login(u"ada@example.com"_s, Password).isEmpty());
}

void TestApiRecovery::eventsRecordWhatHappened()
{
    const Account ada = signUp(u"ada@example.com"_s);
    const auto loginAs = [this](const QString &password, const QByteArray &client) {
        HttpClient::Request r;
        r.method = "POST";
        r.target = "/login";
        r.body = QJsonDocument(
                         QJsonObject{{u"email"_s, u"ada@example.com"_s}, {u"password"_s, password}})
                         .toJson(QJsonDocument::Compact);
        r.headers = {{"X-Client-Name", client}};
        return m_server->client().send(r);
    };
    m_clock->advance(60);
    QCOMPARE(loginAs(u"not my password"_s, "Guesser 1.0").status, 401);
    m_clock->advance(60);
    const auto phone = loginAs(Password, "Phone");
    QCOMPARE(phone.status, 200);
    const QByteArray phoneRefresh = phone.json().value("refreshToken"_L1).toString().toLatin1();
    // A refresh token used twice: the second use ends the session and is recorded.
    m_clock->advance(60);
    QCOMPARE(m_server->client()
                     .post("/token/refresh",
                           {{u"refreshToken"_s, QString::fromLatin1(phoneRefresh)}})
                     .status,
             200);
    QCOMPARE(m_server->client()
                     .post("/token/refresh",
                           {{u"refreshToken"_s, QString::fromLatin1(phoneRefresh)}})
                     .status,
             401);
    m_clock->advance(60);
    QCOMPARE(loginAs(Password, "Tablet").status, 200);
    m_clock->advance(60);
    QCOMPARE(m_server->client()
                     .send({"DELETE",
                            "/sessions?scope=others",
                            {},
                            {{"Authorization", "Bearer " + ada.access}}})
                     .status,
             204);
    m_clock->advance(60);
    HttpClient::Request change;
    change.method = "PATCH";
    change.target = "/userdetails";
    change.body = QJsonDocument(QJsonObject{{u"password"_s, NewPassword},
                                            {u"currentPassword"_s, Password}})
                          .toJson(QJsonDocument::Compact);
    change.headers = {{"Authorization", "Bearer " + ada.access}, {"X-Client-Name", "Desk"}};
    QCOMPARE(m_server->client().send(change).status, 200);

    const QJsonArray items = events(ada.access);
    QStringList types;
    for (const auto &e : items)
        types << e.toObject().value("type"_L1).toString();
    // Newest first.
    QCOMPARE(types,
             (QStringList{u"password_changed"_s, u"session_revoked"_s, u"login"_s,
                          u"refresh_reuse_detected"_s, u"login"_s, u"login_failed"_s, u"login"_s}));
    const QJsonObject failed = items.at(5).toObject();
    QCOMPARE(failed.value("client"_L1).toString(), u"Guesser 1.0"_s);
    QCOMPARE(failed.value("address"_L1).toString(), u"127.0.0.1"_s);
    QCOMPARE(items.at(4).toObject().value("client"_L1).toString(), u"Phone"_s);
    QCOMPARE(items.at(0).toObject().value("client"_L1).toString(), u"Desk"_s);
    QCOMPARE(items.at(0).toObject().value("at"_L1).toString(),
             QDateTime::fromSecsSinceEpoch(m_clock->now(), Qt::UTC).toString(Qt::ISODate));
    // Every type the API writes is one the OpenAPI lists (tst_api_openapi checks the list).
    for (const QString &type : std::as_const(types))
        QVERIFY(SecurityEvent::fromName(type));
    // Never a secret in the history.
    const QByteArray raw = m_server->client().get("/userdetails/events", ada.access).body;
    for (const QByteArray &secret :
         {Password.toLatin1(), NewPassword.toLatin1(), phoneRefresh, ada.access, ada.refresh})
        QVERIFY(!raw.contains(secret));

    // Five failures (the earlier one was wiped by the sign-ins since): the fifth makes sign-ins
    // wait, recorded once; the sixth is refused before the password is tried, not a failure.
    for (int i = 0; i < 6; ++i)
        loginAs(u"not my password"_s, "Guesser 1.0");
    const QStringList after = eventTypes(ada.access);
    QCOMPARE(after.count(u"throttled"_s), 1);
    QCOMPARE(after.count(u"login_failed"_s), 1 + 5);
}

void TestApiRecovery::eventsArePagedAndPrivate()
{
    const Account ada = signUp(u"ada@example.com"_s);
    const Account bob = signUp(u"bob@example.com"_s);
    for (int i = 0; i < 4; ++i)
        m_server->login(u"ada@example.com"_s, Password);
    // 5 logins: pages of 2.
    const auto page = m_server->client().get("/userdetails/events?page=3&pageSize=2", ada.access);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().value("total"_L1).toInt(), 5);
    QCOMPARE(page.json().value("page"_L1).toInt(), 3);
    QCOMPARE(page.json().value("pageSize"_L1).toInt(), 2);
    QCOMPARE(page.json().value("items"_L1).toArray().size(), 1);
    // Bob sees his one login only.
    QCOMPARE(events(bob.access).size(), 1);
    for (const QByteArray bad : {"?page=0", "?pageSize=201", "?page=x", "?pageSize=-1"}) {
        const auto answer = m_server->client().get("/userdetails/events" + bad, ada.access);
        QCOMPARE(answer.status, 400);
    }
    QCOMPARE(m_server->client().get("/userdetails/events").status, 401);
}

void TestApiRecovery::eventsAreKeptForAYear()
{
    signUp(u"ada@example.com"_s); // the first login
    m_clock->advance(200 * 24 * 3600);
    QCOMPARE(events(m_server->login(u"ada@example.com"_s, Password)).size(), 2);
    // A year and a bit after the first login, it goes (at start, then every ten minutes); the
    // later one stays.
    m_clock->advance(170 * 24 * 3600);
    m_server->stop();
    ServerConfig config;
    config.clock = m_clock;
    QVERIFY(m_server->start(config));
    const QJsonArray kept = events(m_server->login(u"ada@example.com"_s, Password));
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(1).toObject().value("at"_L1).toString(),
             QDateTime::fromSecsSinceEpoch(m_clock->now() - 170 * 24 * 3600, Qt::UTC)
                     .toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestApiRecovery)
#include "tst_api_recovery.moc"
