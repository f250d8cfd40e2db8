// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/moviedialog.h"
#include "dialogs/recoverycodesdialog.h"
#include "guitestsupport.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "pages/loginpage.h"
#include "pages/profilepage.h"
#include "pages/registerpage.h"
#include "testserver.h"
#include "theme/palette.h"
#include "theme/theme.h"
#include "translator.h"
#include "widgets/banner.h"
#include "widgets/catalogueview.h"
#include "widgets/fielderror.h"
#include "widgets/strengthmeter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
}

// The desktop app on real widgets (offscreen) against the real in-process API, driven like a
// person would: typing, clicking, pressing Enter.
class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_app.reset(); }
    void cleanupTestCase() { m_server.reset(); }

    void registerSignInSearchProfileSignOut();
    void wrongPasswordIsShownBesideTheField();
    void registrationErrorsBesideTheirFields();
    void usersDoNotSeeAdminActions();
    void adminAddsEditsAndDeletesAFilm();
    void shortcutsAndAbout();
    void themeFollowsTheChoice();

private:
    void signIn(const QString &email, const QString &password);
    MainWindow *window() const { return m_app->window.get(); }
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
};

void TestGui::initTestCase()
{
    Translator::install(u"en"_s); // as GuiMode does: English plural forms, en_US numbers
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestGui::init()
{
    // A fresh vault entry per test: no remembered session.
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"gui test "_s + QUuid::createUuid().toString());
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedOut);
}

void TestGui::signIn(const QString &email, const QString &password)
{
    LoginPage *login = window()->loginPage();
    typeInto(login->findChild<QLineEdit *>(u"email"_s), email);
    auto *pw = login->findChild<QLineEdit *>(u"password"_s);
    typeInto(pw, password);
    QTest::keyClick(pw, Qt::Key_Return);
}

