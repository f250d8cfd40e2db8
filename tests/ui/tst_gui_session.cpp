// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"
#include "pages/loginpage.h"
#include "testserver.h"
#include "widgets/banner.h"

#include <QSignalSpy>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
const QString Email = u"ada@example.com"_s;
const QString Password = u"correct horse battery"_s;

} // namespace

// The session in the OS keychain: a relaunch stays signed in, signing out removes the entry,
// and without a Secret Service the app says so and keeps working. The first two run inside a
// private D-Bus session with gnome-keyring (with-keyring.sh), the last one without any bus.
class TestGuiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void relaunchStaysSignedIn();
    void signOutRemovesTheEntry();
    void expiredSessionSendsToSignIn();
    void withoutKeychainTheAppStillWorks();

private:
    static void signIn(GuiApp &app);
    std::unique_ptr<TestServer> m_server;
};

void TestGuiSession::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->client().post("/register", {{u"email"_s, Email}, {u"password"_s, Password}});
}

void TestGuiSession::signIn(GuiApp &app)
{
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedOut);
    typeInto(app.window->loginPage()->findChild<QLineEdit *>(u"email"_s), Email);
    auto *pw = app.window->loginPage()->findChild<QLineEdit *>(u"password"_s);
    typeInto(pw, Password);
    QTest::keyClick(pw, Qt::Key_Return);
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedIn);
}

void TestGuiSession::relaunchStaysSignedIn()
{
    const QString entry = u"session test "_s + QUuid::createUuid().toString();
    {
        GuiApp first(m_server->port(), entry);
        QSignalSpy saved(first.vault.get(), &SessionVault::saved);
        signIn(first);
        QTRY_VERIFY(saved.count() > 0);
    }
    QCOMPARE(keychainEntryStatus(entry), QKeychain::NoError);
    GuiApp second(m_server->port(), entry); // "relaunch": a new client, vault and window
    QTRY_COMPARE(second.window->state(), MainWindow::State::SignedIn);
    QCOMPARE(second.api->session().user.value("email"_L1).toString(), Email);
}

void TestGuiSession::signOutRemovesTheEntry()
{
    const QString entry = u"session test "_s + QUuid::createUuid().toString();
    GuiApp app(m_server->port(), entry);
    QSignalSpy saved(app.vault.get(), &SessionVault::saved);
    signIn(app);
    QTRY_VERIFY(saved.count() > 0);
    QCOMPARE(keychainEntryStatus(entry), QKeychain::NoError);
    QSignalSpy cleared(app.vault.get(), &SessionVault::cleared);
    app.window->signOut();
    QTRY_VERIFY(cleared.count() > 0);
    QCOMPARE(keychainEntryStatus(entry), QKeychain::EntryNotFound);
    GuiApp again(m_server->port(), entry);
    QTRY_COMPARE(again.window->state(), MainWindow::State::SignedOut);
}

void TestGuiSession::expiredSessionSendsToSignIn()
{
    const QString entry = u"session test "_s + QUuid::createUuid().toString();
    QByteArray access;
    {
        GuiApp first(m_server->port(), entry);
        QSignalSpy saved(first.vault.get(), &SessionVault::saved);
        signIn(first);
        QTRY_VERIFY(saved.count() > 0);
        access = first.api->session().accessToken;
    }
    // The login ends elsewhere (logged out from another client): the stored tokens are dead.
    QCOMPARE(m_server->client().post("/logout", {}, access).status, 204);
    GuiApp second(m_server->port(), entry);
    QTRY_COMPARE(second.window->state(), MainWindow::State::SignedOut);
    auto *banner = second.window->loginPage()->findChild<Banner *>();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"sign in again"_s));
    QCOMPARE(second.window->loginPage()->findChild<QLineEdit *>(u"email"_s)->text(), Email);
}

void TestGuiSession::withoutKeychainTheAppStillWorks()
{
    // Run by ctest with no D-Bus at all (see tests/CMakeLists.txt).
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "this case is for a machine without a session bus");
    const QString entry = u"session test "_s + QUuid::createUuid().toString();
    {
        GuiApp app(m_server->port(), entry);
        QSignalSpy unavailable(app.vault.get(), &SessionVault::unavailable);
        QTRY_VERIFY(unavailable.count() > 0);
        auto *banner = app.window->loginPage()->findChild<Banner *>();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"sign in each time"_s));
        signIn(app); // works all the same
        QTRY_VERIFY(unavailable.count() >= 2); // the save was refused too
    }
    GuiApp relaunched(m_server->port(), entry);
    QTRY_COMPARE(relaunched.window->state(), MainWindow::State::SignedOut);
}

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
