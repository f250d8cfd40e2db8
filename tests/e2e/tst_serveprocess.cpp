// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// `reelvault --serve` as a real process: the ready line, clean stops, start-up failures.
class TestServeProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // The test runner silences the request log; the server under test keeps its own.
        qunsetenv("QT_LOGGING_RULES");
    }
    void listensAndStopsCleanly_data();
    void listensAndStopsCleanly();
    void busyPortFailsWithOneLine();
    void unusableDataDirFailsWithOneLine_data();
    void unusableDataDirFailsWithOneLine();
    void helpAndVersion();
    void unsafeFilesOfAnotherUserStopTheStart_data();
    void unsafeFilesOfAnotherUserStopTheStart();

private:
    static QString program() { return QStringLiteral(REELVAULT_EXECUTABLE); }
    static bool finishes(QProcess &p, int ms = 15000) { return p.waitForFinished(ms); }
};

void TestServeProcess::listensAndStopsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addRow("SIGTERM") << SIGTERM;
    QTest::addRow("SIGINT") << SIGINT;
}

void TestServeProcess::listensAndStopsCleanly()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    QProcess p;
    p.start(program(), {u"--serve"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path()});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
    const QByteArray line = p.readLine();
    const auto match = QRegularExpression(u"^Listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s)
                               .match(QString::fromLatin1(line));
    QVERIFY2(match.hasMatch(), line.constData());
    const quint16 port = quint16(match.captured(1).toUInt());
    QVERIFY(port > 0);

    // Ready means ready: the API answers at once, and the lesson's flow works.
    const HttpClient client(port);
    QCOMPARE(client.get("/health").status, 200);
    QCOMPARE(client.post("/register",
                         {{u"email"_s, u"a@b.c"_s}, {u"password"_s, u"correct horse"_s}})
                     .status,
             201);
    QCOMPARE(client.get("/moviedata").status, 401);

    ::kill(pid_t(p.processId()), signalNumber);
    QVERIFY(finishes(p));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().isEmpty()); // the ready line is the only stdout line
    // Never a password or a token in the log.
    const QByteArray log = p.readAllStandardError();
    QVERIFY(log.contains("POST /register 201"));
    QVERIFY(!log.contains("correct horse"));
}

void TestServeProcess::busyPortFailsWithOneLine()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    QProcess p;
    p.start(program(),
            {u"--serve"_s, u"--port"_s, QString::number(occupier.serverPort()), u"--data-dir"_s,
             dir.filePath(u"data"_s)});
    QVERIFY(finishes(p));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY(p.exitCode() != 0);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.contains(QByteArray::number(occupier.serverPort())) && err.contains("in use"),
             err.constData());
    // Nothing was written for a server that never ran.
    QVERIFY(!QFileInfo::exists(dir.filePath(u"data"_s)));
}

void TestServeProcess::unusableDataDirFailsWithOneLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("a file") << u"file"_s;
    QTest::addRow("not a database") << u"garbage"_s;
    if (::geteuid() != 0) // root may write anywhere, so only others can test a read-only dir
        QTest::addRow("read-only") << u"readonly"_s;
}

void TestServeProcess::unusableDataDirFailsWithOneLine()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString dataDir = dir.filePath(u"data"_s);
    if (kind == "file"_L1) {
        QFile f(dataDir);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == "garbage"_L1) {
        QVERIFY(QDir().mkpath(dataDir));
        QFile f(dataDir + u"/reelvault.sqlite"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else {
        QVERIFY(QDir().mkpath(dataDir));
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner);
    }
    QProcess p;
    p.start(program(), {u"--serve"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dataDir});
    QVERIFY(finishes(p));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.startsWith("reelvault: error: ") && err.contains(dataDir.toUtf8()),
             err.constData());
}

void TestServeProcess::helpAndVersion()
{
    QProcess p;
    p.start(program(), {u"--version"_s});
    QVERIFY(finishes(p));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), "reelvault " REELVAULT_VERSION "\n");
    p.start(program(), {u"--help"_s});
    QVERIFY(finishes(p));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("--serve"));
    p.start(program(), {u"--port"_s, u"nope"_s});
    QVERIFY(finishes(p));
    QCOMPARE(p.exitCode(), 2);
}

void TestServeProcess::unsafeFilesOfAnotherUserStopTheStart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("message");
    // Run as `nobody`: root could change any mode and write any file.
    QTest::addRow("a key file others can read, owned by someone else")
            << u"shared-key"_s << QByteArray("readable by other users");
    QTest::addRow("a read-only database file in a writable dir")
            << u"read-only-db"_s << QByteArray("cannot be written");
}

void TestServeProcess::unsafeFilesOfAnotherUserStopTheStart()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, message);
    if (::geteuid() != 0)
        QSKIP("needs root to run the server as another user (CI runs as root)");
    const passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther);
    // A copy of the program that `nobody` can run, wherever the build tree is.
    const QString copy = dir.filePath(u"reelvault"_s);
    QVERIFY(QFile::copy(program(), copy));
    const QString dataDir = dir.filePath(u"data"_s);
    {
        QProcess first; // as root: a database and a key file
        first.start(program(),
                    {u"--serve"_s, u"--port"_s, u"0"_s, u"--key-store"_s, u"file"_s,
                     u"--data-dir"_s, dataDir});
        QVERIFY(first.waitForReadyRead(20000));
        first.terminate();
        QVERIFY(finishes(first));
    }
    const QByteArray data = QFile::encodeName(dataDir);
    for (const char *name : {"", "/reelvault.sqlite", "/reelvault.sqlite-wal",
                             "/reelvault.sqlite-shm", "/jwt-signing.key", "/reelvault.lock"})
        (void)::chown(QByteArray(data + name).constData(), nobody->pw_uid, nobody->pw_gid);
    if (kind == "shared-key"_L1) {
        // root's key, readable by everyone: whoever reads it can sign tokens.
        QVERIFY(::chown(QByteArray(data + "/jwt-signing.key").constData(), 0, 0) == 0);
        QVERIFY(::chmod(QByteArray(data + "/jwt-signing.key").constData(), 0644) == 0);
    } else {
        QVERIFY(::chmod(QByteArray(data + "/reelvault.sqlite").constData(), 0400) == 0);
    }
    QProcess p;
    p.start(u"runuser"_s,
            {u"-u"_s, u"nobody"_s, u"--"_s, copy, u"--serve"_s, u"--port"_s, u"0"_s,
             u"--key-store"_s, u"file"_s, u"--data-dir"_s, dataDir});
    QVERIFY(finishes(p));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QByteArray err = p.readAllStandardError();
    const QList<QByteArray> lines = err.trimmed().split('\n');
    QVERIFY2(lines.constLast().startsWith("reelvault: error: ")
                     && lines.constLast().contains(message),
             err.constData());
    QVERIFY2(!err.contains("restricted it"), "never claim to have tightened what it could not");
}

QTEST_GUILESS_MAIN(TestServeProcess)
#include "tst_serveprocess.moc"