void TestGui::registerSignInSearchProfileSignOut()
{
    // An empty catalogue: the first screen invites the first account, the administrator.
    RegisterPage *reg = window()->registerPage();
    QTRY_VERIFY(reg->isVisible());
    QVERIFY(reg->isFirstAccount());
    QCOMPARE(reg->findChild<QLabel *>(u"cardTitle"_s)->text(), u"Welcome to Reelvault"_s);
    QVERIFY(reg->findChild<QLabel *>(u"cardSubtitle"_s)->text().contains(u"administrator"_s));
    QVERIFY(!reg->findChild<QPushButton *>(u"backToSignIn"_s)->isVisible());
    typeInto(reg->findChild<QLineEdit *>(u"email"_s), u"ada@example.com"_s);
    typeInto(reg->findChild<QLineEdit *>(u"name"_s), u"Ada Lovelace"_s);
    auto *password = reg->findChild<QLineEdit *>(u"password"_s);
    // The strength meter follows what is typed.
    typeInto(password, u"password123"_s);
    auto *meter = reg->findChild<StrengthMeter *>();
    QVERIFY(meter->isVisible());
    QCOMPARE(meter->level(), StrengthMeter::Level::VeryWeak);
    typeInto(reg->findChild<QLineEdit *>(u"confirmPassword"_s), u"password123"_s);
    QTest::keyClick(reg->findChild<QLineEdit *>(u"confirmPassword"_s), Qt::Key_Return);
    // The server refuses it beside the field; editing the field clears the message.
    auto *passwordError = reg->findChild<FieldError *>(u"passwordError"_s);
    QTRY_VERIFY(passwordError->isVisible());
    QVERIFY2(passwordError->text().contains(u"common"_s), qPrintable(passwordError->text()));
    QTest::keyClick(password, Qt::Key_End);
    QTest::keyClicks(password, u"!"_s);
    QVERIFY(!passwordError->isVisible());
    typeInto(password, Password);
    QVERIFY(meter->level() >= StrengthMeter::Level::Weak);
    typeInto(reg->findChild<QLineEdit *>(u"confirmPassword"_s), Password);
    // Enter from any field submits; after sign-up the recovery codes are shown once: Done
    // waits for the confirmation that they were saved; then you are signed in.
    QTest::keyClick(reg->findChild<QLineEdit *>(u"name"_s), Qt::Key_Return);
    RecoveryCodesDialog *codes = nullptr;
    QTRY_VERIFY((codes = reg->findChild<RecoveryCodesDialog *>()) && codes->isVisible());
    const QStringList shown
            = codes->findChild<QPlainTextEdit *>(u"recoveryCodes"_s)->toPlainText().split(u'\n');
    QCOMPARE(shown.size(), 10);
    for (const QString &code : shown)
        QVERIFY2(QRegularExpression(u"^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"_s).match(code).hasMatch(),
                 qPrintable(code));
    QVERIFY(codes->text().contains(shown.first()) && codes->text().contains(u"ada@example.com"_s));
    auto *done = codes->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!done->isEnabled());
    QCOMPARE(window()->state(), MainWindow::State::SignedOut);
    codes->findChild<QCheckBox *>(u"codesSaved"_s)->setChecked(true);
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedIn);
    // They are the account's: the server has ten unused.
    QCOMPARE(m_server->client()
                     .get("/userdetails/recovery-codes",
                          m_server->login(u"ada@example.com"_s, Password))
                     .json()
                     .value("unused"_L1)
                     .toInt(),
             10);

    // The catalogue shows films and the count of matches.
    CataloguePage *cat = window()->cataloguePage();
    QTRY_COMPARE(cat->model()->total(), 3201);
    QVERIFY(cat->view()->model()->rowCount() > 0);
    QTRY_COMPARE(cat->findChild<QLabel *>(u"count"_s)->text(), u"3,201 films"_s);
    QVERIFY(window()->findChild<QLabel *>(u"serverAddress"_s)
                    ->text()
                    .contains(QString::number(m_server->port())));

    // Search as you type narrows it.
    QTest::keyClicks(cat->findChild<QLineEdit *>(u"search"_s), u"star wars"_s);
    QTRY_VERIFY(cat->model()->total() > 0 && cat->model()->total() < 20);
    for (int row = 0; row < cat->model()->rowCount(); ++row) {
        const QString text
                = (cat->model()->index(row, MovieTableModel::Title).data().toString()
                   + cat->model()->index(row, MovieTableModel::Director).data().toString())
                          .toLower();
        QVERIFY(text.contains(u"star"_s));
    }
    // Selecting a film shows its details.
    cat->view()->selectRow(0);
    auto *detailTitle = cat->findChild<QLabel *>(u"detailTitle"_s);
    QTRY_VERIFY(detailTitle->isVisible());
    QCOMPARE(detailTitle->text(), cat->model()->index(0, MovieTableModel::Title).data().toString());

    // The profile.
    window()->tabs()->setCurrentWidget(window()->profilePage());
    ProfilePage *profile = window()->profilePage();
    QTRY_COMPARE(profile->findChild<QLabel *>(u"profileEmail"_s)->text(), u"ada@example.com"_s);
    QCOMPARE(profile->findChild<QLabel *>(u"profileHeading"_s)->text(), u"Ada Lovelace"_s);
    QCOMPARE(profile->findChild<QLabel *>(u"profileRole"_s)->text(), u"Administrator"_s);

    // Sign out: back to the sign-in form, and the token is dead on the server.
    const QByteArray token = m_app->api->session().accessToken;
    window()->findChild<QAction *>(u"actionSignOut"_s)->trigger();
    QCOMPARE(window()->state(), MainWindow::State::SignedOut);
    QTRY_COMPARE(m_server->client().get("/userdetails", token).status, 401);
}

