// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/tonightdialog.h"
#include "guitestsupport.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "pages/loginpage.h"
#include "testserver.h"
#include "translator.h"
#include "widgets/catalogueview.h"
#include "widgets/starrating.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
const QString Email = u"cinephile@example.com"_s;
} // namespace

// The "done when", on real widgets against the real server: rate ten films, mark three
// watched on past dates (one twice), put five on the watchlist, filter to "Not watched" by IMDb
// rating, ask for tonight's film, and find all of it again after a relaunch.
class TestMyLife : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void aFilmLifeSurvivesARelaunch();

private:
    void start();
    void waitForRows();
    void select(int row);
    CataloguePage *page() const { return m_app->window->cataloguePage(); }
    MovieTableModel *model() const { return page()->model(); }
    CatalogueView *view() const { return page()->view(); }
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
};

void TestMyLife::initTestCase()
{
    Translator::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"admin@example.com"_s, Password);
    m_server->registerAndLogin(Email, Password);
}

void TestMyLife::start()
{
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"my life "_s + QUuid::createUuid().toString());
    m_app->window->resize(1280, 800);
    QTRY_COMPARE(m_app->window->state(), MainWindow::State::SignedOut);
    auto *login = m_app->window->loginPage();
    typeInto(login->findChild<QLineEdit *>(u"email"_s), Email);
    auto *pw = login->findChild<QLineEdit *>(u"password"_s);
    typeInto(pw, Password);
    QTest::keyClick(pw, Qt::Key_Return);
    QTRY_COMPARE(m_app->window->state(), MainWindow::State::SignedIn);
    waitForRows();
}

void TestMyLife::waitForRows()
{
    QTRY_VERIFY(model()->total() >= 0);
    if (model()->total() > 0)
        QTRY_VERIFY(model()->isLoaded(0));
    QTRY_COMPARE(m_app->api->inFlight(), 0);
}

