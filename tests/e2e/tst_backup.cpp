// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/signingkey.h"
#include "backup/backupformat.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse battery"_s;
const QByteArray Passphrase = "a long backup passphrase";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real executable, with the passphrase (or password) on standard input.
Run reelvault(const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    p.setProgram(QStringLiteral(REELVAULT_EXECUTABLE));
    p.setArguments(arguments + QStringList{u"--key-store"_s, u"file"_s});
    p.start();
    p.write(input + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// A read of a data dir's database, outside any server.
class Inspect
{
public:
    explicit Inspect(const QString &dataDir)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(dataDir + u"/reelvault.sqlite"_s);
        db.open();
    }
    ~Inspect()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Inspect)
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList out;
        if (q.exec(sql)) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

private:
    QString m_name = u"inspect-%1"_s.arg(QRandomGenerator::global()->generate());
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// Backups and restores with real files and real processes (contract v2, "Backup and restore";
// docs/backup-format.md): a backup taken under concurrent writes holds every write acknowledged
// before it began and passes SQLite's integrity check; every kind of bad file is refused before
// anything is replaced; a restore killed with SIGKILL leaves the old data or the new, never a
// mix; a restore through the running server's API swaps the data and the key (the restored
// key's tokens work, others do not) and keeps what it replaced; a copy is made before every
// migration, the last five kept; the admin routes' errors.
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupUnderConcurrentWritesHoldsEveryAcknowledgedWrite();
    void badFilesAreRefusedAndNothingIsReplaced_data();
    void badFilesAreRefusedAndNothingIsReplaced();
    void restoreRefusesWhileAServerRuns();
    void killedRestoreLeavesOldOrNew();
    void restoreThroughTheApiSwapsDataAndKey();
    void apiRefusals_data();
    void apiRefusals();
    void copyBeforeEveryMigrationLastFiveKept();
    void resetPasswordFromTheCommandLine();

private:
    // A data dir with one account (email), served and stopped: the state a test starts from.
    static QString seeded(const QTemporaryDir &dir, const QString &name, const QString &email);
    QByteArray backupOf(const QString &dataDir) const;
};

QString TestBackup::seeded(const QTemporaryDir &dir, const QString &name, const QString &email)
{
    const QString dataDir = dir.filePath(name);
    TestServer server(dataDir);
    ServerConfig config;
    config.keyStore = SigningKey::Store::File;
    if (!server.start(config))
        return {};
    server.registerAndLogin(email, Password);
    return dataDir;
}

