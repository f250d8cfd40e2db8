// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>
#include <vector>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A plain blocking socket: exactly the bytes a test says, shutdown(SHUT_WR) when it wants, and
// everything the server answers until it closes or the timeout passes.
class Wire
{
public:
    explicit Wire(quint16 port, int timeoutMs = 5000)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    }
    ~Wire() { ::close(m_fd); }
    Q_DISABLE_COPY_MOVE(Wire)

    bool connected() const { return m_connected; }
    bool send(const QByteArray &bytes)
    {
        return ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
    }
    void halfClose() { ::shutdown(m_fd, SHUT_WR); }
    QByteArray readExactly(qsizetype n)
    {
        QByteArray out(n, Qt::Uninitialized);
        const ssize_t got = ::recv(m_fd, out.data(), size_t(n), MSG_WAITALL);
        out.resize(got < 0 ? 0 : got);
        return out;
    }
    // Reads until the server closes (true) or the timeout passes (false).
    bool readToClose(QByteArray *out)
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                out->append(buffer, n);
                continue;
            }
            return n == 0 || errno == ECONNRESET;
        }
    }
    // Reads until `count` complete answers (with Content-Length bodies) have arrived.
    QList<int> readAnswers(int count, QByteArray *all = nullptr)
    {
        QByteArray in;
        QList<int> statuses;
        char buffer[65536];
        while (statuses.size() < count) {
            qsizetype at = 0;
            statuses.clear();
            while (statuses.size() < count) {
                const qsizetype end = in.indexOf("\r\n\r\n", at);
                if (end < 0)
                    break;
                const QByteArray head = in.mid(at, end - at);
                const auto m = QRegularExpression(u"(?i)content-length: (\\d+)"_s)
                                       .match(QString::fromLatin1(head));
                const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
                if (in.size() < end + 4 + length)
                    break;
                statuses << head.mid(9, 3).toInt();
                at = end + 4 + length;
            }
            if (statuses.size() == count)
                break;
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            in.append(buffer, n);
        }
        if (all)
            *all = in;
        return statuses;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};

QByteArray jsonPost(const QByteArray &target, const QByteArray &body)
{
    return "POST " + target
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray Credentials = R"({"email":"wire@example.com","password":"correct horse battery"})";

// Status lines in what came back (a problem's detail may mention "HTTP/1.1" itself).
int answerCount(const QByteArray &all)
{
    int n = 0;
    auto it = QRegularExpression(u"(^|\\n)HTTP/1\\.1 \\d{3} "_s)
                      .globalMatch(QString::fromLatin1(all));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime + stime
}

} // namespace

// HTTP/1.1 on the wire, against the real `reelvault --serve` process: pipelining, framing,
// smuggling, Host, Expect, half-close, time-outs and the descriptor budget.
class TestHttpWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pipelinedAnswersLeaveInOrder();
    void ambiguousFramingIsRefused_data();
    void ambiguousFramingIsRefused();
    void oversizedBodyHasNoBypass_data();
    void oversizedBodyHasNoBypass();
    void hostIsChecked_data();
    void hostIsChecked();
    void expectContinue();
    void expectContinueRefusedEarly();
    void chunkedBodyIsDecoded();
    void halfClosedClientGetsItsAnswer_data();
    void halfClosedClientGetsItsAnswer();
    void slowHeadIsCutOff();
    void idleConnectionIsClosed();
    void outOfDescriptorsStillServes();

private:
    std::unique_ptr<QProcess> startServer(const QStringList &extra, quint16 *port,
                                          int descriptorLimit = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
};