void TestMyLife::select(int row)
{
    view()->setFocus();
    view()->selectionModel()->setCurrentIndex(model()->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
}

void TestMyLife::aFilmLifeSurvivesARelaunch()
{
    start();
    // Rate ten films: nine with the keys, one with a click on the stars (three and a half).
    QHash<qint64, double> rated;
    for (int row = 0; row < 9; ++row) {
        select(row);
        QTest::keyClick(view(), Qt::Key(Qt::Key_1 + row % 5));
        if (row == 8)
            QTest::keyClick(view(), Qt::Key_Minus); // 4 - 0.5
        rated.insert(model()->movie(row).value("id"_L1).toInteger(), row == 8 ? 3.5 : 1 + row % 5);
        QCOMPARE(model()->index(row, MovieTableModel::MyRating)
                         .data(MovieTableModel::RatingRole)
                         .toDouble(),
                 rated.value(model()->movie(row).value("id"_L1).toInteger()));
    }
    const QRect cell = view()->visualRect(model()->index(9, MovieTableModel::MyRating))
                               .adjusted(4, 2, -4, -2);
    const double star = std::min(double(cell.height()), cell.width() / 5.0);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                      QPoint(cell.left() + int(star * 3.25), cell.center().y()));
    QCOMPARE(model()->index(9, MovieTableModel::MyRating)
                     .data(MovieTableModel::RatingRole)
                     .toDouble(),
             3.5);
    rated.insert(model()->movie(9).value("id"_L1).toInteger(), 3.5);
    QTRY_COMPARE(m_app->api->inFlight(), 0);

    // Mark three watched on past dates, the first one twice.
    auto *date = page()->findChild<QDateEdit *>(u"watchedOn"_s);
    auto *onDate = page()->findChild<QPushButton *>(u"watchedOnDate"_s);
    QList<qint64> watched;
    for (const auto &[row, when] :
         {std::pair{20, QDate(2024, 3, 1)}, std::pair{20, QDate(2025, 1, 5)},
          std::pair{21, QDate(2023, 7, 14)}, std::pair{22, QDate(2019, 12, 24)}}) {
        select(row);
        date->setDate(when);
        QTest::mouseClick(onDate, Qt::LeftButton);
        QTRY_COMPARE(m_app->api->inFlight(), 0);
        if (!watched.contains(model()->movie(row).value("id"_L1).toInteger()))
            watched << model()->movie(row).value("id"_L1).toInteger();
    }
    select(20);
    QTRY_COMPARE(model()->movie(20).value("mine"_L1).toObject().value("timesWatched"_L1).toInt(),
                 2);
    QCOMPARE(model()->movie(20).value("mine"_L1).toObject().value("lastWatchedOn"_L1).toString(),
             u"2025-01-05"_s);
    auto *viewings = page()->findChild<QListWidget *>(u"viewings"_s);
    QTRY_COMPARE(viewings->count(), 2);
    QVERIFY(viewings->item(0)->text().contains(u"rewatch"_s));
    QVERIFY(!model()->index(20, MovieTableModel::LastWatched).data().toString().isEmpty());

    // Five on the watchlist, with the panel's check box.
    for (int row = 30; row < 35; ++row) {
        select(row);
        auto *box = page()->findChild<QCheckBox *>(u"watchlist"_s);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2)); // the box
        QVERIFY(box->isChecked());
        QTRY_COMPARE(m_app->api->inFlight(), 0);
        QVERIFY(model()->movie(row).value("mine"_L1).toObject().value("watchlist"_L1).toBool());
        QVERIFY(!model()->index(row, MovieTableModel::Title).data(Qt::DecorationRole).isNull());
    }

    // Tags and notes in the panel.
    select(40);
    auto *tags = page()->findChild<QLineEdit *>(u"tags"_s);
    tags->setFocus(); // as a click into the field does
    typeInto(tags, u"cosy, Cosy , noir,"_s);
    QTest::keyClick(tags, Qt::Key_Return);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    QCOMPARE(model()->movie(40).value("mine"_L1).toObject().value("tags"_L1).toArray(),
             (QJsonArray{u"cosy"_s, u"noir"_s}));
    auto *notes = page()->findChild<QPlainTextEdit *>(u"notes"_s);
    notes->setPlainText(u"  Watch with Bea.  "_s);
    QTest::mouseClick(page()->findChild<QPushButton *>(u"saveNotes"_s), Qt::LeftButton);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    QCOMPARE(model()->movie(40).value("mine"_L1).toObject().value("notes"_L1).toString(),
             u"Watch with Bea."_s);
    const qint64 tagged = model()->movie(40).value("id"_L1).toInteger();

    // Not watched, best IMDb rating first.
    auto *mine = page()->findChild<QComboBox *>(u"mineFilter"_s);
    mine->setCurrentIndex(mine->findData(u"notWatched"_s));
    view()->horizontalHeader()->setSortIndicator(MovieTableModel::Rating, Qt::DescendingOrder);
    waitForRows();
    QCOMPARE(model()->total(), 3201 - 3);
    QCOMPARE(model()->filter().sort, u"-rating"_s);
    for (int row = 0; row < 50; ++row)
        QVERIFY(!watched.contains(model()->movie(row).value("id"_L1).toInteger()));
    QVERIFY(model()->index(0, MovieTableModel::Rating).data().toDouble()
            >= model()->index(49, MovieTableModel::Rating).data().toDouble());

    // Tonight's film: among the films not watched; another; onto the watchlist.
    TonightDialog *tonight = m_app->window->showTonight();
    QVERIFY(tonight);
    QTRY_VERIFY(!tonight->pick().isEmpty());
    QVERIFY(!watched.contains(tonight->pick().value("id"_L1).toInteger()));
    QVERIFY(!tonight->findChild<QLabel *>(u"pickTitle"_s)->text().isEmpty());
    tonight->findChild<QComboBox *>(u"from"_s)->setCurrentIndex(1); // my watchlist
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    QVERIFY(tonight->pick().value("mine"_L1).toObject().value("watchlist"_L1).toBool());
    tonight->findChild<QComboBox *>(u"from"_s)->setCurrentIndex(0);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    QTest::mouseClick(tonight->findChild<QPushButton *>(u"another"_s), Qt::LeftButton);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    const qint64 pick = tonight->pick().value("id"_L1).toInteger();
    QVERIFY(pick > 0);
    if (tonight->pick().value("mine"_L1).toObject().value("watchlist"_L1).toBool()) {
        QTest::mouseClick(tonight->findChild<QPushButton *>(u"another"_s), Qt::LeftButton);
        QTRY_COMPARE(m_app->api->inFlight(), 0);
    }
    const qint64 added = tonight->pick().value("id"_L1).toInteger();
    const bool alreadyListed
            = tonight->pick().value("mine"_L1).toObject().value("watchlist"_L1).toBool();
    QTest::mouseClick(tonight->findChild<QPushButton *>(u"addToWatchlist"_s), Qt::LeftButton);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    tonight->reject();

    // A relaunch of the app and of its server (the database opened again): all of it is still
    // there.
    m_app.reset();
    m_server->stop();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    start();
    for (auto it = rated.begin(); it != rated.end(); ++it) {
        const QJsonObject film = m_server->client()
                                         .get("/moviedata/" + QByteArray::number(it.key()),
                                              m_app->api->session().accessToken)
                                         .json();
        QCOMPARE(film.value("mine"_L1).toObject().value("rating"_L1).toDouble(), it.value());
    }
    auto *filter = page()->findChild<QComboBox *>(u"mineFilter"_s);
    filter->setCurrentIndex(filter->findData(u"watched"_s));
    waitForRows();
    QCOMPARE(model()->total(), 3);
    filter->setCurrentIndex(filter->findData(u"watchlist"_s));
    waitForRows();
    QCOMPARE(model()->total(), alreadyListed ? 5 : 6);
    QVERIFY(model()->rowOf(added) >= 0);
    const QJsonObject taggedFilm = m_server->client()
                                           .get("/moviedata/" + QByteArray::number(tagged),
                                                m_app->api->session().accessToken)
                                           .json()
                                           .value("mine"_L1)
                                           .toObject();
    QCOMPARE(taggedFilm.value("tags"_L1).toArray(), (QJsonArray{u"cosy"_s, u"noir"_s}));
    QCOMPARE(taggedFilm.value("notes"_L1).toString(), u"Watch with Bea."_s);
    // The ratings show in the table of a new window too.
    filter->setCurrentIndex(filter->findData(QString()));
    view()->horizontalHeader()->setSortIndicator(MovieTableModel::MyRating, Qt::DescendingOrder);
    waitForRows();
    QCOMPARE(model()->index(0, MovieTableModel::MyRating)
                     .data(MovieTableModel::RatingRole)
                     .toDouble(),
             5.0);
    QCOMPARE(model()->index(0, MovieTableModel::MyRating).data().toString(), u"★★★★★"_s);
}

QTEST_MAIN(TestMyLife)
#include "tst_mylife.moc"
