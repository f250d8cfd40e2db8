// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;

QByteArray field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name)).toString().toLatin1();
}
} // namespace

// Several servers on one PostgreSQL database (the contract's "Storage back ends"), over real
// HTTP: each is a whole ApiServer with a data dir of its own, sharing the database and the
// signing key file. Runs only against PostgreSQL (REELVAULT_TEST_DATABASE, ctest's postgres
// fixture): SQLite's file is one server's alone.
class TestApiShared : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup()
    {
        // The first server made the database and drops it: it goes last.
        while (!m_servers.empty())
            m_servers.pop_back();
    }

    void serversStartingTogetherMakeTheSchemaOnce();
    void killingOneServerMidWriteLosesNothingAcknowledged();
    void oneEmailRegisteredOnTwoServersAtOnce();
    void throttleCountsFailuresOnEveryServer();
    void logoutAndRevocationHoldEverywhere_data();
    void logoutAndRevocationHoldEverywhere();
    void refreshReuseIsCaughtAcrossServers();
    void pagesFollowWritesOnOtherServers();
    void backupAndRestoreOfASharedDatabase();
    void reconnectsAfterPostgreSQLRestarts();
    void checksMadeTogetherAnswerEachItsOwn();

private:
    // Another server on the first one's database and key.
    TestServer &addServer();
    TestServer &server(int i) { return *m_servers.at(size_t(i)); }
    // The same requests to several servers at once, from threads of their own: one answer each,
    // in order.
    QList<HttpClient::Response> concurrently(const QList<QPair<quint16, HttpClient::Request>> &all);

    static void serve(QProcess &p, const DatabaseUrl &url, const QString &dataDir,
                      const QString &key);
    static quint16 portOf(QProcess &p);

    std::vector<std::unique_ptr<TestServer>> m_servers;
};

void TestApiShared::initTestCase()
{
    QVERIFY2(TestServer::postgres(), "REELVAULT_TEST_DATABASE must name the tests' PostgreSQL");
    // The requests sent at once each need a thread while the servers answer on this one.
    QThreadPool::globalInstance()->setMaxThreadCount(16);
}

void TestApiShared::init()
{
    m_servers.push_back(std::make_unique<TestServer>());
    QVERIFY2(m_servers.back()->start(), qPrintable(m_servers.back()->error()));
    QVERIFY(m_servers.back()->database() && m_servers.back()->database()->isPostgres());
    addServer();
}

TestServer &TestApiShared::addServer()
{
    ServerConfig config;
    config.database = m_servers.front()->database();
    config.signingKeyFile = m_servers.front()->signingKeyFile();
    m_servers.push_back(std::make_unique<TestServer>());
    TestServer &added = *m_servers.back();
    if (!added.start(config))
        qWarning("a second server did not start: %s", qPrintable(added.error()));
    return added;
}

QList<HttpClient::Response>
TestApiShared::concurrently(const QList<QPair<quint16, HttpClient::Request>> &all)
{
    QList<QFuture<HttpClient::Response>> futures;
    for (const auto &[port, request] : all)
        futures << QtConcurrent::run(
                [port = port, request = request] { return HttpClient(port).send(request); });
    QList<HttpClient::Response> answers;
    QElapsedTimer timer;
    timer.start();
    // The servers answer on this thread: keep its events going while the requests wait.
    for (auto &f : futures) {
        while (!f.isFinished() && timer.elapsed() < 60000)
            QTest::qWait(5);
        answers << (f.isFinished() ? f.result() : HttpClient::Response{});
    }
    return answers;
}

// Starts a `reelvault --serve` process on url (portOf() waits for it to listen).
void TestApiShared::serve(QProcess &p, const DatabaseUrl &url, const QString &dataDir,
                          const QString &key)
{
    QStringList args{u"--serve"_s,
                     u"--port"_s,
                     u"0"_s,
                     u"--data-dir"_s,
                     dataDir,
                     u"--database"_s,
                     url.display().replace(u":***@"_s, u"@"_s),
                     u"--signing-key-file"_s,
                     key};
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(REELVAULT_EXECUTABLE), args);
}