std::unique_ptr<QProcess> TestHttpWire::startServer(const QStringList &extra, quint16 *port,
                                                    int descriptorLimit)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (descriptorLimit > 0) {
        p->setChildProcessModifier([descriptorLimit] {
            rlimit limit{rlim_t(descriptorLimit), rlim_t(descriptorLimit)};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    p->start(QStringLiteral(REELVAULT_EXECUTABLE),
             QStringList{u"--serve"_s, u"--port"_s, u"0"_s, u"--key-store"_s, u"file"_s,
                         u"--data-dir"_s, m_dir.filePath(u"data-%1"_s.arg(quintptr(p.get())))}
                     + extra);
    if (!p->waitForStarted())
        return nullptr;
    if (!p->waitForReadyRead(20000))
        return nullptr;
    const auto match = QRegularExpression(u"Listening on http://127\\.0\\.0\\.1:(\\d+)"_s)
                               .match(QString::fromLatin1(p->readLine()));
    if (!match.hasMatch())
        return nullptr;
    *port = quint16(match.captured(1).toUInt());
    return p;
}

void TestHttpWire::initTestCase()
{
    qunsetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", "reelvault.*.info=false");
    m_server = startServer({u"--request-timeout"_s, u"2"_s, u"--idle-timeout"_s, u"2"_s}, &m_port);
    QVERIFY(m_server);
    Wire w(m_port);
    QVERIFY(w.send(jsonPost("/register", Credentials)));
    QCOMPARE(w.readAnswers(1), QList<int>{201});
}

void TestHttpWire::cleanupTestCase()
{
    if (m_server) {
        m_server->terminate();
        QVERIFY(m_server->waitForFinished(15000));
    }
}

void TestHttpWire::pipelinedAnswersLeaveInOrder()
{
    // The login hashes on a worker thread and finishes last; its answer must still come first.
    Wire w(m_port);
    QVERIFY(w.send(jsonPost("/login", Credentials)
                   + "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                     "GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                   + jsonPost("/login", R"({"email":"wire@example.com","password":"wrong"})")
                   + "GET /moviedata HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QCOMPARE(w.readAnswers(5), (QList<int>{200, 200, 404, 401, 401}));
}

void TestHttpWire::ambiguousFramingIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray smuggled = "GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QTest::addRow("two different Content-Lengths")
            << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}"
                    + smuggled
            << 400;
    QTest::addRow("the same Content-Length twice")
            << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
               "Content-Length: 2\r\n\r\n{}"
                    + smuggled
            << 400;
    QTest::addRow("Content-Length and Transfer-Encoding")
            << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
               "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                    + smuggled
            << 400;
    QTest::addRow("Content-Length with a sign")
            << QByteArray("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: +2\r\n\r\n{}")
            << 400;
    QTest::addRow("Content-Length as a list") << QByteArray(
            "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2, 2\r\n\r\n{}")
                                              << 400;
    QTest::addRow("a coding other than chunked")
            << QByteArray("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
            << 501;
    QTest::addRow("space before the colon")
            << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length : 40\r\n\r\n" + smuggled
            << 400;
    QTest::addRow("folded header")
            << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: 1\r\n b\r\n\r\n") << 400;
    QTest::addRow("HTTP/2.0 request line")
            << QByteArray("GET /health HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n") << 505;
    QTest::addRow("garbage request line") << QByteArray("HELLO\r\n\r\n") << 400;
}

void TestHttpWire::ambiguousFramingIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    Wire w(m_port);
    QVERIFY(w.send(request));
    QByteArray all;
    QVERIFY2(w.readToClose(&all), "the connection must be closed after the refusal");
    QVERIFY2(all.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             all.constData());
    QVERIFY(all.contains("Content-Type: application/problem+json"));
    QVERIFY(all.contains("Cache-Control: no-store"));
    QVERIFY(all.contains("Connection: close"));
    // Exactly one answer: nothing hidden in the body was executed.
    QCOMPARE(answerCount(all), 1);
}

void TestHttpWire::oversizedBodyHasNoBypass_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    const QByteArray huge = "Content-Length: 419430400";
    QTest::addRow("bare LF line endings") << "POST /login HTTP/1.1\nHost: 127.0.0.1\n" + huge
                    + "\n\n" << 400;
    QTest::addRow("mixed line endings") << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\n" + huge
                    + "\r\n\r\n" << 400;
    QTest::addRow("repeated header")
            << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\n" + huge
                    + "\r\n\r\n"
            << 400;
    QTest::addRow("headers padded past 32 KiB")
            << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + QByteArray(70000, 'a')
                    + "\r\n" + huge + "\r\n\r\n"
            << 431;
    QTest::addRow("many small headers") << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + QByteArray("X-A: 1\r\n").repeated(150) + huge
                    + "\r\n\r\n" << 431;
    QTest::addRow("plain") << "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + huge + "\r\n\r\n"
                           << 413;
}

void TestHttpWire::oversizedBodyHasNoBypass()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    Wire w(m_port);
    QVERIFY(w.send(head));
    // The body follows, as a client would send it: the answer must not wait for it.
    (void)w.send(QByteArray(256 * 1024, 'x'));
    QByteArray all;
    QVERIFY(w.readToClose(&all));
    QVERIFY2(all.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             all.constData());
    QCOMPARE(answerCount(all), 1);
}

void TestHttpWire::hostIsChecked_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addRow("two Host headers")
            << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil\r\n\r\n") << 400;
    QTest::addRow("two Host headers, evil first")
            << QByteArray("GET /health HTTP/1.1\r\nHost: evil\r\nHost: 127.0.0.1\r\n\r\n") << 400;
    QTest::addRow("absolute-form, foreign authority")
            << QByteArray("GET http://evil.example/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            << 421;
    QTest::addRow("absolute-form, own authority")
            << QByteArray("GET http://127.0.0.1/health HTTP/1.1\r\nHost: evil\r\n\r\n") << 200;
    QTest::addRow("no Host") << QByteArray("GET /health HTTP/1.1\r\n\r\n") << 400;
    QTest::addRow("HTTP/1.0 without Host") << QByteArray("GET /health HTTP/1.0\r\n\r\n") << 400;
}