void TestGui::wrongPasswordIsShownBesideTheField()
{
    m_server->client().post("/register",
                            {{u"email"_s, u"grace@example.com"_s}, {u"password"_s, Password}});
    signIn(u"grace@example.com"_s, u"not my password"_s);
    auto *error = window()->loginPage()->findChild<FieldError *>(u"passwordError"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Wrong email or password."_s);
    QCOMPARE(window()->state(), MainWindow::State::SignedOut);
    // Empty fields are caught before anything is sent.
    typeInto(window()->loginPage()->findChild<QLineEdit *>(u"password"_s), QString());
    QTest::mouseClick(window()->loginPage()->findChild<QPushButton *>(u"signIn"_s), Qt::LeftButton);
    QCOMPARE(error->text(), u"Enter your password."_s);
}

void TestGui::registrationErrorsBesideTheirFields()
{
    QTest::mouseClick(window()->loginPage()->findChild<QPushButton *>(u"createAccount"_s),
                      Qt::LeftButton);
    RegisterPage *reg = window()->registerPage();
    typeInto(reg->findChild<QLineEdit *>(u"email"_s), u"not-an-email"_s);
    typeInto(reg->findChild<QLineEdit *>(u"password"_s), u"password"_s);
    typeInto(reg->findChild<QLineEdit *>(u"confirmPassword"_s), u"password"_s);
    QTest::mouseClick(reg->findChild<QPushButton *>(u"createAccount"_s), Qt::LeftButton);
    auto *emailError = reg->findChild<FieldError *>(u"emailError"_s);
    auto *passwordError = reg->findChild<FieldError *>(u"passwordError"_s);
    QTRY_VERIFY(emailError->isVisible());
    QVERIFY(passwordError->isVisible());
    QVERIFY(passwordError->text().contains(u"too common"_s));
    // Mismatched passwords never leave the form.
    typeInto(reg->findChild<QLineEdit *>(u"confirmPassword"_s), u"something else"_s);
    QTest::mouseClick(reg->findChild<QPushButton *>(u"createAccount"_s), Qt::LeftButton);
    QCOMPARE(reg->findChild<FieldError *>(u"confirmError"_s)->text(),
             u"The two passwords are not the same."_s);
}

void TestGui::usersDoNotSeeAdminActions()
{
    // The first account of this server is the admin (made by the first test or here).
    m_server->client().post("/register",
                            {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}});
    m_server->client().post("/register",
                            {{u"email"_s, u"bob@example.com"_s}, {u"password"_s, Password}});
    signIn(u"bob@example.com"_s, Password);
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedIn);
    QVERIFY(!window()->cataloguePage()->findChild<QWidget *>(u"adminBar"_s)->isVisible());
    window()->signOut();
    signIn(u"ada@example.com"_s, Password);
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedIn);
    QVERIFY(window()->cataloguePage()->findChild<QWidget *>(u"adminBar"_s)->isVisible());
}

void TestGui::adminAddsEditsAndDeletesAFilm()
{
    m_server->client().post("/register",
                            {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}});
    signIn(u"ada@example.com"_s, Password);
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedIn);
    CataloguePage *cat = window()->cataloguePage();
    QTRY_COMPARE(cat->model()->total(), 3201);

    // Add: the dialog refuses a film without a title, then saves one.
    QTest::mouseClick(cat->findChild<QPushButton *>(u"addMovie"_s), Qt::LeftButton);
    MovieDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = cat->findChild<MovieDialog *>()) && dialog->isVisible());
    dialog->save();
    QCOMPARE(dialog->findChild<FieldError *>(u"titleError"_s)->text(),
             u"Every film needs a title."_s);
    typeInto(dialog->findChild<QLineEdit *>(u"title"_s), u"Qwertyuiop Rising"_s);
    typeInto(dialog->findChild<QLineEdit *>(u"releaseDate"_s), u"2025-06-01"_s);
    dialog->save();
    QTRY_VERIFY(!cat->findChild<MovieDialog *>());
    QTRY_COMPARE(cat->model()->total(), 3202);

    // Find it, edit it.
    QTest::keyClicks(cat->findChild<QLineEdit *>(u"search"_s), u"qwertyuiop"_s);
    QTRY_COMPARE(cat->model()->total(), 1);
    QCOMPARE(cat->model()->index(0, MovieTableModel::Year).data().toInt(), 2025);
    cat->view()->selectRow(0);
    QTest::mouseClick(cat->findChild<QPushButton *>(u"editMovie"_s), Qt::LeftButton);
    QTRY_VERIFY((dialog = cat->findChild<MovieDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"title"_s)->text(), u"Qwertyuiop Rising"_s);
    typeInto(dialog->findChild<QLineEdit *>(u"title"_s), u"Qwertyuiop Returns"_s);
    dialog->save();
    QTRY_VERIFY(!cat->findChild<MovieDialog *>());
    QTRY_COMPARE(cat->model()->index(0, MovieTableModel::Title).data().toString(),
                 u"Qwertyuiop Returns"_s);

    // Delete, after confirming (a refusal first: it was asked, and nothing was sent).
    int asks = 0;
    cat->setConfirm([&asks](QWidget *, const QString &, const QString &) {
        ++asks;
        return false;
    });
    cat->view()->selectRow(0);
    ApiClient *api = m_app->api.get();
    QTRY_COMPARE(api->inFlight(), 0);
    QTest::mouseClick(cat->findChild<QPushButton *>(u"deleteMovie"_s), Qt::LeftButton);
    QCOMPARE(asks, 1);
    QCOMPARE(api->inFlight(), 0); // a DELETE would be on its way by now
    QCOMPARE(cat->model()->total(), 1);
    QString asked;
    cat->setConfirm([&](QWidget *, const QString &, const QString &text) {
        asked = text;
        return true;
    });
    QTest::mouseClick(cat->findChild<QPushButton *>(u"deleteMovie"_s), Qt::LeftButton);
    QVERIFY(asked.contains(u"Qwertyuiop Returns"_s));
    QTRY_COMPARE(cat->model()->total(), 0);
    QCOMPARE(cat->findChild<QLabel *>(u"count"_s)->text(), u"No films match"_s);
}

