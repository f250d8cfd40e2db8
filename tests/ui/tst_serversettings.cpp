// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/serverchoice.h"
#include "dialogs/serverdialog.h"
#include "guitestsupport.h"
#include "pages/loginpage.h"
#include "testserver.h"
#include "widgets/banner.h"
#include "widgets/fielderror.h"
#include "widgets/statelabel.h"

#include <QHttpServer>
#include <QLabel>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;

QString urlOf(const TestServer &server)
{
    return u"http://127.0.0.1:%1"_s.arg(server.port());
}

QString newEntry()
{
    return u"session test "_s + QUuid::createUuid().toString();
}

// Whether the keychain holds an entry of that name.
bool inKeychain(const QString &entry)
{
    return keychainEntryStatus(entry) == QKeychain::NoError;
}
} // namespace

// Settings › Server, on real widgets against real servers on the loopback: the address is
// checked before it is used, each server keeps its own session in the (real) keychain, the
// choice holds across launches, and a server that does not answer is said so.
class TestServerSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init() { ServerChoice::thisComputer().save(); }
    void refusesWhatIsNotAnAddress_data();
    void refusesWhatIsNotAnAddress();
    void refusesWhatIsNotReelvault();
    void warnsOfUnencryptedAddresses_data();
    void warnsOfUnencryptedAddresses();
    void eachServerKeepsItsSession();
    void relaunchOpensTheChosenServer();
    void backToThisComputerStartsItsService();
    void thisComputerThatCannotStart();
    void serverThatDoesNotAnswer();
    void keyboardOnly();

private:
    // Opens Settings › Server, chooses the shared server at address and presses Connect.
    static QPointer<ServerDialog> chooseShared(GuiApp &app, const QString &address);
    // The same, for an address that answers: returns once the window is on that server.
    static bool switchTo(GuiApp &app, const QString &address);
    static void signIn(GuiApp &app, const QString &email);

    std::unique_ptr<TestServer> m_local; // "this computer"
    std::unique_ptr<TestServer> m_shared; // a club's server
};

void TestServerSettings::initTestCase()
{
    m_local = std::make_unique<TestServer>();
    m_shared = std::make_unique<TestServer>();
    QVERIFY2(m_local->start(), qPrintable(m_local->error()));
    QVERIFY2(m_shared->start(), qPrintable(m_shared->error()));
    QCOMPARE(m_local->client()
                     .post("/register",
                           {{u"email"_s, u"ada@home.example"_s}, {u"password"_s, Password}})
                     .status,
             201);
    QCOMPARE(m_shared->client()
                     .post("/register",
                           {{u"email"_s, u"bob@club.example"_s}, {u"password"_s, Password}})
                     .status,
             201);
}

void TestServerSettings::cleanupTestCase()
{
    ServerChoice::thisComputer().save();
    m_local.reset();
    m_shared.reset();
}

bool TestServerSettings::switchTo(GuiApp &app, const QString &address)
{
    const QPointer<ServerDialog> dialog = chooseShared(app, address);
    return QTest::qWaitFor([&] { return !dialog; }) // accepted (and deleted on close)
            && app.api->baseUrl() == QUrl(address);
}

QPointer<ServerDialog> TestServerSettings::chooseShared(GuiApp &app, const QString &address)
{
    QPointer<ServerDialog> dialog = app.window->showServerDialog();
    auto *shared = dialog->findChild<QRadioButton *>(u"serverShared"_s);
    shared->click();
    typeInto(dialog->findChild<QLineEdit *>(u"serverAddress"_s), address);
    dialog->findChild<QPushButton *>(u"serverConnect"_s)->click();
    return dialog;
}

void TestServerSettings::signIn(GuiApp &app, const QString &email)
{
    QSignalSpy saved(app.vault.get(), &SessionVault::saved);
    QVERIFY(signInAs(app, email, Password));
    QTRY_VERIFY(saved.count() > 0);
}

void TestServerSettings::refusesWhatIsNotAnAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << u""_s << u"Enter the shared server's address"_s;
    QTest::newRow("another scheme") << u"ftp://films.example.org"_s << u"https://"_s;
    QTest::newRow("a password in it")
            << u"https://ada:pw@films.example.org"_s << u"user name and password"_s;
}

