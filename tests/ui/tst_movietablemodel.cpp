// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/apiclient.h"
#include "models/movietablemodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
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
    void filterNarrows();
    void sortsThroughTheApi_data();
    void sortsThroughTheApi();
    void staleAnswersAreDropped();

private:
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

void TestMovieTableModel::loadsPagesOnDemand()
{
    QCOMPARE(m_model->total(), -1);
    m_model->reload();
    QTRY_COMPARE(m_model->total(), 3201);
    // The model tester asks for more while it checks, so more than one page may be in.
    QVERIFY(m_model->rowCount() >= MovieTableModel::PageSize);
    QCOMPARE(m_model->rowCount() % MovieTableModel::PageSize, 0);
    QCOMPARE(m_model->columnCount(), int(MovieTableModel::ColumnCount));
    QCOMPARE(m_model->index(0, MovieTableModel::Title).data().toString(), u"The Land Girls"_s);
    QCOMPARE(m_model->index(0, MovieTableModel::Year).data().toInt(), 1998);
    while (m_model->canFetchMore({}) || m_model->isLoading()) {
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        QVERIFY(!m_model->canFetchMore({})); // one page at a time
        QTRY_VERIFY(m_model->rowCount() > before || !m_model->isLoading());
    }
    // Every film exactly once.
    QCOMPARE(m_model->rowCount(), 3201);
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->movie(row).value("id"_L1).toInteger());
    QCOMPARE(ids.size(), 3201);
}

void TestMovieTableModel::filterNarrows()
{
    MovieFilter f;
    f.text = u"star wars"_s;
    m_model->setFilter(f);
    QTRY_VERIFY(m_model->total() > 0);
    QVERIFY(m_model->total() < 20);
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
    QTRY_VERIFY(m_model->rowCount() >= MovieTableModel::PageSize);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QVariant a = m_model->index(row - 1, column).data();
        const QVariant b = m_model->index(row, column).data();
        if (!a.isValid() || !b.isValid())
            continue;
        const int cmp = column == MovieTableModel::Title
                ? a.toString().compare(b.toString(), Qt::CaseInsensitive)
                : (a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble());
        QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                 qPrintable(a.toString() + u" / "_s + b.toString()));
    }
    // Columns the API cannot sort by leave the order alone.
    m_model->sort(MovieTableModel::Director);
    QCOMPARE(m_model->filter().sort, sent);
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
