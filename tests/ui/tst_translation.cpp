// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"
#include "models/movietablemodel.h"
#include "pages/loginpage.h"
#include "testserver.h"
#include "translator.h"

#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

// The app in other languages: the translations are built in, follow a choice or the system,
// and reach the widgets.
class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { Translator::install(u"en"_s); }
    void cleanupTestCase() { m_server.reset(); }
    void languagesAreBuiltIn();
    void startsInGerman_data();
    void startsInGerman();
    void errorsAreTranslated();
    void pluralsFollowTheLanguage_data();
    void pluralsFollowTheLanguage();
    void followsTheSystemLanguage();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestTranslation::languagesAreBuiltIn()
{
    QStringList codes = Translator::available();
    codes.sort();
    QCOMPARE(codes, (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s}));
    QCOMPARE(Translator::nativeName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(Translator::nativeName(u"fr"_s), u"Français"_s);
}

void TestTranslation::startsInGerman_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("signIn");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("titleColumn");
    QTest::addRow("German") << u"de"_s << u"Anmelden"_s << u"&Datei"_s << u"Titel"_s;
    QTest::addRow("French") << u"fr"_s << u"Se connecter"_s << u"&Fichier"_s << u"Titre"_s;
    QTest::addRow("Spanish") << u"es"_s << u"Iniciar sesión"_s << u"&Archivo"_s << u"Título"_s;
}

void TestTranslation::startsInGerman()
{
    QFETCH(QString, code);
    QFETCH(QString, signIn);
    QFETCH(QString, fileMenu);
    QFETCH(QString, titleColumn);
    QCOMPARE(Translator::install(code), code);
    GuiApp app(m_server->port(), u"i18n test "_s + QUuid::createUuid().toString());
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedOut);
    QCOMPARE(app.window->loginPage()->findChild<QPushButton *>(u"signIn"_s)->text(), signIn);
    QCOMPARE(app.window->menuBar()->actions().first()->text(), fileMenu);
    MovieTableModel model(app.api.get());
    QCOMPARE(model.headerData(MovieTableModel::Title, Qt::Horizontal).toString(), titleColumn);
}

void TestTranslation::errorsAreTranslated()
{
    Translator::install(u"de"_s);
    m_server->client().post(
            "/register",
            {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, u"correct horse battery"_s}});
    GuiApp app(m_server->port(), u"i18n test "_s + QUuid::createUuid().toString());
    QTRY_COMPARE(app.window->state(), MainWindow::State::SignedOut);
    typeInto(app.window->loginPage()->findChild<QLineEdit *>(u"email"_s), u"ada@example.com"_s);
    auto *pw = app.window->loginPage()->findChild<QLineEdit *>(u"password"_s);
    typeInto(pw, u"not the password"_s);
    QTest::keyClick(pw, Qt::Key_Return);
    // The API's detail is English; the app shows its code in the person's language.
    auto *error = app.window->loginPage()->findChild<QLabel *>(u"passwordError"_s);
    QTRY_COMPARE(error->text(), u"Falsche E-Mail-Adresse oder falsches Passwort."_s);
}

void TestTranslation::pluralsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("many");
    QTest::addColumn<QString>("wait");
    QTest::addRow("en") << u"en"_s << u"1 film"_s << u"3,201 films"_s << u"2 minutes"_s;
    QTest::addRow("de") << u"de"_s << u"1 Film"_s << u"3.201 Filme"_s << u"2 Minuten"_s;
    QTest::addRow("fr") << u"fr"_s << u"1 film"_s << u"3\u202f201 films"_s << u"2 minutes"_s;
    QTest::addRow("es") << u"es"_s << u"1 película"_s << u"3201 películas"_s << u"2 minutos"_s;
}

void TestTranslation::pluralsFollowTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, one);
    QFETCH(QString, many);
    QFETCH(QString, wait);
    QCOMPARE(Translator::install(code), code);
    QCOMPARE(QCoreApplication::translate("CataloguePage", "%Ln film(s)", nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("CataloguePage", "%Ln film(s)", nullptr, 3201),
             QString(many).replace(u"\\u202f"_s, QString(QChar(0x202f))));
    QCOMPARE(QCoreApplication::translate("ApiErrors", "%n minute(s)", nullptr, 2), wait);
}

void TestTranslation::followsTheSystemLanguage()
{
    Translator::choose(QString()); // "as the system"
    QLocale::setDefault(QLocale(u"fr_FR"_s));
    QCOMPARE(Translator::install(), u"fr"_s);
    GuiApp app(m_server->port(), u"i18n test "_s + QUuid::createUuid().toString());
    QCOMPARE(app.window->loginPage()->findChild<QPushButton *>(u"signIn"_s)->text(),
             u"Se connecter"_s);
    // A chosen language wins over the system's.
    Translator::choose(u"es"_s);
    QCOMPARE(Translator::install(), u"es"_s);
    Translator::choose(QString());
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
