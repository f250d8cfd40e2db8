// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/backupdialog.h"
#include "dialogs/recoverdialog.h"
#include "dialogs/recoverycodesdialog.h"
#include "guitestsupport.h"
#include "pages/loginpage.h"
#include "pages/profilepage.h"
#include "pages/securitypanel.h"
#include "pages/userspage.h"
#include "testserver.h"
#include "translator.h"
#include "widgets/fielderror.h"
#include "widgets/statelabel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
const QString Passphrase = u"a long backup passphrase"_s;
} // namespace

// The account's own security in the desktop app, against the real server: "Forgot password?"
// with a recovery code signs in (a wrong code is said beside the code); Profile › Security
// lists this device's session and the others, signs the others out, shows the history in words
// and makes new codes; the Users tab is the administrators' (role, delete with confirmation);
// File › Back up… writes an encrypted file and File › Restore… puts it back and signs out.
class TestSecurityGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_app.reset(); }
    void cleanupTestCase() { m_server.reset(); }

    void forgotPasswordWithACode();
    void securityTabSessionsHistoryAndCodes();
    void usersTabForAdministrators();
    void backUpAndRestore();

private:
    MainWindow *window() const { return m_app->window.get(); }
    QStringList registerWithCodes(const QString &email) const;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
};

void TestSecurityGui::initTestCase()
{
    Translator::install(u"en"_s);
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    registerWithCodes(u"admin@example.com"_s); // the first account: the administrator
}

void TestSecurityGui::init()
{
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"security test "_s + QUuid::createUuid().toString());
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedOut);
}

QStringList TestSecurityGui::registerWithCodes(const QString &email) const
{
    QStringList codes;
    const auto answer = m_server->client().post("/register",
                                                {{u"email"_s, email}, {u"password"_s, Password}});
    for (const auto &c : answer.json().value("recoveryCodes"_L1).toArray())
        codes << c.toString();
    return codes;
}

void TestSecurityGui::forgotPasswordWithACode()
{
    const QStringList codes = registerWithCodes(u"forgetful@example.com"_s);
    LoginPage *login = window()->loginPage();
    typeInto(login->findChild<QLineEdit *>(u"email"_s), u"forgetful@example.com"_s);
    QTest::mouseClick(login->findChild<QPushButton *>(u"forgotPassword"_s), Qt::LeftButton);
    RecoverDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = login->findChild<RecoverDialog *>()) && dialog->isVisible());
    // The email carries over; a wrong code is said beside the code.
    QCOMPARE(dialog->findChild<QLineEdit *>(u"recoverEmail"_s)->text(), u"forgetful@example.com"_s);
    typeInto(dialog->findChild<QLineEdit *>(u"recoveryCode"_s), u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s);
    typeInto(dialog->findChild<QLineEdit *>(u"recoverPassword"_s), u"a new passphrase here"_s);
    typeInto(dialog->findChild<QLineEdit *>(u"recoverConfirm"_s), u"a new passphrase here"_s);
    dialog->submit();
    auto *codeError = dialog->findChild<FieldError *>(u"recoveryCodeError"_s);
    QTRY_VERIFY(codeError->isVisible());
    QVERIFY2(codeError->text().contains(u"do not match"_s), qPrintable(codeError->text()));
    // A real code, typed carelessly: signed in, with the new password from now on.
    typeInto(dialog->findChild<QLineEdit *>(u"recoveryCode"_s), codes.at(2).toLower().remove(u'-'));
    dialog->submit();
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedIn);
    QVERIFY(!m_server->login(u"forgetful@example.com"_s, u"a new passphrase here"_s).isEmpty());
    QVERIFY(m_server->login(u"forgetful@example.com"_s, Password).isEmpty());
}

