// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/jwtcodec.h"
#include "auth/signingkey.h"
#include "platform/keychainsecretstore.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
using Store = SigningKey::Store;
} // namespace

// The token-signing key in a real Secret Service (gnome-keyring on a private D-Bus session,
// see with-keyring.sh), the 0600 file without one, and moving between the two with the tokens
// still valid.
class TestSigningKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyGoesToTheKeychain();
    void fileKeyMovesIntoTheKeychain();
    void keychainKeyMovesToAFile();
    void withoutDBusTheFileIsUsed();
    void keychainModeFailsWithoutDBus();
    void requestsDuringStartUpWait();
    void desktopAppKeepsTheKeychainOnOneThread();

private:
    QByteArray keychainKey(const QString &dataDir);
    static QByteArray tokenFrom(TestServer &server, bool registerFirst);
    static QProcessEnvironment withoutBus();
    static quint16 freePort();
    KeychainSecretStore m_keychain;
};

void TestSigningKeyStore::initTestCase()
{
    // This test is about the keychain: make sure there is one (with-keyring.sh provides it).
    QString error;
    QVERIFY2(m_keychain.write(u"probe"_s, "x", &error), qPrintable(error));
    QVERIFY2(m_keychain.remove(u"probe"_s, &error), qPrintable(error));
}

QByteArray TestSigningKeyStore::keychainKey(const QString &dataDir)
{
    QByteArray key;
    QString error;
    const auto status = m_keychain.read(SigningKey::keychainEntry(dataDir), &key, &error);
    return status == SecretStore::Status::Found ? key : QByteArray();
}

QByteArray TestSigningKeyStore::tokenFrom(TestServer &server, bool registerFirst)
{
    if (registerFirst)
        return server.registerAndLogin(u"ada@example.com"_s, Password)
                .value("token"_L1)
                .toString()
                .toLatin1();
    return server.login(u"ada@example.com"_s, Password);
}

quint16 TestSigningKeyStore::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QProcessEnvironment TestSigningKeyStore::withoutBus()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    return env;
}

void TestSigningKeyStore::keyGoesToTheKeychain()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QByteArray token = tokenFrom(server, true);
    const QByteArray key = keychainKey(server.dataDir());
    QCOMPARE(key.size(), 32);
    QVERIFY2(!QFile::exists(SigningKey::filePath(server.dataDir())),
             "a key file next to the keychain");
    QCOMPARE(JwtCodec(key).verify(token, QDateTime::currentSecsSinceEpoch()).error,
             JwtCodec::Error::None);

    server.stop();
    QVERIFY(server.start());
    QCOMPARE(keychainKey(server.dataDir()), key);
    QCOMPARE(server.client().get("/userdetails", token).status, 200);
}

void TestSigningKeyStore::fileKeyMovesIntoTheKeychain()
{
    TestServer server;
    ServerConfig fileOnly;
    fileOnly.keyStore = Store::File;
    QVERIFY(server.start(fileOnly));
    const QByteArray token = tokenFrom(server, true);
    const QString path = SigningKey::filePath(server.dataDir());
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fileKey = file.readAll();
    file.close();
    QVERIFY(keychainKey(server.dataDir()).isEmpty());

    server.stop();
    QVERIFY(server.start()); // auto: a keychain is there, so the key moves in
    QCOMPARE(keychainKey(server.dataDir()), fileKey);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(server.client().get("/userdetails", token).status, 200);
}

void TestSigningKeyStore::keychainKeyMovesToAFile()
{
    TestServer server;
    QVERIFY(server.start());
    const QByteArray token = tokenFrom(server, true);
    const QByteArray key = keychainKey(server.dataDir());
    QCOMPARE(key.size(), 32);

    server.stop();
    ServerConfig fileOnly;
    fileOnly.keyStore = Store::File;
    QVERIFY(server.start(fileOnly));
    QFile file(SigningKey::filePath(server.dataDir()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), key);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(keychainKey(server.dataDir()).isEmpty());
    QCOMPARE(server.client().get("/userdetails", token).status, 200);
}