void TestHttpWire::hostIsChecked()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    Wire w(m_port);
    QVERIFY(w.send(request));
    QByteArray all;
    QCOMPARE(w.readAnswers(1, &all), QList<int>{status});
}

void TestHttpWire::expectContinue()
{
    Wire w(m_port);
    const QByteArray body = Credentials;
    QVERIFY(w.send("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   "Expect: 100-continue\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n"));
    const QByteArray expected = "HTTP/1.1 100 Continue\r\n\r\n";
    QCOMPARE(w.readExactly(expected.size()), expected);
    QVERIFY(w.send(body));
    QCOMPARE(w.readAnswers(1), QList<int>{200});
}

void TestHttpWire::expectContinueRefusedEarly()
{
    Wire w(m_port);
    QVERIFY(w.send("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   "Expect: 100-continue\r\nContent-Length: 419430400\r\n\r\n"));
    QByteArray all;
    QVERIFY(w.readToClose(&all));
    QVERIFY2(all.startsWith("HTTP/1.1 413 "), all.constData());
    QVERIFY(!all.contains("100 Continue"));
}

void TestHttpWire::chunkedBodyIsDecoded()
{
    Wire w(m_port);
    const QByteArray body = Credentials;
    QVERIFY(w.send("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   "Transfer-Encoding: chunked\r\n\r\n"
                   + QByteArray::number(10, 16) + ";ext=1\r\n" + body.left(10) + "\r\n"
                   + QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10)
                   + "\r\n0\r\nX-Trailer: yes\r\n\r\n"
                     "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QCOMPARE(w.readAnswers(2), (QList<int>{200, 200}));
}

void TestHttpWire::halfClosedClientGetsItsAnswer_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addRow("health") << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            << QList<int>{200};
    QTest::addRow("login (answered from a worker)")
            << jsonPost("/login", Credentials) << QList<int>{200};
    QTest::addRow("two pipelined")
            << jsonPost("/login", Credentials) + "GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            << QList<int>{200, 404};
}

void TestHttpWire::halfClosedClientGetsItsAnswer()
{
    QFETCH(QByteArray, request);
    QFETCH(QList<int>, statuses);
    Wire w(m_port);
    QVERIFY(w.send(request));
    w.halfClose();
    QCOMPARE(w.readAnswers(int(statuses.size())), statuses);
    QByteArray rest;
    QVERIFY2(w.readToClose(&rest), "the server closes once it has answered");
    QVERIFY(rest.isEmpty());
}

void TestHttpWire::slowHeadIsCutOff()
{
    // --request-timeout 2: a head that trickles in is answered 408 and closed.
    Wire w(m_port, 8000);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(w.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    QByteArray all;
    QVERIFY(w.readToClose(&all));
    QVERIFY2(all.startsWith("HTTP/1.1 408 "), all.constData());
    QVERIFY(timer.elapsed() >= 1500);
}

void TestHttpWire::idleConnectionIsClosed()
{
    Wire w(m_port, 8000);
    QVERIFY(w.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QCOMPARE(w.readAnswers(1), QList<int>{200});
    QByteArray rest;
    QVERIFY2(w.readToClose(&rest), "an idle keep-alive connection is closed (--idle-timeout 2)");
    QVERIFY(rest.isEmpty());
}

void TestHttpWire::outOfDescriptorsStillServes()
{
    // 300 idle connections against a process allowed 256 descriptors: the oldest idle ones make
    // room, the server does not spin, and a new client is answered at once.
    quint16 port = 0;
    auto server = startServer({}, &port, 256);
    QVERIFY(server);
    std::vector<std::unique_ptr<Wire>> idle;
    for (int i = 0; i < 300; ++i) {
        idle.push_back(std::make_unique<Wire>(port, 200));
        QVERIFY(idle.back()->connected());
    }
    QTest::qWait(500);
    const qint64 before = cpuTicks(server->processId());
    QTest::qWait(2000);
    const qint64 used = cpuTicks(server->processId()) - before;
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    // A server spinning on EMFILE burns a whole core; an idle one next to nothing. Half a core
    // tells them apart with room for a busy machine or a sanitizer build.
    QVERIFY2(used < ticksPerSecond, // under 50 % of a core over the two seconds
             qPrintable(u"the server used %1 ticks while idle"_s.arg(used)));
    for (int i = 0; i < 5; ++i) {
        Wire w(port, 5000); // answered, not timed: the wire's own time-out bounds the wait
        QVERIFY(w.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        QCOMPARE(w.readAnswers(1), QList<int>{200});
    }
    idle.clear();
    server->terminate();
    QVERIFY(server->waitForFinished(15000));
    QCOMPARE(server->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestHttpWire)
#include "tst_http_wire.moc"