void TestSecurityGui::securityTabSessionsHistoryAndCodes()
{
    registerWithCodes(u"sam@example.com"_s);
    const QByteArray elsewhere = m_server->login(u"sam@example.com"_s, Password);
    QVERIFY(signInAs(*m_app, u"sam@example.com"_s, Password));
    window()->tabs()->setCurrentWidget(window()->profilePage());
    window()->profilePage()->sections()->setCurrentIndex(1);
    SecurityPanel *panel = window()->profilePage()->securityPanel();
    auto *sessions = panel->findChild<QTreeWidget *>(u"sessions"_s);
    QTRY_COMPARE(sessions->topLevelItemCount(), 2);
    // This device, first (the latest used), in bold and said so.
    QCOMPARE(sessions->topLevelItem(0)->text(0), u"Reelvault desktop (this device)"_s);
    QVERIFY(sessions->topLevelItem(0)->font(0).bold());
    // The history in words, newest first.
    auto *events = panel->findChild<QTreeWidget *>(u"securityEvents"_s);
    QTRY_COMPARE(events->topLevelItemCount(), 2);
    QCOMPARE(events->topLevelItem(0)->text(1), u"Signed in"_s);
    QCOMPARE(events->topLevelItem(0)->text(3), u"127.0.0.1"_s);
    QCOMPARE(panel->findChild<QLabel *>(u"recoveryCodesLeft"_s)->text(),
             u"10 recovery codes left. Each lets you set a new password once if you forget "
             u"yours."_s);

    // Sign out the others: the other token is refused at once; this one stays.
    QCOMPARE(m_server->client().get("/userdetails", elsewhere).status, 200);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"endOtherSessions"_s), Qt::LeftButton);
    QTRY_COMPARE(sessions->topLevelItemCount(), 1);
    QCOMPARE(m_server->client().get("/userdetails", elsewhere).status, 401);
    QTRY_COMPARE(events->topLevelItem(0)->text(1), u"Signed out a device"_s);
    QCOMPARE(window()->state(), MainWindow::State::SignedIn);

    // New codes: a wrong password is said beside it; the right one shows ten new codes.
    auto *password = panel->findChild<QLineEdit *>(u"codesPassword"_s);
    typeInto(password, u"not it"_s);
    QTest::keyClick(password, Qt::Key_Return);
    auto *error = panel->findChild<FieldError *>(u"codesPasswordError"_s);
    QTRY_VERIFY(error->isVisible());
    typeInto(password, Password);
    QTest::keyClick(password, Qt::Key_Return);
    RecoveryCodesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = panel->findChild<RecoveryCodesDialog *>()) && dialog->isVisible());
    const QStringList fresh
            = dialog->findChild<QPlainTextEdit *>(u"recoveryCodes"_s)->toPlainText().split(u'\n');
    QCOMPARE(fresh.size(), 10);
    QTemporaryDir dir;
    QString why;
    QVERIFY(dialog->saveTo(dir.filePath(u"codes.txt"_s), &why));
    QFile saved(dir.filePath(u"codes.txt"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    for (const QString &code : fresh)
        QVERIFY(text.contains(code.toLatin1()));
    QTRY_COMPARE(events->topLevelItem(0)->text(1), u"New recovery codes made"_s);
    dialog->close();

    // Sign out everywhere: this device too.
    QTest::mouseClick(panel->findChild<QPushButton *>(u"endAllSessions"_s), Qt::LeftButton);
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedOut);
}

