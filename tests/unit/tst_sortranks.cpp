// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/sortranks.h"
#include "testserver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The films' ids in an order written out here, apart from MovieSql: the reference the ranks
// must agree with.
QList<qint64> idsInOrder(const QSqlDatabase &db, const QString &orderBy)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id FROM movies ORDER BY "_s + orderBy))
        qWarning() << q.lastError().text();
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// The films' ids ordered by their place in ranks, in one direction.
QList<qint64> idsByPlace(const SortRanks::Ranks &ranks, bool descending)
{
    QList<qint64> ids(qsizetype(ranks.films), -1);
    for (size_t id = 0; id < ranks.byId.size(); ++id) {
        if (ranks.byId[id] != 0)
            ids[ranks.place(ranks.byId[id] - 1, descending)] = qint64(id);
    }
    return ids;
}

} // namespace

// Each film's place in each column sort (SortRanks), on a real SQLite catalogue: the order
// agrees with a plain ORDER BY both ways, a change of the catalogue's version makes them stale,
// and a large catalogue has them made on the background thread.
class TestSortRanks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void placesFollowTheSort_data();
    void placesFollowTheSort();
    void aChangedCatalogueIsRankedAgain();
    void aLargeCatalogueIsRankedInTheBackground();

private:
    qint64 films() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::atomic<quint64> m_version{1};
};

void TestSortRanks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(u"reelvault.sqlite"_s));
    QVERIFY(m_db->open());
    m_version = 1;
}

void TestSortRanks::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestSortRanks::films() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(u"SELECT COUNT(*) FROM movies"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestSortRanks::placesFollowTheSort_data()
{
    QTest::addColumn<MovieQuery::Sort>("sort");
    QTest::addColumn<QString>("ascending");
    QTest::addColumn<QString>("descending");
    // Unknown values last either way; descending is ascending backwards, ties too.
    const auto plain = [](const QString &c) {
        return QStringList{c + u" IS NULL, "_s + c + u", id"_s,
                           c + u" IS NULL, "_s + c + u" DESC, id DESC"_s};
    };
    const auto text = [](const QString &c) {
        return QStringList{
                c + u" IS NULL, "_s + c + u" COLLATE NOCASE, sort_title COLLATE NOCASE, id"_s,
                c + u" IS NULL, "_s + c
                        + u" COLLATE NOCASE DESC, sort_title COLLATE NOCASE DESC, id DESC"_s};
    };
    const QStringList title{u"sort_title IS NULL, sort_title COLLATE NOCASE, id"_s,
                            u"sort_title IS NULL, sort_title COLLATE NOCASE DESC, id DESC"_s};
    const auto row = [](const char *name, MovieQuery::Sort sort, const QStringList &orders) {
        QTest::newRow(name) << sort << orders[0] << orders[1];
    };
    row("title", MovieQuery::Sort::Title, title);
    row("year", MovieQuery::Sort::Year, plain(u"year"_s));
    row("rating", MovieQuery::Sort::Rating, plain(u"imdb_rating"_s));
    row("runtime", MovieQuery::Sort::Runtime, plain(u"runtime_minutes"_s));
    row("rottenTomatoes", MovieQuery::Sort::RottenTomatoes, plain(u"rotten_tomatoes_rating"_s));
    row("director", MovieQuery::Sort::Director, text(u"director"_s));
    row("genre", MovieQuery::Sort::Genre, text(u"genre"_s));
}

void TestSortRanks::placesFollowTheSort()
{
    QFETCH(MovieQuery::Sort, sort);
    QFETCH(QString, ascending);
    QFETCH(QString, descending);
    // Some films without the value, so that "unknown last" is tested in both directions.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE movies SET year = NULL, imdb_rating = NULL, runtime_minutes = NULL, "
                   u"rotten_tomatoes_rating = NULL, director = NULL, genre = NULL "
                   u"WHERE id % 7 = 0"_s));
    QVERIFY(q.exec(u"UPDATE movies SET title = NULL WHERE id % 97 = 0"_s)); // no sort_title
    SortRanks ranks(*m_db, [this] { return m_version.load(); });
    const SortRanks::Snapshot snapshot = ranks.ranks(sort, films());
    QVERIFY(snapshot);
    QCOMPARE(snapshot->version, 1U);
    QCOMPARE(qint64(snapshot->films), films());
    const auto up = idsInOrder(m_db->connection(), ascending);
    QVERIFY(up.size() > 3000);
    QCOMPARE(idsByPlace(*snapshot, false), up);
    QCOMPARE(idsByPlace(*snapshot, true), idsInOrder(m_db->connection(), descending));
    // Asked again at the same version: the same ranks, not made again.
    QCOMPARE(ranks.ranks(sort, films()), snapshot);
}