void TestServerSettings::refusesWhatIsNotAnAddress()
{
    QFETCH(QString, typed);
    QFETCH(QString, why);
    GuiApp app(m_local->port(), newEntry());
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedOut);
    QPointer<ServerDialog> dialog = chooseShared(app, typed);
    auto *error = dialog->findChild<FieldError *>(u"serverAddressError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(why), qPrintable(error->text()));
    QVERIFY(dialog->isVisible()); // nothing chosen, nothing lost
    QVERIFY(ServerChoice::load().isThisComputer());
    QCOMPARE(app.api->baseUrl(), QUrl(urlOf(*m_local)));
    // Editing the address takes the message away.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverAddress"_s), u"x"_s);
    QVERIFY(!error->isVisible());
    dialog->reject();
}

void TestServerSettings::refusesWhatIsNotReelvault()
{
    GuiApp app(m_local->port(), newEntry());
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedOut);

    // A web server, but not Reelvault's API (every path is 404).
    QHttpServer other;
    const quint16 otherPort = other.listen(QHostAddress::LocalHost);
    QVERIFY(otherPort != 0);
    QPointer<ServerDialog> dialog = chooseShared(app, u"http://127.0.0.1:%1"_s.arg(otherPort));
    auto *error = dialog->findChild<FieldError *>(u"serverAddressError"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"not Reelvault's API"_s), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());

    // Nothing listening at all: a port just closed.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    typeInto(dialog->findChild<QLineEdit *>(u"serverAddress"_s),
             u"http://127.0.0.1:%1"_s.arg(closedPort));
    dialog->findChild<QPushButton *>(u"serverConnect"_s)->click();
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Nothing answered"_s), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(ServerChoice::load().isThisComputer());
    QCOMPARE(app.window->state(), MainWindow::State::SignedOut);
    dialog->reject();
}

void TestServerSettings::warnsOfUnencryptedAddresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("warned");
    QTest::newRow("http on the network") << u"http://192.168.1.20:8080"_s << true;
    QTest::newRow("https") << u"https://films.example.org"_s << false;
    QTest::newRow("no scheme (https)") << u"films.example.org"_s << false;
    QTest::newRow("http on this computer") << u"http://127.0.0.1:4000"_s << false;
}

void TestServerSettings::warnsOfUnencryptedAddresses()
{
    QFETCH(QString, typed);
    QFETCH(bool, warned);
    GuiApp app(m_local->port(), newEntry());
    ServerDialog *dialog = app.window->showServerDialog();
    auto *warning = dialog->findChild<StateLabel *>(u"serverWarning"_s);
    QVERIFY(!warning->isVisible()); // this computer
    dialog->findChild<QRadioButton *>(u"serverShared"_s)->click();
    typeInto(dialog->findChild<QLineEdit *>(u"serverAddress"_s), typed);
    QCOMPARE(warning->isVisible(), warned);
    if (warned)
        QVERIFY(warning->message().contains(u"unencrypted"_s));
    // Back to this computer: nothing crosses the network.
    dialog->findChild<QRadioButton *>(u"serverThisComputer"_s)->click();
    QVERIFY(!warning->isVisible());
    dialog->reject();
}