QByteArray TestBackup::backupOf(const QString &dataDir) const
{
    const QString file = dataDir + u".rvbackup"_s;
    const Run made = reelvault({u"--backup"_s, file, u"--data-dir"_s, dataDir}, Passphrase);
    if (made.exitCode != 0)
        qWarning("backup failed: %s", made.err.constData());
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void TestBackup::backupUnderConcurrentWritesHoldsEveryAcknowledgedWrite()
{
    QTemporaryDir dir;
    TestServer server(dir.filePath(u"live"_s));
    ServerConfig config;
    config.keyStore = SigningKey::Store::File;
    QVERIFY(server.start(config));
    const QByteArray admin = server.registerToken(u"admin@example.com"_s, Password);

    // Four writers, each registering accounts and rating films as fast as answers come back;
    // each write is logged when acknowledged.
    struct Acknowledged
    {
        QMutex mutex;
        QStringList accounts;
        QList<QPair<QString, int>> ratings; // (account, film)
    } acked;
    std::atomic<bool> stop = false;
    std::atomic<int> failures = 0;
    const quint16 port = server.port();
    QList<QThread *> writers;
    for (int w = 0; w < 4; ++w) {
        writers << QThread::create([&, w] {
            HttpClient client(port);
            for (int round = 0; !stop; ++round) {
                const QString email = u"writer%1-%2@example.com"_s.arg(w).arg(round);
                const auto registered = client.post(
                        "/register", {{u"email"_s, email}, {u"password"_s, Password}});
                if (registered.status != 201) {
                    qWarning("register: %d %s", registered.status, registered.body.constData());
                    ++failures;
                    continue;
                }
                {
                    QMutexLocker lock(&acked.mutex);
                    acked.accounts << email;
                }
                const QByteArray token
                        = client.post("/login", {{u"email"_s, email}, {u"password"_s, Password}})
                                  .json()
                                  .value("token"_L1)
                                  .toString()
                                  .toLatin1();
                for (int film = 1; film <= 20 && !stop; ++film) {
                    HttpClient::Request r;
                    r.method = "PATCH";
                    r.target = "/moviedata/" + QByteArray::number(film) + "/mine";
                    r.body = R"({"rating":4.5})";
                    r.headers = {{"Authorization", "Bearer " + token}};
                    const auto rated = client.send(r);
                    if (rated.status == 200) {
                        QMutexLocker lock(&acked.mutex);
                        acked.ratings.append({email, film});
                    } else {
                        qWarning("rate: %d %s", rated.status, rated.body.constData());
                        ++failures;
                    }
                }
            }
        });
        writers.last()->start();
    }
    QTest::qWait(1500);
    // What was acknowledged before the backup began.
    QStringList accountsBefore;
    QList<QPair<QString, int>> ratingsBefore;
    {
        QMutexLocker lock(&acked.mutex);
        accountsBefore = acked.accounts;
        ratingsBefore = acked.ratings;
    }
    HttpClient::Request backup;
    backup.method = "POST";
    backup.target = "/backup";
    backup.body = R"({"passphrase":"a long backup passphrase"})";
    backup.headers = {{"Authorization", "Bearer " + admin}};
    const auto answer = server.client().send(backup);
    QTest::qWait(300); // the writers go on a moment after it
    stop = true;
    for (QThread *t : std::as_const(writers)) {
        while (!t->isFinished()) // the server answers on this thread: keep it turning
            QTest::qWait(10);
        delete t;
    }
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-type"), QByteArray("application/octet-stream"));
    QVERIFY(answer.headers.value("content-disposition").contains(".rvbackup"));
    QCOMPARE(failures.load(), 0);
    QVERIFY2(accountsBefore.size() >= 4 && ratingsBefore.size() >= 20,
             qPrintable(u"%1 accounts, %2 ratings"_s.arg(accountsBefore.size())
                                .arg(ratingsBefore.size())));

    // Restored into a new data dir by the real executable.
    const QString file = dir.filePath(u"under-load.rvbackup"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(answer.body);
    }
    const QString restoredDir = dir.filePath(u"restored"_s);
    const Run restored
            = reelvault({u"--restore"_s, file, u"--data-dir"_s, restoredDir}, Passphrase);
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(restored.out.startsWith("Restored the backup made "));
    {
        Inspect db(restoredDir);
        QCOMPARE(db.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const QStringList emails = db.column(u"SELECT email FROM users"_s);
        for (const QString &email : std::as_const(accountsBefore))
            QVERIFY2(emails.contains(email), qPrintable(email));
        const QStringList rated
                = db.column(u"SELECT u.email || '/' || um.movie_id FROM user_movies um "
                            u"JOIN users u ON u.id = um.user_id WHERE um.rating = 4.5"_s);
        for (const auto &[email, film] : std::as_const(ratingsBefore))
            QVERIFY2(rated.contains(u"%1/%2"_s.arg(email).arg(film)), qPrintable(email));
    }
    // It serves: its key is the backup's, so the old admin token works against it.
    TestServer again(restoredDir);
    QVERIFY(again.start(config));
    QCOMPARE(again.client().get("/userdetails", admin).status, 200);
    QVERIFY(!again.login(accountsBefore.first(), Password).isEmpty());
}

void TestBackup::badFilesAreRefusedAndNothingIsReplaced_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong passphrase") << u"passphrase"_s << u"passphrase does not open"_s;
    QTest::newRow("a byte of the magic") << u"flip:0"_s << u"not a Reelvault backup"_s;
    QTest::newRow("a newer format") << u"version"_s << u"newer Reelvault (format 2)"_s;
    QTest::newRow("a byte of the Argon2 cost") << u"flip:15"_s << u"header is damaged"_s;
    QTest::newRow("a byte of the salt") << u"flip:25"_s << u"passphrase does not open"_s;
    QTest::newRow("a byte of the stream header") << u"flip:45"_s << u"passphrase does not open"_s;
    QTest::newRow("a byte of the manifest") << u"flip:80"_s << u"passphrase does not open"_s;
    QTest::newRow("a byte in the middle") << u"flip:middle"_s << u"was changed"_s;
    QTest::newRow("the last byte") << u"flip:last"_s << u"was changed"_s;
    QTest::newRow("cut in the middle") << u"cut:middle"_s << u"incomplete"_s;
    QTest::newRow("the last part missing") << u"cut:lastpart"_s << u"incomplete"_s;
    QTest::newRow("a byte more") << u"append"_s << u"bytes after its end"_s;
    QTest::newRow("empty") << u"cut:0"_s << u"not a Reelvault backup"_s;
}

void TestBackup::badFilesAreRefusedAndNothingIsReplaced()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    static QTemporaryDir dir;
    static QString target;
    static QByteArray good;
    if (good.isEmpty()) {
        good = backupOf(seeded(dir, u"source"_s, u"source@example.com"_s));
        target = seeded(dir, u"target"_s, u"target@example.com"_s);
    }
    QVERIFY(good.size() > 100000);
    QByteArray bad = good;
    QByteArray passphrase = Passphrase;
    const qsizetype middle = bad.size() / 2;
    if (change == u"passphrase"_s)
        passphrase = "another long passphrase";
    else if (change == u"version"_s)
        bad[9] = 2;
    else if (change.startsWith(u"flip:"_s)) {
        const QString where = change.mid(5);
        const qsizetype at = where == u"middle"_s ? middle
                : where == u"last"_s              ? bad.size() - 1
                                                  : where.toLongLong();
        bad[at] = char(bad[at] ^ 0x20);
    } else if (change == u"cut:middle"_s)
        bad.truncate(middle);
    else if (change == u"cut:lastpart"_s)
        bad.truncate(bad.size() - 100); // inside the last part
    else if (change == u"cut:0"_s)
        bad.clear();
    else if (change == u"append"_s)
        bad.append('\0');
    const QString file = dir.filePath(u"bad.rvbackup"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bad);
    }
    const QByteArray before = fileHash(target + u"/reelvault.sqlite"_s);
    const QByteArray keyBefore = fileHash(target + u"/jwt-signing.key"_s);
    const Run refused = reelvault({u"--restore"_s, file, u"--data-dir"_s, target}, passphrase);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message.toUtf8()), refused.err.constData());
    // Nothing replaced, nothing kept (there was nothing to keep), no temporary left.
    QCOMPARE(fileHash(target + u"/reelvault.sqlite"_s), before);
    QCOMPARE(fileHash(target + u"/jwt-signing.key"_s), keyBefore);
    QVERIFY(!QDir(target + u"/backups"_s).exists()
            || QDir(target + u"/backups"_s).entryList(QDir::Files).isEmpty());
    QCOMPARE(QDir(target).entryList({u"restoring-*"_s}, QDir::Files), QStringList());
    {
        Inspect db(target);
        QCOMPARE(db.column(u"SELECT email FROM users"_s), QStringList{u"target@example.com"_s});
    }
}