// The port of a server process once it listens; 0 when it did not start.
quint16 TestApiShared::portOf(QProcess &p)
{
    static const QRegularExpression listening(u"Listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            return quint16(m.captured(1).toUInt());
    }
    qWarning("the server did not start: %s", p.readAllStandardError().constData());
    return 0;
}

void TestApiShared::serversStartingTogetherMakeTheSchemaOnce()
{
    // Three server processes on a new, empty database, started at the same moment: one makes
    // the schema and seeds the catalogue under the advisory lock, the others wait for it and
    // find it made.
    const QString name = u"rv_together"_s;
    TestServer::dropDatabase(name);
    const auto url = TestServer::createDatabase(name);
    QVERIFY(url);
    QTemporaryDir dir;
    const QString key = dir.filePath(u"shared.key"_s);
    QProcess servers[3];
    for (int i = 0; i < 3; ++i)
        serve(servers[i], *url, dir.filePath(QString::number(i)), key);
    QList<quint16> ports;
    for (auto &p : servers) {
        ports << portOf(p);
        QVERIFY(ports.last() != 0);
    }
    for (const quint16 port : ports) {
        HttpClient client(port);
        const QString email = u"user%1@example.com"_s.arg(port);
        QCOMPARE(client.post("/register", {{u"email"_s, email}, {u"password"_s, Password}}).status,
                 201);
        const QByteArray token = field(
                client.post("/login", {{u"email"_s, email}, {u"password"_s, Password}}).json(),
                "token");
        QCOMPARE(client.get("/moviedata?pageSize=1", token).json().value("total"_L1).toInt(), 3201);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"together"_s);
        url->configure(db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT (SELECT COUNT(*) FROM movies), (SELECT COUNT(*) FROM "
                       u"reelvault_schema), (SELECT COUNT(*) FROM users)"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 3201); // seeded once
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"together"_s);
    for (auto &p : servers) {
        p.terminate();
        QVERIFY(p.waitForFinished(15000));
    }
    TestServer::dropDatabase(name);
}

