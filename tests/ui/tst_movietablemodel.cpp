// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/apiclient.h"
#include "models/movietablemodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The page-loading catalogue model against the real API: pages on demand, filters and sorting
// served by the server, and a clean model throughout (QAbstractItemModelTester).
class TestMovieTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void init();
    void loadsPagesOnDemand();
    void fastScrollAsksForWhatIsShown();
    void filterNarrows();
    void sortsThroughTheApi_data();
    void sortsThroughTheApi();
    void staleAnswersAreDropped();

private:
    void loadAll();
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<MovieTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMovieTableModel::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"ada@example.com"_s, u"correct horse battery"_s);
}

void TestMovieTableModel::init()
{
    m_api = std::make_unique<ApiClient>();
    m_api->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
    bool done = false;
    m_api->login(u"ada@example.com"_s, u"correct horse battery"_s, [&](const ApiResult &r) {
        QVERIFY(r.ok());
        done = true;
    });
    QTRY_VERIFY(done);
    m_model = std::make_unique<MovieTableModel>(m_api.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// Touches every row (as a view scrolling through would) and waits for all of them.
void TestMovieTableModel::loadAll()
{
    QTRY_VERIFY(m_model->total() >= 0);
    for (int row = 0; row < m_model->rowCount(); row += MovieTableModel::PageSize) {
        m_model->index(row, 0).data();
        QTRY_VERIFY(m_model->isLoaded(row));
    }
}

void TestMovieTableModel::loadsPagesOnDemand()
{
    QCOMPARE(m_model->total(), -1);
    m_model->reload();
    QTRY_COMPARE(m_model->total(), 3201);
    // The whole result has rows at once: the scroll bar and Ctrl+End see the true end.
    QCOMPARE(m_model->rowCount(), 3201);
    QCOMPARE(m_model->columnCount(), int(MovieTableModel::ColumnCount));
    QTRY_VERIFY(m_model->isLoaded(0));
    // The default order: title A to Z without a leading article ("The Abyss" under A).
    QCOMPARE(m_model->filter().sort, u"title"_s);
    QVERIFY(!m_model->index(0, MovieTableModel::Title).data().toString().startsWith(u"The "_s));
    // The last row is fetched on its own, without the pages before it.
    QVERIFY(!m_model->isLoaded(3200));
    QCOMPARE(m_model->index(3200, MovieTableModel::Title).data().toString(), u"Loading…"_s);
    QTRY_VERIFY(m_model->isLoaded(3200));
    QVERIFY(!m_model->isLoaded(1600));
    QVERIFY(!m_model->movie(3200).isEmpty());
    // Every film exactly once.
    loadAll();
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->movie(row).value("id"_L1).toInteger());
    QCOMPARE(ids.size(), 3201);
    QCOMPARE(m_model->rowOf(m_model->movie(1234).value("id"_L1).toInteger()), 1234);
}

// A fast scroll through many pages asks only for the last ones shown, a few at a time.
void TestMovieTableModel::fastScrollAsksForWhatIsShown()
{
    m_model->reload();
    QTRY_VERIFY(m_model->isLoaded(0));
    QTRY_COMPARE(m_api->inFlight(), 0);
    for (int row = 100; row < 3201; row += 100)
        m_model->index(row, 0).data();
    QTRY_VERIFY(m_api->inFlight() > 0);
    QVERIFY(m_api->inFlight() <= MovieTableModel::MaxPagesInFlight);
    QTRY_COMPARE(m_api->inFlight(), 0);
    QVERIFY(m_model->isLoaded(3200)); // the last shown is among those fetched
    QVERIFY(!m_model->isLoaded(200)); // pages scrolled past are not
}

void TestMovieTableModel::filterNarrows()
{
    MovieFilter f;
    f.text = u"star wars"_s;
    m_model->setFilter(f);
    QTRY_VERIFY(m_model->total() > 0);
    QVERIFY(m_model->total() < 20);
    loadAll();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = (m_model->index(row, MovieTableModel::Title).data().toString() + u' '
                              + m_model->index(row, MovieTableModel::Director).data().toString())
                                     .toLower();
        QVERIFY2(text.contains(u"star"_s) && text.contains(u"wars"_s), qPrintable(text));
    }
    f = {};
    f.genre = u"Western"_s;
    f.yearFrom = 1990;
    m_model->setFilter(f);
    QTRY_VERIFY(m_model->total() > 0);
    loadAll();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, MovieTableModel::Genre).data().toString(), u"Western"_s);
        QVERIFY(m_model->index(row, MovieTableModel::Year).data().toInt() >= 1990);
    }
}