void TestSecurityGui::usersTabForAdministrators()
{
    registerWithCodes(u"member@example.com"_s);
    // A member has no Users tab and no backups.
    QVERIFY(signInAs(*m_app, u"member@example.com"_s, Password));
    QCOMPARE(window()->tabs()->indexOf(window()->usersPage()), -1);
    QVERIFY(!window()->findChild<QAction *>(u"actionBackup"_s)->isVisible());
    window()->signOut();

    QVERIFY(signInAs(*m_app, u"admin@example.com"_s, Password));
    QVERIFY(window()->tabs()->indexOf(window()->usersPage()) >= 0);
    QVERIFY(window()->findChild<QAction *>(u"actionBackup"_s)->isVisible());
    UsersPage *users = window()->usersPage();
    window()->tabs()->setCurrentWidget(users);
    QTreeWidget *table = users->table();
    QTreeWidgetItem *member = nullptr;
    QTRY_VERIFY(table->topLevelItemCount() >= 2);
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(1) == u"member@example.com"_s)
            member = table->topLevelItem(i);
    }
    QVERIFY(member);
    QCOMPARE(member->text(2), u"Member"_s);
    table->setCurrentItem(member);
    auto *role = users->findChild<QPushButton *>(u"changeRole"_s);
    QCOMPARE(role->text(), u"Make ad&ministrator"_s);
    QTest::mouseClick(role, Qt::LeftButton);
    QTRY_VERIFY(table->currentItem() && table->currentItem()->text(2) == u"Administrator"_s);
    QCOMPARE(m_server->client()
                     .get("/userdetails", m_server->login(u"member@example.com"_s, Password))
                     .json()
                     .value("role"_L1)
                     .toString(),
             u"admin"_s);
    // Delete, after confirming (the question names the account).
    QString asked;
    users->setConfirmation([&asked](QWidget *, const QString &title, const QString &) {
        asked = title;
        return true;
    });
    QTest::mouseClick(users->findChild<QPushButton *>(u"deleteUser"_s), Qt::LeftButton);
    QCOMPARE(asked, u"Delete member@example.com?"_s);
    QTRY_VERIFY(m_server->login(u"member@example.com"_s, Password).isEmpty());
    QTRY_VERIFY(table->findItems(u"member@example.com"_s, Qt::MatchExactly, 1).isEmpty());
}

void TestSecurityGui::backUpAndRestore()
{
    QVERIFY(signInAs(*m_app, u"admin@example.com"_s, Password));
    QTemporaryDir dir;
    const QString file = dir.filePath(u"catalogue.rvbackup"_s);
    BackupDialog *backup = window()->showBackup(BackupDialog::Mode::Backup);
    backup->setPath(file);
    // Too short, then not the same twice: said beside the fields; nothing is sent.
    typeInto(backup->findChild<QLineEdit *>(u"backupPassphrase"_s), u"short"_s);
    backup->start();
    QVERIFY(backup->findChild<FieldError *>(u"backupPassphraseError"_s)->isVisible());
    typeInto(backup->findChild<QLineEdit *>(u"backupPassphrase"_s), Passphrase);
    typeInto(backup->findChild<QLineEdit *>(u"backupConfirm"_s), u"something else"_s);
    backup->start();
    QVERIFY(backup->findChild<FieldError *>(u"backupConfirmError"_s)->isVisible());
    typeInto(backup->findChild<QLineEdit *>(u"backupConfirm"_s), Passphrase);
    backup->start();
    QTRY_VERIFY(backup->resultText().startsWith(u"Backed up to "_s));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(8) == "RVBACKUP");
    written.close();
    backup->close();

    // A change after the backup, which the restore takes away.
    registerWithCodes(u"later@example.com"_s);
    BackupDialog *restore = window()->showBackup(BackupDialog::Mode::Restore);
    restore->setPath(file);
    bool asked = false;
    restore->setConfirmation([&asked](QWidget *, const QString &, const QString &text) {
        asked = text.contains(u"catalogue.rvbackup"_s);
        return true;
    });
    typeInto(restore->findChild<QLineEdit *>(u"backupPassphrase"_s), u"not the passphrase"_s);
    restore->start();
    QVERIFY(asked);
    auto *error = restore->findChild<FieldError *>(u"backupPassphraseError"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), u"This passphrase does not open the backup."_s);
    QVERIFY(!m_server->login(u"later@example.com"_s, Password).isEmpty()); // nothing replaced
    typeInto(restore->findChild<QLineEdit *>(u"backupPassphrase"_s), Passphrase);
    restore->start();
    // Restored: signed out here with the reason, and the later account is gone.
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedOut);
    QVERIFY(m_server->login(u"later@example.com"_s, Password).isEmpty());
    QVERIFY(!m_server->login(u"admin@example.com"_s, Password).isEmpty());
    QVERIFY(signInAs(*m_app, u"admin@example.com"_s, Password));
}

QTEST_MAIN(TestSecurityGui)
#include "tst_securitygui.moc"
