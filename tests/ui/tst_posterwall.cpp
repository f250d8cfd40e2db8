// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "testserver.h"
#include "widgets/catalogueview.h"
#include "widgets/posterart.h"
#include "widgets/posterthumbnails.h"
#include "widgets/posterwall.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
} // namespace

// The poster wall on real widgets against the real server: Ctrl+G swaps it for the table with the
// same films, order and selection; its thumbnails are the films' generated art (or their own
// posters) made off the GUI thread; the keyboard moves through it and rates; search and filters
// apply; the choice is kept across launches; scrolling to the end of the catalogue loads only
// what comes into view.
class TestPosterWall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void switchesKeepingTheSelection();
    void thumbnailsAreTheArt();
    void ownPosterOnTheWall();
    void keyboardMovesAndRates_data();
    void keyboardMovesAndRates();
    void searchAppliesAndEmptyIsSaid();
    void keptAcrossLaunches();
    void scrollingToTheEndLoadsOnlyWhatIsSeen();

private:
    void signIn(const QString &email = u"admin@example.com"_s);
    void toggleWall();
    CataloguePage *page() const { return m_app->window->cataloguePage(); }
    PosterWall *wall() const { return page()->wall(); }
    MovieTableModel *model() const { return page()->model(); }
    int currentRow() const { return wall()->currentIndex().row(); }
    int perRow() const;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
};

void TestPosterWall::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"admin@example.com"_s, Password);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // the table, as a first launch has it
}

void TestPosterWall::cleanup()
{
    m_app.reset();
    m_server.reset();
}

void TestPosterWall::signIn(const QString &email)
{
    // A keychain entry of its own per launch: each signs in (what is kept across launches here is
    // the settings, not the session).
    m_app = std::make_unique<GuiApp>(m_server->port(), u"wall "_s + QUuid::createUuid().toString());
    m_app->window->resize(1280, 800);
    QVERIFY(signInAs(*m_app, email, Password));
    QTRY_VERIFY(model()->total() > 0 && model()->isLoaded(0));
}

void TestPosterWall::toggleWall()
{
    auto *action = m_app->find<QAction>(u"actionPosterWall"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+G"_s));
    action->trigger();
}

int TestPosterWall::perRow() const
{
    const QRect first = wall()->visualRect(model()->index(0, 0));
    return wall()->viewport()->width() / first.width();
}

void TestPosterWall::switchesKeepingTheSelection()
{
    signIn();
    QVERIFY(page()->view()->isVisible());
    QVERIFY(!wall()->isVisible());
    page()->view()->selectRow(7);
    const QString title = model()->movie(7).value("title"_L1).toString();

    toggleWall();
    QVERIFY(wall()->isVisible());
    QVERIFY(!page()->view()->isVisible());
    QVERIFY(page()->isWallShown());
    QVERIFY(m_app->find<QAction>(u"actionPosterWall"_s)->isChecked());
    QCOMPARE(wall()->model(), model()); // the same films, in the same order
    QCOMPARE(currentRow(), 7);
    QCOMPARE(m_app->find<QLabel>(u"detailTitle"_s)->text().contains(title), true);
    // Laid out in rows across the width, posters of one size.
    QVERIFY(perRow() >= 3);
    const QRect a = wall()->visualRect(model()->index(0, 0));
    const QRect b = wall()->visualRect(model()->index(1, 0));
    QCOMPARE(b.top(), a.top());
    QCOMPARE(b.left(), a.right() + 1);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.height() > PosterWall::PosterSize.height());

    // Choosing another film on the wall shows it in the table too.
    wall()->setCurrentIndex(model()->index(2, 0));
    toggleWall();
    QVERIFY(page()->view()->isVisible());
    QCOMPARE(page()->view()->currentIndex().row(), 2);
}