void TestMovieTableModel::sortsThroughTheApi_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("sent");
    QTest::addRow("title") << int(MovieTableModel::Title) << Qt::AscendingOrder << u"title"_s;
    QTest::addRow("newest first") << int(MovieTableModel::Year) << Qt::DescendingOrder
                                  << u"-year"_s;
    QTest::addRow("best rated") << int(MovieTableModel::Rating) << Qt::DescendingOrder
                                << u"-rating"_s;
    QTest::addRow("genre") << int(MovieTableModel::Genre) << Qt::AscendingOrder << u"genre"_s;
    QTest::addRow("director Z to A")
            << int(MovieTableModel::Director) << Qt::DescendingOrder << u"-director"_s;
    QTest::addRow("Rotten Tomatoes")
            << int(MovieTableModel::Tomatoes) << Qt::DescendingOrder << u"-rottenTomatoes"_s;
    QTest::addRow("runtime") << int(MovieTableModel::Runtime) << Qt::AscendingOrder << u"runtime"_s;
}

void TestMovieTableModel::sortsThroughTheApi()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, sent);
    m_model->reload();
    QTRY_COMPARE(m_model->total(), 3201);
    m_model->sort(column, order);
    QCOMPARE(m_model->filter().sort, sent);
    QCOMPARE(MovieTableModel::sortColumn(sent), std::make_pair(column, order));
    QTRY_VERIFY(m_model->isLoaded(0));
    // Genre, director: the text; numbers by value (what the cell shows starts with it).
    static const QRegularExpression article(u"^(the|an|a) "_s,
                                            QRegularExpression::CaseInsensitiveOption);
    auto key = [&](int row) {
        QString text = m_model->index(row, column).data().toString();
        if (column == MovieTableModel::Title)
            text.remove(article);
        return text;
    };
    for (int row = 1; row < MovieTableModel::PageSize; ++row) {
        const QString a = key(row - 1);
        const QString b = key(row);
        if (a.isEmpty() || b.isEmpty())
            continue;
        const bool numeric = column != MovieTableModel::Title && column != MovieTableModel::Genre
                && column != MovieTableModel::Director;
        // "85%", "1,234 min", "7.5": the number it starts with.
        auto number = [](const QString &text) {
            return text.split(u' ').first().remove(u'%').remove(u',').toDouble();
        };
        const int cmp = numeric ? (number(a) < number(b) ? -1 : number(a) > number(b))
                                : a.compare(b, Qt::CaseInsensitive);
        QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0, qPrintable(a + u" / "_s + b));
    }
}

void TestMovieTableModel::staleAnswersAreDropped()
{
    MovieFilter first;
    first.text = u"spielberg"_s;
    m_model->setFilter(first);
    MovieFilter second;
    second.text = u"zemeckis"_s;
    m_model->setFilter(second); // before the first answer arrived
    QTRY_VERIFY(m_model->total() > 0);
    // Both answers are in (the first one arrived and was dropped, or arrives after the second).
    QTRY_COMPARE(m_api->inFlight(), 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row, MovieTableModel::Director)
                        .data()
                        .toString()
                        .contains(u"Zemeckis"_s));
}

QTEST_MAIN(TestMovieTableModel)
#include "tst_movietablemodel.moc"
