// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loginthrottle.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_clock = std::make_unique<ManualClock>(1'000'000); }
    void fiveFailuresPerEmail();
    void windowSlides();
    void successResetsTheEmailOnly();
    void twentyFailuresPerAddress();
    void successesNeverCount();
    void pruneForgetsOldWindows();

private:
    std::unique_ptr<ManualClock> m_clock;
    LoginThrottle make() { return LoginThrottle(*m_clock); }
};

void TestLoginThrottle::fiveFailuresPerEmail()
{
    LoginThrottle t = make();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(t.retryAfter(u"ada"_s, u"127.0.0.1"_s), 0);
        t.failed(u"ada"_s, u"127.0.0.1"_s);
        m_clock->advance(10);
    }
    // The sixth waits until the first failure (at 1,000,000) leaves the 15-minute window.
    QCOMPARE(t.retryAfter(u"ada"_s, u"127.0.0.1"_s), 1'000'000 + 900 - m_clock->now());
    // Another email from the same address is unaffected.
    QCOMPARE(t.retryAfter(u"grace"_s, u"127.0.0.1"_s), 0);
}

void TestLoginThrottle::windowSlides()
{
    LoginThrottle t = make();
    for (int i = 0; i < 5; ++i)
        t.failed(u"ada"_s, u"::1"_s);
    m_clock->advance(899);
    QCOMPARE(t.retryAfter(u"ada"_s, u"::1"_s), 1);
    m_clock->advance(1);
    QCOMPARE(t.retryAfter(u"ada"_s, u"::1"_s), 0);
}

void TestLoginThrottle::successResetsTheEmailOnly()
{
    LoginThrottle t = make();
    for (int i = 0; i < 4; ++i)
        t.failed(u"ada"_s, u"1.2.3.4"_s);
    t.succeeded(u"ada"_s);
    for (int i = 0; i < 4; ++i)
        t.failed(u"ada"_s, u"1.2.3.4"_s);
    QCOMPARE(t.retryAfter(u"ada"_s, u"1.2.3.4"_s), 0);
    t.failed(u"ada"_s, u"1.2.3.4"_s);
    QVERIFY(t.retryAfter(u"ada"_s, u"1.2.3.4"_s) > 0);
    // The address keeps every failure: 9 so far, 11 more lock it for everyone.
    for (int i = 0; i < 11; ++i)
        t.failed(u"other%1"_s.arg(i), u"1.2.3.4"_s);
    QCOMPARE(t.retryAfter(u"someone"_s, u"1.2.3.4"_s), 900);
}

void TestLoginThrottle::twentyFailuresPerAddress()
{
    LoginThrottle t = make();
    for (int i = 0; i < 19; ++i)
        t.failed(u"user%1"_s.arg(i), u"10.0.0.1"_s);
    QCOMPARE(t.retryAfter(u"someone-new"_s, u"10.0.0.1"_s), 0);
    t.failed(u"user19"_s, u"10.0.0.1"_s);
    QCOMPARE(t.retryAfter(u"someone-new"_s, u"10.0.0.1"_s), 900);
    QCOMPARE(t.retryAfter(u"someone-new"_s, u"10.0.0.2"_s), 0);
}

void TestLoginThrottle::successesNeverCount()
{
    LoginThrottle t = make();
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(t.retryAfter(u"ada"_s, u"127.0.0.1"_s), 0);
        t.succeeded(u"ada"_s);
    }
    QCOMPARE(t.retryAfter(u"ada"_s, u"127.0.0.1"_s), 0);
}

void TestLoginThrottle::pruneForgetsOldWindows()
{
    LoginThrottle t = make();
    for (int i = 0; i < 5; ++i)
        t.failed(u"ada"_s, u"x"_s);
    QCOMPARE(t.trackedKeys(), 2); // the email and the address
    m_clock->advance(899);
    t.prune();
    QCOMPARE(t.trackedKeys(), 2); // still inside the window: kept
    m_clock->advance(2);
    t.prune();
    QCOMPARE(t.trackedKeys(), 0); // every failure has left the window: forgotten
    QCOMPARE(t.retryAfter(u"ada"_s, u"x"_s), 0);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
