// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/problem.h"
#include "http/requesthead.h"

#include <QTest>

namespace {
// The status the connection answers a refused head with.
int statusOf(const HeadError &error)
{
    return int(Problem::from(error.fault()).status());
}
} // namespace

// The strict request-head parser, including what libFuzzer found (each row named "fuzz: …").
class TestRequestHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heads_data();
    void heads();
    void chunked_data();
    void chunked();
};

void TestRequestHead::heads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: accepted
    QTest::addRow("plain") << QByteArray("GET /health HTTP/1.1\r\nHost: a\r\n\r\n") << 0;
    QTest::addRow("absolute-form")
            << QByteArray("GET http://a/health HTTP/1.1\r\nHost: b\r\n\r\n") << 0;
    QTest::addRow("fuzz: HTTP/1.0 without Host")
            << QByteArray("GET /t HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 400;
    QTest::addRow("fuzz: empty Host")
            << QByteArray("POST /login HTTP/1.1\r\nHost: \r\n\r\n") << 400;
    QTest::addRow("fuzz: 97 fields")
            << "GET / HTTP/1.1\r\nHost: a\r\n" + QByteArray("X: 1\r\n").repeated(96) + "\r\n"
            << 431;
    QTest::addRow("80 fields") << "GET / HTTP/1.1\r\nHost: a\r\n"
                    + QByteArray("X: 1\r\n").repeated(79)
                    + "\r\n" << 0;
    QTest::addRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 400;
    QTest::addRow("CL and TE") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n")
                               << 400;
}

void TestRequestHead::heads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    qsizetype skipped = 0;
    HeadError error;
    const qsizetype end = RequestHeadParser::findEnd(bytes, &skipped, &error);
    std::optional<RequestHead> head;
    if (end > 0)
        head = RequestHeadParser::parse(QByteArrayView(bytes).sliced(skipped, end - skipped),
                                        &error);
    QCOMPARE(head ? 0 : statusOf(error), status);
    if (head) {
        // What QHttpServer is given parses to the same request.
        const QByteArray canonical = head->canonical(0);
        const auto again = RequestHeadParser::parse(canonical, &error);
        QVERIFY(again);
        QCOMPARE(again->target, head->target);
        QCOMPARE(again->host, head->host);
    }
}

void TestRequestHead::chunked_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status"); // 0: decoded
    QTest::addColumn<QByteArray>("decoded");
    QTest::addRow("two chunks") << QByteArray("2\r\n{}\r\n1;x=y\r\n \r\n0\r\nT: 1\r\n\r\n") << 0
                                << QByteArray("{} ");
    QTest::addRow("fuzz: 16 hex digits overflowed")
            << QByteArray("A5555555555555550\r\n") << 400 << QByteArray();
    QTest::addRow("15 hex digits, too large")
            << QByteArray("FFFFFFFFFFFFFFF\r\n") << 413 << QByteArray();
    QTest::addRow("bare LF") << QByteArray("2\n{}\r\n0\r\n\r\n") << 400 << QByteArray();
    QTest::addRow("no CRLF after data") << QByteArray("2\r\n{}XX0\r\n\r\n") << 400 << QByteArray();
}

void TestRequestHead::chunked()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, decoded);
    ChunkedDecoder decoder(64 * 1024);
    QByteArray out;
    qsizetype offset = 0;
    HeadError error;
    const auto state = decoder.feed(body, &offset, &out, &error);
    if (status == 0) {
        QCOMPARE(state, ChunkedDecoder::State::Done);
        QCOMPARE(out, decoded);
    } else {
        QCOMPARE(state, ChunkedDecoder::State::Error);
        QCOMPARE(statusOf(error), status);
    }
}

QTEST_GUILESS_MAIN(TestRequestHead)
#include "tst_requesthead.moc"