void TestServerSettings::eachServerKeepsItsSession()
{
    const QString localEntry = newEntry();
    GuiApp app(m_local->port(), localEntry);
    signIn(app, u"ada@home.example"_s);
    const QByteArray adaToken = app.api->session().accessToken;

    // To the club's server: signed out there (no session yet), the address everywhere.
    QVERIFY(switchTo(app, urlOf(*m_shared)));
    QCOMPARE(ServerChoice::load().url(), QUrl(urlOf(*m_shared)));
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedOut);
    QCOMPARE(app.api->baseUrl(), QUrl(urlOf(*m_shared)));
    QVERIFY(app.api->session().accessToken.isEmpty());
    QVERIFY(app.find<QLabel>(u"serverAddress"_s)->text().contains(urlOf(*m_shared)));
    QVERIFY(app.window->loginPage()
                    ->findChild<QPushButton *>(u"changeServer"_s)
                    ->text()
                    .contains(urlOf(*m_shared)));
    QVERIFY(app.window->windowTitle().contains(u"127.0.0.1"_s));
    // ada's session at home was left as it was: stored, and still good.
    QVERIFY(inKeychain(localEntry));
    QCOMPARE(m_local->client().get("/userdetails", adaToken).status, 200);
    // ada is not an account of the club.
    QVERIFY(!signInAs(app, u"ada@home.example"_s, Password));
    QCOMPARE(app.window->state(), MainWindow::State::SignedOut);
    signIn(app, u"bob@club.example"_s);
    QVERIFY(inKeychain(u"session "_s + urlOf(*m_shared)));

    // Back home: ada again, without typing anything.
    QPointer<ServerDialog> dialog = app.window->showServerDialog();
    dialog->findChild<QRadioButton *>(u"serverThisComputer"_s)->click();
    dialog->findChild<QPushButton *>(u"serverConnect"_s)->click();
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedIn);
    QCOMPARE(app.api->session().user.value("email"_L1).toString(), u"ada@home.example"_s);
    QCOMPARE(app.api->baseUrl(), QUrl(urlOf(*m_local)));
    QVERIFY(ServerChoice::load().isThisComputer());
    QVERIFY(app.find<QLabel>(u"signedInAs"_s)->text().contains(u"ada@home.example"_s));

    // And to the club: bob, without typing anything.
    QVERIFY(switchTo(app, urlOf(*m_shared)));
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedIn);
    QCOMPARE(app.api->session().user.value("email"_L1).toString(), u"bob@club.example"_s);

    // Signing out of the club ends that session only.
    app.window->signOut();
    QTRY_VERIFY(!inKeychain(u"session "_s + urlOf(*m_shared)));
    QVERIFY(inKeychain(localEntry));
}

void TestServerSettings::relaunchOpensTheChosenServer()
{
    const QString localEntry = newEntry();
    {
        GuiApp first(m_local->port(), localEntry);
        QTRY_COMPARE(first.window->state(), MainWindow::State::SignedOut);
        QVERIFY(switchTo(first, urlOf(*m_shared)));
        signIn(first, u"bob@club.example"_s);
    }
    // A new launch, as GuiMode makes it: this computer's API is never started for it.
    ApiClient api;
    SessionVault vault(localEntry);
    MainWindow window(&api, &vault);
    QSignalSpy needed(&window, &MainWindow::localServerNeeded);
    window.show();
    QTRY_COMPARE(window.state(), MainWindow::State::SignedIn);
    QCOMPARE(api.session().user.value("email"_L1).toString(), u"bob@club.example"_s);
    QCOMPARE(api.baseUrl(), QUrl(urlOf(*m_shared)));
    QCOMPARE(needed.count(), 0);
    // This computer's API, started late by some other launch path, does not take over.
    window.serverReady(QUrl(urlOf(*m_local)));
    QCOMPARE(api.baseUrl(), QUrl(urlOf(*m_shared)));
    QCOMPARE(window.state(), MainWindow::State::SignedIn);
    window.signOut();
}

void TestServerSettings::backToThisComputerStartsItsService()
{
    // Launched with the shared server chosen: choosing this computer asks for its API, which
    // then opens.
    ServerChoice::shared(urlOf(*m_shared))->save();
    ApiClient api;
    SessionVault vault(newEntry());
    MainWindow window(&api, &vault);
    QSignalSpy needed(&window, &MainWindow::localServerNeeded);
    window.show();
    QTRY_COMPARE(window.state(), MainWindow::State::SignedOut);
    window.useServer(ServerChoice::thisComputer());
    QCOMPARE(needed.count(), 1);
    QCOMPARE(window.state(), MainWindow::State::Starting);
    QVERIFY(!api.isConnected());
    window.serverReady(QUrl(urlOf(*m_local))); // what GuiMode does once it is up
    QTRY_COMPARE(window.state(), MainWindow::State::SignedOut);
    QCOMPARE(api.baseUrl(), QUrl(urlOf(*m_local)));
}

