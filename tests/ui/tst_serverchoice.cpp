// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/apiclient.h"
#include "client/serverchoice.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Settings › Server's address, as a person types it: what is accepted (and how it is written
// down), what is refused (and why), which addresses send passwords unencrypted, and the choice
// kept across launches.
class TestServerChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void unencrypted_data();
    void unencrypted();
    void sessionEntries();
    void keptAcrossLaunches();
    void addressesUnderAPath();
};

void TestServerChoice::accepted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url");
    QTest::newRow("https") << u"https://films.example.org"_s << u"https://films.example.org"_s;
    QTest::newRow("no scheme: https") << u"films.example.org"_s << u"https://films.example.org"_s;
    QTest::newRow("trailing slash")
            << u"https://films.example.org/"_s << u"https://films.example.org"_s;
    QTest::newRow("spaces around")
            << u"  films.example.org:8443  "_s << u"https://films.example.org:8443"_s;
    QTest::newRow("upper case") << u"HTTPS://Films.Example.ORG"_s << u"https://films.example.org"_s;
    QTest::newRow("default port") << u"https://films.example.org:443/"_s
                                  << u"https://films.example.org"_s;
    QTest::newRow("http default port") << u"http://films.lan:80"_s << u"http://films.lan"_s;
    QTest::newRow("http and a port")
            << u"http://192.168.1.20:8080"_s << u"http://192.168.1.20:8080"_s;
    QTest::newRow("under a path") << u"https://example.org/reelvault/"_s
                                  << u"https://example.org/reelvault"_s;
    QTest::newRow("dot segments") << u"https://example.org/a/../reelvault"_s
                                  << u"https://example.org/reelvault"_s;
    QTest::newRow("IPv6") << u"http://[::1]:4000"_s << u"http://[::1]:4000"_s;
    QTest::newRow("loopback") << u"http://127.0.0.1:4000"_s << u"http://127.0.0.1:4000"_s;
}

void TestServerChoice::accepted()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    QString error;
    const auto choice = ServerChoice::shared(typed, &error);
    QVERIFY2(choice, qPrintable(error));
    QCOMPARE(choice->kind(), ServerChoice::Kind::Shared);
    QCOMPARE(choice->url().toString(), url);
    QCOMPARE(choice->describe(), url);
    // What was written down reads back as itself.
    QCOMPARE(ServerChoice::shared(choice->url().toString())->url(), choice->url());
}

void TestServerChoice::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("why"); // part of the message
    QTest::newRow("empty") << u""_s << u"Enter the shared server's address"_s;
    QTest::newRow("blank") << u"   "_s << u"Enter the shared server's address"_s;
    QTest::newRow("space inside") << u"films example.org"_s << u"no spaces"_s;
    QTest::newRow("tab inside") << u"films.example.org/\tx"_s << u"no spaces"_s;
    QTest::newRow("control") << u"films.example.org\x01"_s << u"control characters"_s;
    QTest::newRow("ftp") << u"ftp://films.example.org"_s << u"must start with https://"_s;
    QTest::newRow("file") << u"file:///home/ada/films"_s << u"must start with https://"_s;
    QTest::newRow("postgresql") << u"postgresql://films@db/films"_s
                                << u"must start with https://"_s;
    QTest::newRow("no host") << u"https://"_s << u"no server name"_s;
    QTest::newRow("user info") << u"https://ada:secret@films.example.org"_s
                               << u"Leave the user name and password out"_s;
    QTest::newRow("query") << u"https://films.example.org/?token=x"_s << u"query"_s;
    QTest::newRow("fragment") << u"https://films.example.org/#top"_s << u"fragment"_s;
    QTest::newRow("bad port") << u"https://films.example.org:99999"_s << u"not a web address"_s;
    QTest::newRow("bad host") << u"https://fil<ms>.example.org"_s << u"not a web address"_s;
}

void TestServerChoice::refused()
{
    QFETCH(QString, typed);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!ServerChoice::shared(typed, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestServerChoice::unencrypted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("unencrypted");
    QTest::newRow("https") << u"https://films.example.org"_s << false;
    QTest::newRow("http, a LAN address") << u"http://192.168.1.20:8080"_s << true;
    QTest::newRow("http, a name") << u"http://films.example.org"_s << true;
    QTest::newRow("http, 127.0.0.1") << u"http://127.0.0.1:4000"_s << false;
    QTest::newRow("http, 127.1.2.3") << u"http://127.1.2.3:4000"_s << false;
    QTest::newRow("http, localhost") << u"http://localhost:4000"_s << false;
    QTest::newRow("http, ::1") << u"http://[::1]:4000"_s << false;
    QTest::newRow("http, a name ending in localhost")
            << u"http://notlocalhost.example:4000"_s << true;
}

void TestServerChoice::unencrypted()
{
    QFETCH(QString, typed);
    QFETCH(bool, unencrypted);
    QCOMPARE(ServerChoice::shared(typed)->isUnencrypted(), unencrypted);
    QVERIFY(!ServerChoice::thisComputer().isUnencrypted());
}

void TestServerChoice::sessionEntries()
{
    const QString local = u"session /home/ada/.local/share/reelvault"_s;
    QCOMPARE(ServerChoice::thisComputer().sessionEntry(local), local);
    const auto a = ServerChoice::shared(u"films.example.org"_s);
    const auto b = ServerChoice::shared(u"https://films.example.org/club"_s);
    QCOMPARE(a->sessionEntry(local), u"session https://films.example.org"_s);
    QVERIFY(a->sessionEntry(local) != b->sessionEntry(local));
    // One server typed two ways is one entry.
    QCOMPARE(ServerChoice::shared(u"HTTPS://films.example.org:443/"_s)->sessionEntry(local),
             a->sessionEntry(local));
}

void TestServerChoice::keptAcrossLaunches()
{
    QSettings().clear();
    QVERIFY(ServerChoice::load().isThisComputer()); // nothing chosen yet
    QVERIFY(ServerChoice::lastSharedAddress().isEmpty());
    const auto shared = ServerChoice::shared(u"https://films.example.org"_s);
    shared->save();
    QCOMPARE(ServerChoice::load(), *shared);
    // Back to this computer: the shared address is still offered next time.
    ServerChoice::thisComputer().save();
    QVERIFY(ServerChoice::load().isThisComputer());
    QCOMPARE(ServerChoice::lastSharedAddress(), u"https://films.example.org"_s);
    // An address that no longer parses (edited by hand) falls back to this computer.
    QSettings settings;
    settings.setValue(u"server/kind"_s, u"shared"_s);
    settings.setValue(u"server/url"_s, u"ftp://films.example.org"_s);
    settings.sync();
    QVERIFY(ServerChoice::load().isThisComputer());
    QSettings().clear();
}

void TestServerChoice::addressesUnderAPath()
{
    // A server behind a reverse proxy under a path of its own: every route is below it.
    ApiClient api;
    api.setBaseUrl(ServerChoice::shared(u"https://example.org/reelvault/"_s)->url());
    QCOMPARE(api.url(u"/moviedata"_s).toString(), u"https://example.org/reelvault/moviedata"_s);
    api.switchServer(QUrl(u"http://127.0.0.1:4000"_s));
    QCOMPARE(api.url(u"/moviedata"_s).toString(), u"http://127.0.0.1:4000/moviedata"_s);
}

QTEST_GUILESS_MAIN(TestServerChoice)
#include "tst_serverchoice.moc"