void TestBackup::restoreRefusesWhileAServerRuns()
{
    QTemporaryDir dir;
    const QByteArray file = backupOf(seeded(dir, u"source"_s, u"source@example.com"_s));
    QFile f(dir.filePath(u"b.rvbackup"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();
    TestServer running(dir.filePath(u"busy"_s));
    QVERIFY(running.start());
    const Run refused = reelvault(
            {u"--restore"_s, f.fileName(), u"--data-dir"_s, running.dataDir()}, Passphrase);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("a Reelvault server is using"), refused.err.constData());
    running.stop();
    QCOMPARE(reelvault({u"--restore"_s, f.fileName(), u"--data-dir"_s, running.dataDir()},
                       Passphrase)
                     .exitCode,
             0);
}

void TestBackup::killedRestoreLeavesOldOrNew()
{
    QTemporaryDir dir;
    const QString source = seeded(dir, u"source"_s, u"new@example.com"_s);
    const QString file = source + u".rvbackup"_s;
    QVERIFY(!backupOf(source).isEmpty());
    const QString target = seeded(dir, u"target"_s, u"old@example.com"_s);
    const QStringList arguments{u"--restore"_s, file, u"--data-dir"_s, target};

    // How long a whole restore takes here; then kills spread from a quarter of it to past
    // its end, each restoring the other state: new over old, or old (the copy this first
    // restore kept) over new.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(reelvault(arguments, Passphrase).exitCode, 0);
    const qint64 whole = timer.elapsed();
    const QStringList kept = QDir(target + u"/backups"_s).entryList(QDir::Files);
    QCOMPARE(kept.size(), 1);
    const QString oldFile = dir.filePath(u"old.rvbackup"_s);
    QVERIFY(QFile::copy(QDir(target + u"/backups"_s).filePath(kept.first()), oldFile));
    int sawOld = 0;
    int sawNew = 0;
    QString now = u"new@example.com"_s;
    // Most of them near the end, where the database is replaced; the last ones well past it,
    // since a restore can take longer than the first one did when other tests load the machine
    // (one CI run killed all 18, even at 120 %).
    const QList<int> percents{30, 60,  80,  84,  88,  90,  92,  94,  96,  97,  98,
                              99, 100, 101, 103, 106, 110, 120, 150, 200, 300, 500};
    for (int i = 0; i < percents.size(); ++i) {
        const int delay = int(whole * percents.at(i) / 100);
        const QString from = now.startsWith(u"new"_s) ? oldFile : file;
        QProcess p;
        p.setProgram(QStringLiteral(REELVAULT_EXECUTABLE));
        p.setArguments(
                {u"--restore"_s, from, u"--data-dir"_s, target, u"--key-store"_s, u"file"_s});
        p.start();
        p.write(Passphrase + '\n');
        p.closeWriteChannel();
        QTest::qWait(delay);
        const bool finished = p.state() == QProcess::NotRunning;
        if (!finished && p.processId() > 0) // (pid 0 would be this whole process group)
            ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        qInfo("kill %d after %d ms of %lld: %s", i, delay, whole,
              finished ? "it had finished" : "killed");
        Inspect db(target);
        QCOMPARE(db.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const QStringList emails = db.column(u"SELECT email FROM users"_s);
        QVERIFY2(emails == QStringList{u"old@example.com"_s}
                         || emails == QStringList{u"new@example.com"_s},
                 qPrintable(emails.join(u',')));
        (emails.first().startsWith(u"old"_s) ? sawOld : sawNew)++;
        now = emails.first();
        QVERIFY(db.value(u"SELECT COUNT(*) FROM movies"_s).toInt() >= 3201);
    }
    qInfo("after %d kills: old data %d times, new %d", int(percents.size()), sawOld, sawNew);
    QVERIFY(sawOld > 0 && sawNew > 0); // both ways round happened
    // And it serves afterwards, whichever it is.
    TestServer after(target);
    ServerConfig config;
    config.keyStore = SigningKey::Store::File;
    QVERIFY(after.start(config));
    QCOMPARE(after.client().get("/health").status, 200);
}

void TestBackup::restoreThroughTheApiSwapsDataAndKey()
{
    QTemporaryDir dir;
    ServerConfig config;
    config.keyStore = SigningKey::Store::File;
    // X: Ada's catalogue; its backup.
    TestServer x(dir.filePath(u"x"_s));
    QVERIFY(x.start(config));
    const QByteArray adaToken = x.registerToken(u"ada@example.com"_s, Password);
    HttpClient::Request backup;
    backup.method = "POST";
    backup.target = "/backup";
    backup.body = R"({"passphrase":"a long backup passphrase"})";
    backup.headers = {{"Authorization", "Bearer " + adaToken}};
    const QByteArray file = x.client().send(backup).body;
    QVERIFY(file.startsWith("RVBACKUP"));
    const QByteArray xKey = x.signingKey();
    x.stop();

    // Y: Bob's; he restores Ada's backup into it through the API.
    TestServer y(dir.filePath(u"y"_s));
    QVERIFY(y.start(config));
    const QByteArray bobToken = y.registerToken(u"bob@example.com"_s, Password);
    QVERIFY(y.signingKey() != xKey);
    HttpClient::Request restore;
    restore.method = "POST";
    restore.target = "/restore";
    restore.body = file;
    restore.json = false;
    restore.headers = {{"Authorization", "Bearer " + bobToken},
                       {"Content-Type", "application/octet-stream"},
                       {"Backup-Passphrase", Passphrase}};
    const auto answer = y.client().send(restore);
    QCOMPARE(answer.status, 200);
    const QString kept = answer.json().value("previousDataKeptAs"_L1).toString();
    QVERIFY2(kept.startsWith(u"backups/before-restore-"_s), qPrintable(kept));
    // At once: Ada's token (signed by the restored key, its session in the restored data)
    // works; Bob's is refused; Ada can sign in, Bob cannot.
    QCOMPARE(y.client().get("/userdetails", adaToken).json().value("email"_L1).toString(),
             u"ada@example.com"_s);
    QCOMPARE(y.client().get("/userdetails", bobToken).status, 401);
    QVERIFY(!y.login(u"ada@example.com"_s, Password).isEmpty());
    QVERIFY(y.login(u"bob@example.com"_s, Password).isEmpty());
    QCOMPARE(y.signingKey(), xKey);
    // After a restart too.
    y.stop();
    QVERIFY(y.start(config));
    QCOMPARE(y.client().get("/userdetails", adaToken).status, 200);
    y.stop();
    // What it replaced is a backup with the same passphrase: restoring it brings Bob back.
    const Run back = reelvault(
            {u"--restore"_s, y.dataDir() + u'/' + kept, u"--data-dir"_s, y.dataDir()}, Passphrase);
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QVERIFY(y.start(config));
    QCOMPARE(y.client().get("/userdetails", bobToken).status, 200);
}

void TestBackup::apiRefusals_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("asAdmin");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("backup, not an admin")
            << QByteArray("/backup") << false << QByteArray(R"({"passphrase":"long enough"})")
            << QByteArray() << 403 << u"forbidden"_s;
    QTest::newRow("backup, short passphrase")
            << QByteArray("/backup") << true << QByteArray(R"({"passphrase":"short"})")
            << QByteArray() << 400 << u"validation_failed"_s;
    QTest::newRow("backup, no passphrase") << QByteArray("/backup") << true << QByteArray("{}")
                                           << QByteArray() << 400 << u"validation_failed"_s;
    QTest::newRow("restore, not an admin") << QByteArray("/restore") << false << QByteArray("x")
                                           << Passphrase << 403 << u"forbidden"_s;
    QTest::newRow("restore, no passphrase") << QByteArray("/restore") << true << QByteArray("x")
                                            << QByteArray() << 400 << u"validation_failed"_s;
    QTest::newRow("restore, not a backup")
            << QByteArray("/restore") << true << QByteArray("hello, world") << Passphrase << 400
            << u"invalid_backup"_s;
    QTest::newRow("restore, wrong passphrase")
            << QByteArray("/restore") << true << QByteArray("GOOD") << QByteArray("wrong but long")
            << 400 << u"wrong_passphrase"_s;
}

void TestBackup::apiRefusals()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, asAdmin);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, status);
    QFETCH(QString, code);
    QTemporaryDir dir;
    TestServer server(dir.filePath(u"d"_s));
    QVERIFY(server.start());
    const QByteArray admin = server.registerToken(u"ada@example.com"_s, Password);
    const QByteArray user = server.registerToken(u"bob@example.com"_s, Password);
    if (body == "GOOD") {
        HttpClient::Request b;
        b.method = "POST";
        b.target = "/backup";
        b.body = R"({"passphrase":"a long backup passphrase"})";
        b.headers = {{"Authorization", "Bearer " + admin}};
        body = server.client().send(b).body;
    }
    HttpClient::Request r;
    r.method = "POST";
    r.target = target;
    r.body = body;
    r.headers = {{"Authorization", "Bearer " + (asAdmin ? admin : user)}};
    if (target == "/restore") {
        r.json = false;
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
        if (!passphrase.isEmpty())
            r.headers << qMakePair(QByteArray("Backup-Passphrase"), passphrase);
    }
    const auto answer = server.client().send(r);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json().value("code"_L1).toString(), code);
    // Still the same data, still served.
    QCOMPARE(server.client().get("/userdetails", user).status, 200);
}