void TestServerSettings::thisComputerThatCannotStart()
{
    // This computer's service fails while a shared server is in use: nothing changes until it
    // is chosen, and then the failure is said with the way out.
    ServerChoice::shared(urlOf(*m_shared))->save();
    ApiClient api;
    SessionVault vault(newEntry());
    MainWindow window(&api, &vault);
    window.show();
    QTRY_COMPARE(window.state(), MainWindow::State::SignedOut);
    window.serverFailed(u"The data folder is in use by another Reelvault."_s);
    QCOMPARE(window.state(), MainWindow::State::SignedOut);
    QCOMPARE(api.baseUrl(), QUrl(urlOf(*m_shared)));
    window.useServer(ServerChoice::thisComputer());
    QCOMPARE(window.state(), MainWindow::State::Failed);
    const auto labels = window.findChildren<QLabel *>();
    const bool said = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(u"in use by another"_s)
                && label->text().contains(u"Settings › Server"_s);
    });
    QVERIFY(said);
    // Settings › Server still works from there.
    window.useServer(*ServerChoice::shared(urlOf(*m_shared)));
    QTRY_COMPARE(window.state(), MainWindow::State::SignedOut);
    QCOMPARE(api.baseUrl(), QUrl(urlOf(*m_shared)));
}

void TestServerSettings::serverThatDoesNotAnswer()
{
    auto gone = std::make_unique<TestServer>();
    QVERIFY2(gone->start(), qPrintable(gone->error()));
    QCOMPARE(gone->client()
                     .post("/register",
                           {{u"email"_s, u"cy@gone.example"_s}, {u"password"_s, Password}})
                     .status,
             201);
    const QString address = urlOf(*gone);
    const QString localEntry = newEntry();
    {
        GuiApp first(m_local->port(), localEntry);
        QTRY_COMPARE(first.window->state(), MainWindow::State::SignedOut);
        QVERIFY(switchTo(first, address));
        signIn(first, u"cy@gone.example"_s);
    }
    gone->stop(); // the club's machine is off
    ApiClient api;
    SessionVault vault(localEntry);
    MainWindow window(&api, &vault);
    window.show();
    QTRY_COMPARE(window.state(), MainWindow::State::SignedOut);
    auto *banner = window.loginPage()->findChild<Banner *>();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(address) && banner->text().contains(u"did not answer"_s),
             qPrintable(banner->text()));
    // The session there is kept for when it is back.
    QVERIFY(inKeychain(u"session "_s + address));
    // Signing in meanwhile says why it cannot.
    auto *pw = window.loginPage()->findChild<QLineEdit *>(u"password"_s);
    typeInto(pw, Password);
    QTest::keyClick(pw, Qt::Key_Return);
    auto *formError = window.loginPage()->findChild<FieldError *>(u"formError"_s);
    QTRY_VERIFY(formError->isVisible());
    QVERIFY2(formError->text().contains(u"did not answer"_s), qPrintable(formError->text()));
    // And the way out is at hand: back to this computer.
    window.loginPage()->findChild<QPushButton *>(u"changeServer"_s)->click();
    QPointer<ServerDialog> dialog = window.findChild<ServerDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QRadioButton *>(u"serverThisComputer"_s)->click();
    dialog->findChild<QPushButton *>(u"serverConnect"_s)->click();
    window.serverReady(QUrl(urlOf(*m_local)));
    QTRY_COMPARE(api.baseUrl(), QUrl(urlOf(*m_local)));
    QTRY_COMPARE(window.state(), MainWindow::State::SignedOut);
}

void TestServerSettings::keyboardOnly()
{
    // Settings › Server by keyboard: Down to the shared server, Tab to its address, Enter.
    GuiApp app(m_local->port(), newEntry());
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedOut);
    QPointer<ServerDialog> dialog = app.window->showServerDialog();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *thisComputer = dialog->findChild<QRadioButton *>(u"serverThisComputer"_s);
    QTRY_VERIFY(thisComputer->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(dialog->findChild<QRadioButton *>(u"serverShared"_s)->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *address = dialog->findChild<QLineEdit *>(u"serverAddress"_s);
    QVERIFY(address->hasFocus());
    address->selectAll();
    QTest::keyClicks(QApplication::focusWidget(), urlOf(*m_shared));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(app.api->baseUrl(), QUrl(urlOf(*m_shared)));
}

QTEST_MAIN(TestServerSettings)
#include "tst_serversettings.moc"