void TestGui::shortcutsAndAbout()
{
    m_server->client().post("/register",
                            {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, Password}});
    signIn(u"ada@example.com"_s, Password);
    QTRY_COMPARE(window()->state(), MainWindow::State::SignedIn);
    window()->activateWindow();
    window()->tabs()->setCurrentWidget(window()->profilePage());
    QTest::keySequence(window(), QKeySequence::Find); // Ctrl+F: back to the catalogue's search
    QCOMPARE(window()->tabs()->currentWidget(), window()->cataloguePage());
    QTRY_VERIFY(window()->cataloguePage()->findChild<QLineEdit *>(u"search"_s)->hasFocus());
    QCOMPARE(window()->findChild<QAction *>(u"actionRefresh"_s)->shortcut(),
             QKeySequence(QKeySequence::Refresh));
    QCOMPARE(window()->findChild<QAction *>(u"actionQuit"_s)->shortcut(),
             QKeySequence(QKeySequence::Quit));
    window()->signOut();
    QVERIFY(!window()->findChild<QAction *>(u"actionRefresh"_s)->isEnabled());
}

void TestGui::themeFollowsTheChoice()
{
    // View › Theme: the window, the state colours and the banner follow at once.
    LoginPage *login = window()->loginPage();
    window()->show();
    auto *emailError = login->findChild<FieldError *>(u"emailError"_s);
    QVERIFY(emailError);
    auto *banner = login->findChild<Banner *>();
    QVERIFY(banner);
    banner->showMessage(u"Hello"_s, Banner::Kind::Warning);
    const auto colourOf = [](QWidget *w) { return w->palette().color(QPalette::WindowText); };
    // What the banner paints inside its border, left of its text.
    const auto fillOf
            = [](QWidget *w) { return w->grab().toImage().pixelColor(4, w->height() / 2); };

    window()->findChild<QAction *>(u"theme_dark"_s)->trigger();
    QVERIFY(Theme::isDark());
    QCOMPARE(Theme::chosen(), Theme::Mode::Dark);
    QTRY_COMPARE(colourOf(emailError), Palette::text(Palette::State::Error, Palette::dark()));
    QTRY_COMPARE(fillOf(banner), Palette::fill(Palette::State::Warning, Palette::dark()));

    window()->findChild<QAction *>(u"theme_light"_s)->trigger();
    QVERIFY(!Theme::isDark());
    QTRY_COMPARE(colourOf(emailError), Palette::text(Palette::State::Error, Palette::light()));
    QTRY_COMPARE(fillOf(banner), Palette::fill(Palette::State::Warning, Palette::light()));
    // The two themes' error colours differ: the check above could not pass by accident.
    QVERIFY(Palette::text(Palette::State::Error, Palette::dark())
            != Palette::text(Palette::State::Error, Palette::light()));
    window()->findChild<QAction *>(u"theme_system"_s)->trigger();
    QCOMPARE(Theme::chosen(), Theme::Mode::System);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