void TestSortRanks::aChangedCatalogueIsRankedAgain()
{
    SortRanks ranks(*m_db, [this] { return m_version.load(); });
    const auto before = ranks.ranks(MovieQuery::Sort::Title, films());
    QVERIFY(before);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO movies (title) VALUES ('AAA first') RETURNING id"_s));
    QVERIFY(q.next());
    const qint64 added = q.value(0).toLongLong();
    q.finish();
    // Until the version moves, the ranks made before are still served (the store bumps it after
    // each write commits; a match newer than the ranks is then read the other way).
    QCOMPARE(ranks.ranks(MovieQuery::Sort::Title, films()), before);
    QVERIFY(quint64(added) >= before->byId.size() || before->byId[size_t(added)] == 0);
    ++m_version;
    const auto after = ranks.ranks(MovieQuery::Sort::Title, films());
    QVERIFY(after);
    QVERIFY(after != before);
    QCOMPARE(after->version, 2U);
    QCOMPARE(after->films, before->films + 1);
    const auto byTitle = idsInOrder(m_db->connection(),
                                    u"sort_title IS NULL, sort_title COLLATE NOCASE, id"_s);
    QCOMPARE(qsizetype(after->byId[size_t(added)]), byTitle.indexOf(added) + 1);
    QCOMPARE(idsByPlace(*after, false), byTitle);
}

void TestSortRanks::aLargeCatalogueIsRankedInTheBackground()
{
    // Over SortRanks::MadeInline films: a request does not wait for the ranks.
    QCOMPARE(TestServer::growCatalogue(m_dir->path(), int(SortRanks::MadeInline) + 5000),
             QString());
    const qint64 large = films();
    QCOMPARE(large, SortRanks::MadeInline + 5000);
    QThreadPool background;
    background.setMaxThreadCount(1);
    background.setExpiryTimeout(-1);
    SortRanks ranks(*m_db, [this] { return m_version.load(); });
    ranks.setBackground(&background);
    QVERIFY(!ranks.ranks(MovieQuery::Sort::Year, large));
    QVERIFY(!ranks.ranks(MovieQuery::Sort::Year, large)); // asked again: made once
    QCOMPARE(background.activeThreadCount(), 1);
    // (Not waitForDone(): it ends the pool's threads, whose connections the database keeps.)
    SortRanks::Snapshot made;
    QTRY_VERIFY_WITH_TIMEOUT((made = ranks.ranks(MovieQuery::Sort::Year, large)), 30'000);
    QCOMPARE(qint64(made->films), large);
    QCOMPARE(idsByPlace(*made, false), idsInOrder(m_db->connection(), u"year IS NULL, year, id"_s));
    // The catalogue changed: stale, made again in the background.
    ++m_version;
    QVERIFY(!ranks.ranks(MovieQuery::Sort::Year, large));
    SortRanks::Snapshot remade;
    QTRY_VERIFY_WITH_TIMEOUT((remade = ranks.ranks(MovieQuery::Sort::Year, large)), 30'000);
    QVERIFY(remade != made);
    QCOMPARE(remade->version, 2U);
}

QTEST_GUILESS_MAIN(TestSortRanks)
#include "tst_sortranks.moc"
