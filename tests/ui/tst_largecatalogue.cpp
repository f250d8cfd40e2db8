// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/apiclient.h"
#include "models/movietablemodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
} // namespace

// The catalogue model over a result the API counts only so far (totalExact false): in 25,000
// films, every film from 1900 on, read by SQL (as while the server is still making the sorts'
// places; once they are made it counts every match). The table has the lower bound's rows ("10,000+
// films"), grows as deeper pages arrive without dropping what is loaded, and ends at the exact
// count.
class TestLargeCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void aLowerBoundGrowsToTheExactCount();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
};

void TestLargeCatalogue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    {
        TestServer first(m_dir.path());
        QVERIFY2(first.start(), qPrintable(first.error()));
        QVERIFY(!first.registerToken(u"ada@example.com"_s, Password).isEmpty());
    }
    QCOMPARE(TestServer::growCatalogue(m_dir.path(), 25'000), QString());
    m_server = std::make_unique<TestServer>(m_dir.path());
    ServerConfig config;
    config.rankedPages = false;
    QVERIFY2(m_server->start(config), qPrintable(m_server->error()));
}

void TestLargeCatalogue::aLowerBoundGrowsToTheExactCount()
{
    qint64 exact = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(m_dir.path() + u"/reelvault.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM movies WHERE year >= 1900"_s) && q.next());
        exact = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    QVERIFY2(exact > 20'000 && exact <= 25'000, qPrintable(QString::number(exact)));

    ApiClient api;
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
    bool signedIn = false;
    api.login(u"ada@example.com"_s, Password, [&](const ApiResult &r) { signedIn = r.ok(); });
    QTRY_VERIFY(signedIn);
    MovieTableModel model(&api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MovieFilter filter;
    filter.yearFrom = 1900;
    model.setFilter(filter);
    QTRY_COMPARE(model.total(), 10'000);
    QVERIFY(!model.isTotalExact());
    QCOMPARE(model.rowCount(), 10'000);
    QTRY_VERIFY(model.isLoaded(0));
    const qint64 first = model.movie(0).value("id"_L1).toInteger();

    // The last row of the bound: its page shows there is more, and the rows grow.
    model.index(9'999, 0).data();
    QTRY_COMPARE(model.total(), 20'000);
    QVERIFY(!model.isTotalExact());
    QCOMPARE(model.rowCount(), 20'000);
    QVERIFY(model.isLoaded(0)); // nothing loaded was dropped
    QCOMPARE(model.movie(0).value("id"_L1).toInteger(), first);

    // Deeper again: now the count is exact, and the table ends where the films do.
    model.index(19'999, 0).data();
    QTRY_COMPARE(model.total(), exact);
    QVERIFY(model.isTotalExact());
    QCOMPARE(model.rowCount(), int(exact));
    model.index(int(exact) - 1, 0).data();
    QTRY_VERIFY(model.isLoaded(int(exact) - 1));
    QVERIFY(!model.movie(int(exact) - 1).isEmpty());
}

QTEST_MAIN(TestLargeCatalogue)
#include "tst_largecatalogue.moc"