void TestApiShared::killingOneServerMidWriteLosesNothingAcknowledged()
{
    // Two server processes on one database; diary entries are written through the first in a
    // stream of requests, and it is killed (SIGKILL) in the middle of them. Every entry it
    // acknowledged (201) is there, read through the second, which keeps answering.
    const QString name = u"rv_killed"_s;
    TestServer::dropDatabase(name);
    const auto url = TestServer::createDatabase(name);
    QVERIFY(url);
    QTemporaryDir dir;
    const QString key = dir.filePath(u"shared.key"_s);
    QProcess doomed, survivor;
    serve(doomed, *url, dir.filePath(u"a"_s), key);
    const quint16 doomedPort = portOf(doomed);
    serve(survivor, *url, dir.filePath(u"b"_s), key);
    const quint16 survivorPort = portOf(survivor);
    QVERIFY(doomedPort && survivorPort);
    HttpClient a(doomedPort), b(survivorPort);
    QCOMPARE(a.post("/register", {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    const QByteArray token = field(
            b.post("/login", {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                    .json(),
            "token");
    QVERIFY(!token.isEmpty());
    // 60 writes sent at once on their own connections; the server is killed after the first
    // few answers arrive.
    QList<QFuture<HttpClient::Response>> writes;
    for (int film = 1; film <= 60; ++film) {
        HttpClient::Request r;
        r.method = "POST";
        r.target = "/moviedata/" + QByteArray::number(film) + "/viewings";
        r.body = R"({"watchedOn": "2026-01-02"})";
        r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
        writes << QtConcurrent::run(
                [doomedPort, r] { return HttpClient(doomedPort).send(r, 20000); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(writes.cbegin(), writes.cend(),
                                         [](const auto &f) { return f.isFinished(); }),
                             30000);
    doomed.kill();
    QVERIFY(doomed.waitForFinished(15000));
    QSet<qint64> acknowledged;
    for (auto &f : writes) {
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 60000);
        if (f.result().status == 201)
            acknowledged << f.result().json().value("movieId"_L1).toInteger();
    }
    QVERIFY(!acknowledged.isEmpty());
    const auto diary = b.get("/viewings?pageSize=100", token);
    QCOMPARE(diary.status, 200);
    QSet<qint64> stored;
    for (const auto &v : diary.json().value("items"_L1).toArray())
        stored << v.toObject().value("movieId"_L1).toInteger();
    QVERIFY2(stored.contains(acknowledged),
             qPrintable(
                     u"%1 acknowledged, %2 stored"_s.arg(acknowledged.size()).arg(stored.size())));
    // The survivor goes on: a new write and a read.
    QCOMPARE(b.post("/moviedata/100/viewings", {{u"watchedOn"_s, u"2026-01-03"_s}}, token).status,
             201);
    QCOMPARE(b.get("/userdetails", token).status, 200);
    survivor.terminate();
    QVERIFY(survivor.waitForFinished(15000));
    TestServer::dropDatabase(name);
}

void TestApiShared::oneEmailRegisteredOnTwoServersAtOnce()
{
    addServer();
    // Ten rounds, each one email sent to all three servers at the same moment.
    for (int round = 0; round < 10; ++round) {
        const QString email = u"race%1@example.com"_s.arg(round);
        HttpClient::Request request;
        request.method = "POST";
        request.target = "/register";
        request.body = QJsonDocument(QJsonObject{{u"email"_s, email}, {u"password"_s, Password}})
                               .toJson(QJsonDocument::Compact);
        QList<QPair<quint16, HttpClient::Request>> all;
        for (int i = 0; i < 3; ++i)
            all << qMakePair(server(i).port(), request);
        int created = 0, taken = 0;
        for (const auto &answer : concurrently(all)) {
            created += answer.status == 201;
            taken += answer.status == 409;
        }
        QCOMPARE(created, 1);
        QCOMPARE(taken, 2);
    }
}

void TestApiShared::throttleCountsFailuresOnEveryServer()
{
    server(0).registerAndLogin(u"ada@example.com"_s, Password);
    const QJsonObject wrong{{u"email"_s, u"ada@example.com"_s}, {u"password"_s, u"wrong one"_s}};
    // Five failures spread over two servers: the limit is per email, whichever server counts.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(server(i % 2).client().post("/login", wrong).status, 401);
    for (int i = 0; i < 2; ++i) {
        const auto refused = server(i).client().post(
                "/login", {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}});
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.header("retry-after").toInt() > 0);
    }
}

void TestApiShared::logoutAndRevocationHoldEverywhere_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("logout") << u"logout"_s;
    QTest::newRow("session revoked") << u"revoke"_s;
    QTest::newRow("all sessions ended") << u"all"_s;
}

void TestApiShared::logoutAndRevocationHoldEverywhere()
{
    QFETCH(QString, how);
    const QJsonObject login = server(0).registerAndLogin(u"ada@example.com"_s, Password);
    const QByteArray token = field(login, "token");
    // Signed by one server, honoured by the other.
    QCOMPARE(server(1).client().get("/userdetails", token).status, 200);
    const QByteArray other = server(1).login(u"ada@example.com"_s, Password);
    if (how == "logout"_L1) {
        QCOMPARE(server(1).client().post("/logout", {}, token).status, 204);
    } else if (how == "revoke"_L1) {
        const QJsonArray sessions
                = server(1).client().get("/sessions", other).json().value("items"_L1).toArray();
        QString mine;
        for (const auto &s : sessions) {
            if (!s.toObject().value("current"_L1).toBool())
                mine = s.toObject().value("id"_L1).toVariant().toString();
        }
        QVERIFY(!mine.isEmpty());
        HttpClient::Request del;
        del.method = "DELETE";
        del.target = "/sessions/" + mine.toLatin1();
        del.headers << qMakePair(QByteArray("Authorization"), "Bearer " + other);
        QCOMPARE(server(1).client().send(del).status, 204);
    } else {
        HttpClient::Request del;
        del.method = "DELETE";
        del.target = "/sessions?scope=all";
        del.headers << qMakePair(QByteArray("Authorization"), "Bearer " + other);
        QCOMPARE(server(1).client().send(del).status, 204);
    }
    // Refused by the server that issued it, on the next request.
    QCOMPARE(server(0).client().get("/userdetails", token).status, 401);
    QCOMPARE(server(0)
                     .client()
                     .post("/token/refresh",
                           {{u"refreshToken"_s, QString::fromLatin1(field(login, "refreshToken"))}})
                     .status,
             401);
    QCOMPARE(server(0).client().get("/userdetails", other).status, how == "all"_L1 ? 401 : 200);
}

void TestApiShared::refreshReuseIsCaughtAcrossServers()
{
    const QJsonObject login = server(0).registerAndLogin(u"ada@example.com"_s, Password);
    const QByteArray first = field(login, "refreshToken");
    const auto rotated = server(1).client().post("/token/refresh",
                                                 {{u"refreshToken"_s, QString::fromLatin1(first)}});
    QCOMPARE(rotated.status, 200);
    const QByteArray next = field(rotated.json(), "refreshToken");
    const QByteArray access = field(rotated.json(), "token");
    QCOMPARE(server(0).client().get("/userdetails", access).status, 200);
    // The rotated token again, on the first server: reuse, and the whole login ends.
    QCOMPARE(server(0)
                     .client()
                     .post("/token/refresh", {{u"refreshToken"_s, QString::fromLatin1(first)}})
                     .status,
             401);
    QCOMPARE(server(1).client().get("/userdetails", access).status, 401);
    QCOMPARE(server(1)
                     .client()
                     .post("/token/refresh", {{u"refreshToken"_s, QString::fromLatin1(next)}})
                     .status,
             401);
    // Two servers rotating one token at the same moment: exactly one gets the next pair.
    const QJsonObject again = server(0).registerAndLogin(u"bea@example.com"_s, Password);
    HttpClient::Request request;
    request.method = "POST";
    request.target = "/token/refresh";
    request.body = QJsonDocument(QJsonObject{{u"refreshToken"_s, again.value("refreshToken"_L1)}})
                           .toJson(QJsonDocument::Compact);
    int ok = 0;
    for (const auto &answer :
         concurrently({qMakePair(server(0).port(), request), qMakePair(server(1).port(), request)}))
        ok += answer.status == 200;
    QCOMPARE(ok, 1);
}

void TestApiShared::pagesFollowWritesOnOtherServers()
{
    // The first user is the administrator.
    const QByteArray admin = server(0).registerToken(u"admin@example.com"_s, Password);
    const QByteArray ada = server(0).registerToken(u"ada@example.com"_s, Password);
    const QByteArray query = "/moviedata?q=Zyzzyva&pageSize=5";
    // Read (and, on SQLite, kept) on server 1 before the write on server 0.
    QCOMPARE(server(1).client().get(query, ada).json().value("total"_L1).toInt(), 0);
    const auto created = server(0).client().post(
            "/moviedata", {{u"title"_s, u"Zyzzyva"_s}, {u"year"_s, 2026}}, admin);
    QCOMPARE(created.status, 201);
    const QByteArray id = QByteArray::number(created.json().value("id"_L1).toInteger());
    QCOMPARE(server(1).client().get(query, ada).json().value("total"_L1).toInt(), 1);
    // The caller's own: rated on one server, seen on the other at once.
    const QByteArray before = "/moviedata?sort=-myRating&pageSize=1";
    QVERIFY(server(1)
                    .client()
                    .get(before, ada)
                    .json()
                    .value("items"_L1)
                    .toArray()
                    .first()
                    .toObject()
                    .value("id"_L1)
                    .toInteger()
            != id.toLongLong());
    HttpClient::Request rate;
    rate.method = "PATCH";
    rate.target = "/moviedata/" + id + "/mine";
    rate.body = R"({"rating": 4.5})";
    rate.headers << qMakePair(QByteArray("Authorization"), "Bearer " + ada);
    QCOMPARE(server(0).client().send(rate).status, 200);
    QCOMPARE(server(1)
                     .client()
                     .get(before, ada)
                     .json()
                     .value("items"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("id"_L1)
                     .toInteger(),
             id.toLongLong());
    // Deleted on one, gone on the other.
    HttpClient::Request del;
    del.method = "DELETE";
    del.target = "/moviedata/" + id;
    del.headers << qMakePair(QByteArray("Authorization"), "Bearer " + admin);
    QCOMPARE(server(0).client().send(del).status, 204);
    QCOMPARE(server(1).client().get(query, ada).json().value("total"_L1).toInt(), 0);
    QCOMPARE(server(1).client().get("/moviedata/" + id, ada).status, 404);
}

void TestApiShared::backupAndRestoreOfASharedDatabase()
{
    // A backup of the shared database is the same format as a desktop's; restored through one
    // server, every server serves the restored data at once.
    const QByteArray ada = server(0).registerToken(u"ada@example.com"_s, Password); // admin
    QCOMPARE(server(0).addViewing(ada, 42, "2025-05-05"_L1), 201);
    HttpClient::Request backup;
    backup.method = "POST";
    backup.target = "/backup";
    backup.body = R"({"passphrase":"a long backup passphrase"})";
    backup.headers = {{"Authorization", "Bearer " + ada}};
    const auto made = server(1).client().send(backup);
    QCOMPARE(made.status, 200);
    QVERIFY(made.body.startsWith("RVBACKUP"));
    // After the backup: another account and another viewing.
    server(0).registerToken(u"bea@example.com"_s, Password);
    QCOMPARE(server(0).addViewing(ada, 43, "2025-06-06"_L1), 201);

    HttpClient::Request restore;
    restore.method = "POST";
    restore.target = "/restore";
    restore.body = made.body;
    restore.json = false;
    restore.headers = {{"Authorization", "Bearer " + ada},
                       {"Content-Type", "application/octet-stream"},
                       {"Backup-Passphrase", "a long backup passphrase"}};
    QCOMPARE(server(1).client().send(restore).status, 200);
    for (int i = 0; i < 2; ++i) {
        // Ada's session was in the backup and the key is the shared one: still signed in.
        const auto diary = server(i).client().get("/viewings", ada);
        QCOMPARE(diary.status, 200);
        QCOMPARE(diary.json().value("total"_L1).toInt(), 1);
        QVERIFY(server(i).login(u"bea@example.com"_s, Password).isEmpty());
        QCOMPARE(server(i)
                         .client()
                         .get("/moviedata?pageSize=1", ada)
                         .json()
                         .value("total"_L1)
                         .toInt(),
                 3201);
    }
}

void TestApiShared::reconnectsAfterPostgreSQLRestarts()
{
    // A cluster of its own (the tests' is shared with the other tests): restarted under a
    // running server, whose connections were all cut.
    const QString dir = u"/tmp/reelvault-restart-%1"_s.arg(QCoreApplication::applicationPid());
    const QString script = QStringLiteral(REELVAULT_SOURCE_DIR) + u"/tools/pg-cluster"_s;
    QProcess start;
    start.start(script, {u"start"_s, dir});
    QVERIFY(start.waitForFinished(120000) && start.exitCode() == 0);
    const auto url = DatabaseUrl::parse(QString::fromUtf8(start.readAllStandardOutput()).trimmed());
    QVERIFY(url);
    const auto stopCluster = qScopeGuard([&] { QProcess::execute(script, {u"stop"_s, dir}); });
    TestServer s;
    ServerConfig config;
    config.database = *url;
    config.signingKeyFile = s.dataDir() + u"/key"_s;
    QVERIFY2(s.start(config), qPrintable(s.error()));
    const QByteArray token = s.registerToken(u"ada@example.com"_s, Password);
    QCOMPARE(s.client().get("/userdetails", token).status, 200);
    QCOMPARE(s.addViewing(token, 7, "2025-01-01"_L1), 201);

    QCOMPARE(QProcess::execute(script, {u"restart"_s, dir}), 0);
    // Each of the server's connections fails the statements that find it cut, then is opened
    // again: a few failed answers at most, never a wrong one. A token check is made again at
    // once (one client: on the HTTP thread, whose connection then serves the reads too).
    int failures = 0;
    for (const char *path : {"/userdetails", "/viewings", "/moviedata?page=2"}) {
        while (s.client().get(path, token).status != 200) {
            ++failures;
            QVERIFY2(failures < 5, "the server did not reconnect");
        }
    }
    QCOMPARE(failures, 0);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(s.client().get("/userdetails", token).status, 200);
        QCOMPARE(s.client().get("/viewings", token).status, 200);
    }
    int written = 0;
    for (int i = 0; i < 10 && written < 3; ++i)
        written += s.addViewing(token, 8 + i, "2025-01-02"_L1) == 201;
    QCOMPARE(written, 3);
    QCOMPARE(s.client().get("/viewings", token).json().value("total"_L1).toInt(), 4);
}

void TestApiShared::checksMadeTogetherAnswerEachItsOwn()
{
    // With several clients connected, token checks wait in a queue and are read from the
    // database together (TokenCheckQueue), and their routes run when each is back
    // (ApiServer::authorizedLater): many at once, each must get its own caller, and its own
    // refusal.
    TestServer &s = server(0);
    const QByteArray ada = s.registerToken(u"ada@example.com"_s, Password); // the admin
    const QByteArray bob = s.registerToken(u"bob@example.com"_s, Password);
    const QByteArray ended = s.login(u"bob@example.com"_s, Password);
    QCOMPARE(s.client().post("/logout", {}, ended).status, 204);
    struct Case
    {
        QByteArray method;
        QByteArray target;
        QByteArray token;
        int status;
        QString email; // of /userdetails' answer
    };
    const QList<Case> cases{
            {"GET", "/userdetails", ada, 200, u"ada@example.com"_s},
            {"GET", "/userdetails", bob, 200, u"bob@example.com"_s},
            {"GET", "/userdetails", ended, 401, {}},
            {"GET", "/userdetails", "not.a.token", 401, {}},
            {"GET", "/moviedata?pageSize=1", bob, 200, {}},
            {"DELETE", "/moviedata/1", bob, 403, {}}, // an administrator's route
            {"GET", "/users", ada, 200, {}},
            {"GET", "/users", bob, 403, {}},
    };
    QList<QPair<quint16, HttpClient::Request>> all;
    for (int round = 0; round < 6; ++round) {
        for (const Case &c : cases) {
            HttpClient::Request r;
            r.method = c.method;
            r.target = c.target;
            r.headers = {{"Authorization", "Bearer " + c.token}};
            all << qMakePair(s.port(), r);
        }
    }
    const auto answers = concurrently(all);
    QCOMPARE(answers.size(), all.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const Case &c = cases.at(i % cases.size());
        QCOMPARE(answers[i].status, c.status);
        if (!c.email.isEmpty())
            QCOMPARE(answers[i].json().value("email"_L1).toString(), c.email);
    }
    // The film bob could not delete is there.
    QCOMPARE(s.client().get("/moviedata/1", ada).status, 200);
}

QTEST_GUILESS_MAIN(TestApiShared)
#include "tst_api_shared.moc"