void TestSigningKeyStore::withoutDBusTheFileIsUsed()
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(withoutBus());
    p.start(QStringLiteral(REELVAULT_EXECUTABLE),
            {u"--serve"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path()});
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
    const auto match = QRegularExpression(u"Listening on http://127\\.0\\.0\\.1:(\\d+)"_s)
                               .match(QString::fromLatin1(p.readLine()));
    QVERIFY(match.hasMatch());
    const HttpClient client(quint16(match.captured(1).toUInt()));
    QCOMPARE(client.post("/register",
                         {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    const QByteArray token
            = client.post("/login", {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                      .json()
                      .value("token"_L1)
                      .toString()
                      .toLatin1();
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray log = p.readAllStandardError();
    QVERIFY2(log.contains("OS keychain is not available"), log.constData());
    QVERIFY(QFile::exists(SigningKey::filePath(dir.path())));
    QVERIFY(keychainKey(dir.path()).isEmpty());

    // The same data dir with the keychain back: the key moves in, the token stays valid.
    TestServer server(dir.path());
    QVERIFY(server.start());
    QVERIFY(!QFile::exists(SigningKey::filePath(dir.path())));
    QCOMPARE(keychainKey(dir.path()).size(), 32);
    QCOMPARE(server.client().get("/userdetails", token).status, 200);
}

void TestSigningKeyStore::keychainModeFailsWithoutDBus()
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(withoutBus());
    p.start(QStringLiteral(REELVAULT_EXECUTABLE),
            {u"--serve"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--key-store"_s,
             u"keychain"_s});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.contains("OS keychain is not available"), err.constData());
    QVERIFY(!QFile::exists(SigningKey::filePath(dir.path())));
}

void TestSigningKeyStore::requestsDuringStartUpWait()
{
    // Reading the key from the keychain spins a nested event loop while the port is already
    // bound. Requests arriving then must wait (or get a 503), never reach a half-built server.
    const quint16 port = freePort();
    QVERIFY(port);
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(REELVAULT_EXECUTABLE),
                {u"--serve"_s, u"--port"_s, QString::number(port), u"--data-dir"_s, dir.path()});
        QVERIFY(p.waitForStarted());
        const QByteArray request
                = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        int answered = 0;
        QElapsedTimer timer;
        timer.start();
        while (answered < 20 && timer.elapsed() < 20000) {
            QTcpSocket socket; // blocking calls are fine: the server is another process
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(1000))
                continue;
            socket.write(request);
            // One whole answer (the server keeps the connection open, so do not wait for close).
            QByteArray reply;
            auto complete = [&reply] {
                const qsizetype end = reply.indexOf("\r\n\r\n");
                const qsizetype at = reply.toLower().indexOf("content-length:");
                return end >= 0 && at >= 0
                        && reply.size() - end - 4
                        >= reply.mid(at + 15, reply.indexOf('\r', at) - at - 15)
                                   .trimmed()
                                   .toLongLong();
            };
            while (!complete() && socket.waitForReadyRead(5000))
                reply += socket.readAll();
            if (reply.isEmpty())
                continue;
            QVERIFY2(reply.startsWith("HTTP/1.1 200") || reply.startsWith("HTTP/1.1 503"),
                     reply.left(40).constData());
            ++answered;
        }
        QCOMPARE(answered, 20);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
}

void TestSigningKeyStore::desktopAppKeepsTheKeychainOnOneThread()
{
    // The desktop app runs the API on a thread of its own but uses the keychain on its GUI
    // thread too; QtKeychain crashes when used from two threads, so the server's key must be
    // read through the GUI thread. Start the real app (offscreen) and use its API.
    const quint16 port = freePort();
    QVERIFY(port);
    QTemporaryDir dir;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, dir.path()); // its own QSettings
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(REELVAULT_EXECUTABLE),
              {u"--port"_s, QString::number(port), u"--data-dir"_s, dir.filePath(u"data"_s)});
    QVERIFY(app.waitForStarted());
    const HttpClient client(port);
    QTRY_COMPARE_WITH_TIMEOUT(client.get("/health").status, 200, 20000);
    QCOMPARE(client.post("/register",
                         {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    const QByteArray token
            = client.post("/login", {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}})
                      .json()
                      .value("token"_L1)
                      .toString()
                      .toLatin1();
    QCOMPARE(client.get("/userdetails", token).status, 200);
    QCOMPARE(keychainKey(dir.filePath(u"data"_s)).size(), 32);
    QCOMPARE(app.state(), QProcess::Running);
    app.terminate();
    QVERIFY(app.waitForFinished(15000));
}

QTEST_GUILESS_MAIN(TestSigningKeyStore)
#include "tst_signingkeystore.moc"
