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
    void successResetsTheEmail();
    void twentyFailuresPerAddress();
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
    LoginThrottle::Attempt a;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(t.begin(u"ada"_s, u"127.0.0.1"_s, &a), 0);
        m_now += 10;
    }
    // The sixth waits until the first failure (at 1,000,000) leaves the 15-minute window.
    QCOMPARE(t.begin(u"ada"_s, u"127.0.0.1"_s, &a), 1'000'000 + 900 - m_now);
    // Refused attempts are not counted: waiting does not grow.
    QCOMPARE(t.begin(u"ada"_s, u"127.0.0.1"_s, &a), 1'000'000 + 900 - m_now);
    // Another email from the same address is unaffected.
    QCOMPARE(t.begin(u"grace"_s, u"127.0.0.1"_s, &a), 0);
}

void TestLoginThrottle::windowSlides()
{
    LoginThrottle t = make();
    LoginThrottle::Attempt a;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(t.begin(u"ada"_s, u"::1"_s, &a), 0);
    m_now += 899;
    QCOMPARE(t.begin(u"ada"_s, u"::1"_s, &a), 1);
    m_now += 1;
    QCOMPARE(t.begin(u"ada"_s, u"::1"_s, &a), 0);
}

void TestLoginThrottle::successResetsTheEmail()
{
    LoginThrottle t = make();
    LoginThrottle::Attempt a;
    for (int i = 0; i < 4; ++i)
        QCOMPARE(t.begin(u"ada"_s, u"1.2.3.4"_s, &a), 0);
    QCOMPARE(t.begin(u"ada"_s, u"1.2.3.4"_s, &a), 0);
    t.succeeded(a);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(t.begin(u"ada"_s, u"1.2.3.4"_s, &a), 0);
    QVERIFY(t.begin(u"ada"_s, u"1.2.3.4"_s, &a) > 0);
}

void TestLoginThrottle::twentyFailuresPerAddress()
{
    LoginThrottle t = make();
    LoginThrottle::Attempt a;
    for (int i = 0; i < 20; ++i)
        QCOMPARE(t.begin(u"user%1"_s.arg(i), u"10.0.0.1"_s, &a), 0);
    QCOMPARE(t.begin(u"someone-new"_s, u"10.0.0.1"_s, &a), 900);
    QCOMPARE(t.begin(u"someone-new"_s, u"10.0.0.2"_s, &a), 0);
    // A success takes back its own attempt from the address too.
    LoginThrottle u = make();
    for (int i = 0; i < 19; ++i)
        QCOMPARE(u.begin(u"user%1"_s.arg(i), u"10.0.0.1"_s, &a), 0);
    QCOMPARE(u.begin(u"good"_s, u"10.0.0.1"_s, &a), 0);
    u.succeeded(a);
    QCOMPARE(u.begin(u"other"_s, u"10.0.0.1"_s, &a), 0);
    QVERIFY(u.begin(u"another"_s, u"10.0.0.1"_s, &a) > 0);
}

void TestLoginThrottle::pruneForgetsOldWindows()
{
    LoginThrottle t = make();
    LoginThrottle::Attempt a;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(t.begin(u"ada"_s, u"x"_s, &a), 0);
    m_now += 901;
    t.prune();
    QCOMPARE(t.begin(u"ada"_s, u"x"_s, &a), 0);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