void TestPosterWall::thumbnailsAreTheArt()
{
    signIn();
    toggleWall();
    // Every film in view gets its thumbnail (made on a worker; the wall paints it when ready),
    // and it is exactly the film's generated art.
    const qreal dpr = wall()->devicePixelRatioF();
    for (int row = 0; row < perRow() * 2; ++row) {
        const QJsonObject movie = model()->movie(row);
        QTRY_VERIFY2(!wall()->thumbnails()->thumbnail(movie).isNull(),
                     qPrintable(movie.value("title"_L1).toString()));
        const QPixmap thumbnail = wall()->thumbnails()->thumbnail(movie);
        QCOMPARE(thumbnail.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 PosterArt::render(movie, PosterWall::PosterSize, dpr)
                         .convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
    // And it is what the wall shows: the pixel at the poster's middle is the art's.
    const QImage shown = wall()->viewport()->grab().toImage();
    const QRect item = wall()->visualRect(model()->index(1, 0));
    const QImage art = PosterArt::render(model()->movie(1), PosterWall::PosterSize, dpr);
    const QPoint inPoster(PosterWall::PosterSize.width() / 2, PosterWall::PosterSize.height() / 4);
    const QPoint at = item.topLeft()
            + QPoint((item.width() - PosterWall::PosterSize.width()) / 2, 8) + inPoster;
    QCOMPARE(shown.pixelColor(at * shown.devicePixelRatio()),
             art.pixelColor(inPoster * art.devicePixelRatio()));
}

void TestPosterWall::ownPosterOnTheWall()
{
    signIn();
    const qint64 id = model()->movie(0).value("id"_L1).toInteger();
    QImage image(400, 600, QImage::Format_RGB32);
    image.fill(QColor(30, 160, 60));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    HttpClient::Request put;
    put.method = "PUT";
    put.target = "/moviedata/" + QByteArray::number(id) + "/poster";
    put.body = png;
    put.json = false;
    put.headers = {{"Authorization", "Bearer " + m_server->login(u"admin@example.com"_s, Password)},
                   {"Content-Type", "image/png"}};
    QCOMPARE(m_server->client().send(put).status, 204);

    toggleWall();
    page()->refresh();
    QTRY_VERIFY(model()->isLoaded(0) && model()->movie(0).value("hasPoster"_L1).toBool());
    // Fetched, decoded and scaled on a worker: asked for until it is there.
    QTRY_VERIFY(!wall()->thumbnails()->thumbnail(model()->movie(0)).isNull());
    const QPixmap thumbnail = wall()->thumbnails()->thumbnail(model()->movie(0));
    const QImage thumb = thumbnail.toImage();
    // The film's own image, scaled to the wall's poster size.
    QCOMPARE(thumb.height(), qRound(PosterWall::PosterSize.height() * wall()->devicePixelRatioF()));
    QCOMPARE(thumb.pixelColor(thumb.width() / 2, thumb.height() / 2), QColor(30, 160, 60));
}

void TestPosterWall::keyboardMovesAndRates_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expectedStep"); // in films; 0: a row
    QTest::newRow("right") << int(Qt::Key_Right) << 1;
    QTest::newRow("left") << int(Qt::Key_Left) << -1;
    QTest::newRow("down") << int(Qt::Key_Down) << 0;
}

void TestPosterWall::keyboardMovesAndRates()
{
    QFETCH(int, key);
    QFETCH(int, expectedStep);
    signIn();
    toggleWall();
    wall()->setFocus();
    wall()->setCurrentIndex(model()->index(5, 0));
    const int step = expectedStep == 0 ? perRow() : expectedStep;
    QTest::keyClick(wall(), Qt::Key(key));
    QCOMPARE(currentRow(), 5 + step);
    const QJsonObject movie = model()->movie(5 + step);
    QCOMPARE(page()->selectedId(), movie.value("id"_L1).toInteger());

    // A rating key rates the film under the cursor, as in the table.
    QTest::keyClick(wall(), Qt::Key_4);
    QCOMPARE(model()->index(5 + step, MovieTableModel::MyRating)
                     .data(MovieTableModel::RatingRole)
                     .toDouble(),
             4.0);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    const QByteArray token = m_server->login(u"admin@example.com"_s, Password);
    const auto answer = m_server->client().get(
            "/moviedata/" + QByteArray::number(movie.value("id"_L1).toInteger()), token);
    QCOMPARE(answer.json().value("mine"_L1).toObject().value("rating"_L1).toDouble(), 4.0);
}

void TestPosterWall::searchAppliesAndEmptyIsSaid()
{
    signIn();
    toggleWall();
    auto *search = m_app->find<QLineEdit>(u"search"_s);
    typeInto(search, u"alien"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(model()->total() > 0 && model()->total() < 20 && model()->isLoaded(0));
    QCOMPARE(wall()->model()->rowCount(), int(model()->total()));
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QJsonObject m = model()->movie(row);
        QVERIFY(QString(m.value("title"_L1).toString() + m.value("director"_L1).toString())
                        .contains(u"alien"_s, Qt::CaseInsensitive));
    }
    typeInto(search, u"zzqqxx"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(model()->total(), 0);
    QVERIFY(wall()->emptyText().contains(u"zzqqxx"_s));
    QCOMPARE(wall()->emptyText(), page()->view()->emptyText());
}

void TestPosterWall::keptAcrossLaunches()
{
    signIn();
    toggleWall();
    m_app.reset();
    signIn();
    QVERIFY(page()->isWallShown());
    QVERIFY(wall()->isVisible());
    QVERIFY(m_app->find<QAction>(u"actionPosterWall"_s)->isChecked());
    toggleWall();
    m_app.reset();
    signIn();
    QVERIFY(!page()->isWallShown());
}

void TestPosterWall::scrollingToTheEndLoadsOnlyWhatIsSeen()
{
    signIn();
    toggleWall();
    wall()->setFocus();
    wall()->setCurrentIndex(model()->index(0, 0));
    const int rows = model()->rowCount();
    QVERIFY(rows > 3000);
    // Page Down all the way: what passes by is asked for, but only the newest of it is made.
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(wall(), Qt::Key_PageDown);
        QVERIFY(wall()->thumbnails()->pending()
                <= PosterThumbnails::MaxQueued + PosterThumbnails::MaxFetches + 8);
    }
    QTest::keyClick(wall(), Qt::Key_End);
    QCOMPARE(currentRow(), rows - 1);
    QTRY_VERIFY(model()->isLoaded(rows - 1));
    // (Asking makes it, if the wall has not painted it yet.)
    const QJsonObject last = model()->movie(rows - 1);
    QTRY_VERIFY(!wall()->thumbnails()->thumbnail(last).isNull());
    QCOMPARE(page()->selectedId(), last.value("id"_L1).toInteger());
    // Pages in the middle that were only scrolled past fast are not all loaded.
    int loaded = 0;
    for (int row = 0; row < rows; row += MovieTableModel::PageSize)
        loaded += model()->isLoaded(row) ? 1 : 0;
    QVERIFY2(loaded < rows / MovieTableModel::PageSize, qPrintable(QString::number(loaded)));
}

QTEST_MAIN(TestPosterWall)
#include "tst_posterwall.moc"