void TestBackup::copyBeforeEveryMigrationLastFiveKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reelvault.sqlite"_s);
    for (int round = 0; round < 7; ++round) {
        // A database of schema 7 (before this issue's migration), as an older build left it.
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Migrations::apply(db, 7));
            QSqlQuery(db).exec(u"INSERT INTO users (email, email_key, name, role, password_hash, "
                               u"created_at) VALUES ('old%1@example.com', 'old%1@example.com', "
                               u"'Old', 'admin', 'x', 0)"_s.arg(round));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        Database database(path);
        QVERIFY(database.open());
        database.close();
        QTest::qWait(5); // copies are named by the millisecond
    }
    const QStringList copies
            = QDir(dir.filePath(u"backups"_s))
                      .entryList({u"before-migration-schema7-*.sqlite"_s}, QDir::Files, QDir::Name);
    QCOMPARE(copies.size(), 5);
    // The newest is the last round's database, as it was: schema 7, its one account.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
    db.setDatabaseName(dir.filePath(u"backups/"_s + copies.last()));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 7);
    QVERIFY(q.exec(u"SELECT email FROM users"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"old6@example.com"_s);
    QCOMPARE(QFile::permissions(db.databaseName()) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"copy"_s);
    // An up-to-date database is not copied again.
    Database current(path);
    QVERIFY(current.open());
    current.close();
    QCOMPARE(QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files).size(), 5);
}

