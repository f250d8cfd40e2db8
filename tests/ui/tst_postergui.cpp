// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "testserver.h"
#include "widgets/catalogueview.h"
#include "widgets/posterview.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
} // namespace

// The poster in the detail panel on real widgets against the real server: the generated art
// until a poster is set; an administrator sets one from a file, sees it, removes it; a file that
// is not an image is refused beside the poster; a user has no way to change it.
class TestPosterGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adminSetsAndRemoves();
    void notAnImageIsSaid();
    void usersOnlySee();

private:
    void signIn(const QString &email);
    void select(int row);
    QString write(const QString &name, const QByteArray &bytes);
    qint64 selectedId() const;
    PosterView *poster() const { return m_app->window->cataloguePage()->posterView(); }
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
    QTemporaryDir m_dir;
};

void TestPosterGui::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"admin@example.com"_s, Password);
    m_server->registerAndLogin(u"ada@example.com"_s, Password);
}

void TestPosterGui::cleanup()
{
    m_app.reset();
    m_server.reset();
}

void TestPosterGui::signIn(const QString &email)
{
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"poster "_s + QUuid::createUuid().toString());
    m_app->window->resize(1280, 800);
    QVERIFY(signInAs(*m_app, email, Password));
    MovieTableModel *model = m_app->window->cataloguePage()->model();
    QTRY_VERIFY(model->total() > 0 && model->isLoaded(0));
}

void TestPosterGui::select(int row)
{
    CataloguePage *page = m_app->window->cataloguePage();
    page->view()->selectionModel()->setCurrentIndex(page->model()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
}

qint64 TestPosterGui::selectedId() const
{
    CataloguePage *page = m_app->window->cataloguePage();
    return page->model()
            ->movie(page->view()->selectionModel()->currentIndex().row())
            .value("id"_L1)
            .toInteger();
}

QString TestPosterGui::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestPosterGui::adminSetsAndRemoves()
{
    signIn(u"admin@example.com"_s);
    select(2);
    const qint64 id = selectedId();
    QVERIFY(poster()->isVisible());
    QVERIFY(!poster()->isShowingPoster()); // the generated art
    QVERIFY(!poster()->image()->pixmap().isNull());
    QVERIFY(poster()->findChild<QPushButton *>(u"choosePoster"_s)->isVisible());
    QVERIFY(!poster()->findChild<QPushButton *>(u"removePoster"_s)->isVisible());

    QImage image(600, 900, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    poster()->setPosterFile(write(u"poster.png"_s, png));
    QTRY_VERIFY(poster()->isShowingPoster());
    QCOMPARE(selectedId(), id); // the same film stays selected
    // What is shown is the film's own image (red), at the panel's size.
    const QImage shown = poster()->image()->pixmap().toImage();
    QVERIFY(shown.height() <= qRound(PosterView::PosterSize.height() * shown.devicePixelRatio()));
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2).red(), 200);
    const QByteArray token = m_server->login(u"ada@example.com"_s, Password);
    QCOMPARE(m_server->client()
                     .get("/moviedata/" + QByteArray::number(id) + "/poster", token)
                     .status,
             200);
    QVERIFY(poster()->findChild<QPushButton *>(u"removePoster"_s)->isVisible());

    poster()->removePoster();
    QTRY_VERIFY(!poster()->isShowingPoster());
    QTRY_VERIFY(!poster()->findChild<QPushButton *>(u"removePoster"_s)->isVisible());
    QCOMPARE(m_server->client()
                     .get("/moviedata/" + QByteArray::number(id) + "/poster", token)
                     .status,
             404);
}

void TestPosterGui::notAnImageIsSaid()
{
    signIn(u"admin@example.com"_s);
    select(1);
    poster()->setPosterFile(write(u"notes.png"_s, "these are notes, not a picture\n"));
    QTRY_VERIFY(poster()->error()->isVisible());
    QVERIFY2(poster()->error()->text().contains(u"image"_s), qPrintable(poster()->error()->text()));
    QVERIFY(!poster()->isShowingPoster());
}

void TestPosterGui::usersOnlySee()
{
    signIn(u"ada@example.com"_s);
    select(0);
    QVERIFY(poster()->isVisible());
    QVERIFY(!poster()->findChild<QPushButton *>(u"choosePoster"_s)->isVisible());
    QVERIFY(!poster()->acceptDrops());
}

QTEST_MAIN(TestPosterGui)
#include "tst_postergui.moc"
