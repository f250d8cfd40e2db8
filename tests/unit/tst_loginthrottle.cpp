#include "auth/loginthrottle.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_now = 1'000'000; }
    void fiveFailuresPerEmail();
    void windowSlides();
    void successResetsTheEmailOnly();
    void twentyFailuresPerAddress();
    void successesNeverCount();
    void pruneForgetsOldWindows();

private:
    qint64 m_now = 0;
    LoginThrottle make()
    {
        return LoginThrottle([this] { return m_now; });
    }
};

void TestLoginThrottle::fiveFailuresPerEmail()
{
    LoginThrottle t = make();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(t.retryAfter(u"ada"_s, u"127.0.0.1"_s), 0);
        t.failed(u"ada"_s, u"127.0.0.1"_s);
        m_now += 10;
    }
    // The sixth waits until the first failure (at 1,000,000) leaves the 15-minute window.
    QCOMPARE(t.retryAfter(u"ada"_s, u"127.0.0.1"_s), 1'000'000 + 900 - m_now);
    // Another email from the same address is unaffected.
    QCOMPARE(t.retryAfter(u"grace"_s, u"127.0.0.1"_s), 0);
}

void TestLoginThrottle::windowSlides()
{
    LoginThrottle t = make();
    for (int i = 0; i < 5; ++i)
        t.failed(u"ada"_s, u"::1"_s);
    m_now += 899;
    QCOMPARE(t.retryAfter(u"ada"_s, u"::1"_s), 1);
    m_now += 1;
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
    m_now += 901;
    t.prune();
    QCOMPARE(t.retryAfter(u"ada"_s, u"x"_s), 0);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