void TestBackup::resetPasswordFromTheCommandLine()
{
    // With the server running: the sessions it knows end at once, and the history says so.
    QTemporaryDir dir;
    TestServer server(dir.filePath(u"d"_s));
    ServerConfig config;
    config.keyStore = SigningKey::Store::File;
    QVERIFY(server.start(config));
    const QByteArray token = server.registerToken(u"ada@example.com"_s, Password);
    const QStringList base{u"--data-dir"_s, server.dataDir(), u"--reset-password"_s};
    // Refusals: an unknown account; a password the rules refuse. Nothing changes.
    const Run unknown = reelvault(base + QStringList{u"nobody@example.com"_s}, "a new passphrase");
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no account with the email"), unknown.err.constData());
    const Run weak = reelvault(base + QStringList{u"ada@example.com"_s}, "password123");
    QCOMPARE(weak.exitCode, 1);
    QCOMPARE(server.client().get("/userdetails", token).status, 200);

    const Run reset = reelvault(base + QStringList{u"ADA@example.com"_s}, "a new passphrase");
    QVERIFY2(reset.exitCode == 0, reset.err.constData());
    QVERIFY2(reset.out.contains("1 of its sessions ended"), reset.out.constData());
    QVERIFY(!reset.out.contains("a new passphrase") && !reset.err.contains("a new passphrase"));
    QCOMPARE(server.client().get("/userdetails", token).status, 401);
    QVERIFY(server.login(u"ada@example.com"_s, Password).isEmpty());
    const QByteArray fresh = server.login(u"ada@example.com"_s, u"a new passphrase"_s);
    QVERIFY(!fresh.isEmpty());
    const QJsonArray events
            = server.client().get("/userdetails/events", fresh).json().value("items"_L1).toArray();
    bool recorded = false;
    for (const auto &e : events) {
        const QJsonObject o = e.toObject();
        recorded = recorded
                || (o.value("type"_L1).toString() == u"password_changed"_s
                    && o.value("client"_L1).toString() == u"reelvault --reset-password"_s);
    }
    QVERIFY(recorded);
    // No data dir, no account: said so.
    const Run nothing = reelvault({u"--data-dir"_s, dir.filePath(u"empty"_s), u"--reset-password"_s,
                                   u"ada@example.com"_s},
                                  "a new passphrase");
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains("no Reelvault database"), nothing.err.constData());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
