// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statsstore.h"
#include "testserver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse battery"_s;

// The bundled films of the fixture (checked in init()): id, title, runtime, genre, year,
// director, IMDb rating.
//   349  Fargo    87 min  Thriller/Suspense 1996 Joel Coen        8.3
//   2971 Titanic 194 min  Thriller/Suspense 1997 James Cameron    7.4
//   488  Jaws    (none)   Horror            1975 Steven Spielberg 8.3
//   1144 Alien   (none)   Horror            1979 Ridley Scott     8.5
constexpr qint64 Fargo = 349, Titanic = 2971, Jaws = 488, Alien = 1144;

QJsonArray counts(std::initializer_list<std::pair<QJsonValue, int>> rows, const char *key)
{
    QJsonArray out;
    for (const auto &[name, films] : rows)
        out.append(QJsonObject{{QLatin1StringView(key), name}, {u"films"_s, films}});
    return out;
}

QJsonArray months(int year, std::initializer_list<int> viewings, int firstMonth = 1)
{
    QJsonArray out;
    int month = firstMonth;
    for (const int n : viewings) {
        out.append(
                QJsonObject{{u"month"_s, u"%1-%2"_s.arg(year).arg(month, 2, 10, QLatin1Char('0'))},
                            {u"viewings"_s, n}});
        if (++month > 12) {
            month = 1;
            ++year;
        }
    }
    return out;
}

} // namespace

// GET /stats over real HTTP: exact numbers over a small diary, worked out by hand below; a year
// with no viewings; all time; the catalogue's part; a bad year.
class TestApiStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }
    void aYear();
    void allTime();
    void aYearWithNothing();
    void theCatalogue();
    void largeCatalogueIsSampled();
    void badYear_data();
    void badYear();

private:
    QJsonObject stats(const QByteArray &query = {}) const;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_admin;
    QByteArray m_ada;
};

void TestApiStats::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = m_server->registerToken(u"admin@example.com"_s, Password);
    m_ada = m_server->registerToken(u"ada@example.com"_s, Password);
    const QByteArray bob = m_server->registerToken(u"bob@example.com"_s, Password);
    for (const auto &[id, title, runtime] :
         {std::tuple{Fargo, "Fargo", QJsonValue(87)},
          std::tuple{Titanic, "Titanic", QJsonValue(194)}, std::tuple{Jaws, "Jaws", QJsonValue()},
          std::tuple{Alien, "Alien", QJsonValue()}}) {
        const QJsonObject film
                = m_server->client().get("/moviedata/" + QByteArray::number(id), m_ada).json();
        QCOMPARE(film.value("title"_L1).toString(), QLatin1StringView(title));
        QCOMPARE(film.value("runtimeMinutes"_L1), runtime);
    }
    QCOMPARE(m_server->addViewing(m_ada, Fargo, "2024-01-05"_L1, 4.5, false), 201); // a Friday
    QCOMPARE(m_server->addViewing(m_ada, Fargo, "2024-03-10"_L1, QJsonValue(), true),
             201); // a Sunday
    QCOMPARE(m_server->addViewing(m_ada, Titanic, "2024-03-15"_L1, 3, false), 201); // a Friday
    QCOMPARE(m_server->addViewing(m_ada, Jaws, "2023-12-31"_L1, 5, false), 201); // a Sunday
    QCOMPARE(m_server->addViewing(m_ada, Alien, "2024-07-04"_L1, QJsonValue(), false),
             201); // a Thursday
    // Someone else's diary is not counted.
    QCOMPARE(m_server->addViewing(bob, Titanic, "2024-02-14"_L1, 1, false), 201);
}

QJsonObject TestApiStats::stats(const QByteArray &query) const
{
    const auto r = m_server->client().get("/stats" + query, m_ada);
    return r.status == 200 ? r.json() : QJsonObject{{u"status"_s, r.status}};
}

void TestApiStats::aYear()
{
    const QJsonObject s = stats("?year=2024");
    QCOMPARE(s.value("year"_L1).toInt(), 2024);
    QCOMPARE(s.value("viewings"_L1).toInt(), 4); // Fargo twice, Titanic, Alien
    QCOMPARE(s.value("films"_L1).toInt(), 3);
    QCOMPARE(s.value("rewatches"_L1).toInt(), 1);
    QCOMPARE(s.value("minutes"_L1).toInt(), 87 + 87 + 194);
    QCOMPARE(s.value("viewingsWithoutRuntime"_L1).toInt(), 1); // Alien
    QCOMPARE(s.value("perMonth"_L1).toArray(), months(2024, {1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0}));
    // Monday first: Thursday 1, Friday 2, Sunday 1.
    QCOMPARE(s.value("byWeekday"_L1).toArray(), QJsonArray({0, 0, 0, 1, 2, 0, 1}));
    QCOMPARE(s.value("byGenre"_L1).toArray(),
             counts({{u"Thriller/Suspense"_s, 2}, {u"Horror"_s, 1}}, "genre"));
    QCOMPARE(s.value("byDecade"_L1).toArray(), counts({{1970, 1}, {1990, 2}}, "decade"));
    QCOMPARE(s.value("topDirectors"_L1).toArray(),
             counts({{u"James Cameron"_s, 1}, {u"Joel Coen"_s, 1}, {u"Ridley Scott"_s, 1}},
                    "director"));
    // The films watched this year that Ada rated: Fargo 4.5 (its first viewing's), Titanic 3.
    const QJsonArray ratings = s.value("ratings"_L1).toArray();
    QCOMPARE(ratings.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const double rating = (i + 1) / 2.0;
        QCOMPARE(ratings[i].toObject().value("rating"_L1).toDouble(), rating);
        QCOMPARE(ratings[i].toObject().value("films"_L1).toInt(),
                 rating == 3 || rating == 4.5 ? 1 : 0);
    }
    QCOMPARE(s.value("ratingVsImdb"_L1).toArray(),
             QJsonArray({QJsonArray{Fargo, u"Fargo"_s, 4.5, 8.3},
                         QJsonArray{Titanic, u"Titanic"_s, 3, 7.4}}));
    QCOMPARE(s.value("first"_L1).toObject(),
             QJsonObject({{u"id"_s, Fargo},
                          {u"title"_s, u"Fargo"_s},
                          {u"year"_s, 1996},
                          {u"watchedOn"_s, u"2024-01-05"_s}}));
    QCOMPARE(s.value("last"_L1).toObject().value("id"_L1).toInteger(), Alien);
    QCOMPARE(s.value("longest"_L1).toObject(),
             QJsonObject({{u"id"_s, Titanic},
                          {u"title"_s, u"Titanic"_s},
                          {u"year"_s, 1997},
                          {u"runtimeMinutes"_s, 194}}));
    const QJsonArray best = s.value("highestRated"_L1).toArray();
    QCOMPARE(best.size(), 2);
    QCOMPARE(best[0].toObject().value("id"_L1).toInteger(), Fargo);
    QCOMPARE(best[1].toObject().value("rating"_L1).toDouble(), 3.0);
}

void TestApiStats::allTime()
{
    const QJsonObject s = stats();
    QVERIFY(s.value("year"_L1).isNull());
    QCOMPARE(s.value("viewings"_L1).toInt(), 5);
    QCOMPARE(s.value("films"_L1).toInt(), 4);
    QCOMPARE(s.value("minutes"_L1).toInt(), 368);
    QCOMPARE(s.value("viewingsWithoutRuntime"_L1).toInt(), 2);
    // Every month from the first viewing to the last, the empty ones too.
    QCOMPARE(s.value("perMonth"_L1).toArray(), months(2023, {1, 1, 0, 2, 0, 0, 0, 1}, 12));
    QCOMPARE(s.value("byWeekday"_L1).toArray(), QJsonArray({0, 0, 0, 1, 2, 0, 2}));
    QCOMPARE(s.value("byGenre"_L1).toArray(),
             counts({{u"Horror"_s, 2}, {u"Thriller/Suspense"_s, 2}}, "genre"));
    QCOMPARE(s.value("first"_L1).toObject().value("id"_L1).toInteger(), Jaws);
    QCOMPARE(s.value("highestRated"_L1).toArray().first().toObject().value("title"_L1).toString(),
             u"Jaws"_s);
    int rated = 0;
    for (const auto &bucket : s.value("ratings"_L1).toArray())
        rated += bucket.toObject().value("films"_L1).toInt();
    QCOMPARE(rated, 3);
}

void TestApiStats::aYearWithNothing()
{
    const QJsonObject s = stats("?year=2022");
    QCOMPARE(s.value("viewings"_L1).toInt(), 0);
    QCOMPARE(s.value("films"_L1).toInt(), 0);
    QCOMPARE(s.value("minutes"_L1).toInt(), 0);
    QCOMPARE(s.value("perMonth"_L1).toArray(), months(2022, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(s.value("byWeekday"_L1).toArray(), QJsonArray({0, 0, 0, 0, 0, 0, 0}));
    QVERIFY(s.value("byGenre"_L1).toArray().isEmpty());
    QVERIFY(s.value("topDirectors"_L1).toArray().isEmpty());
    QVERIFY(s.value("first"_L1).isNull());
    QVERIFY(s.value("last"_L1).isNull());
    QVERIFY(s.value("longest"_L1).isNull());
    QVERIFY(s.value("highestRated"_L1).toArray().isEmpty());
    QVERIFY(s.value("ratingVsImdb"_L1).toArray().isEmpty());
}

void TestApiStats::theCatalogue()
{
    const QJsonObject c = stats("?year=2022").value("catalogue"_L1).toObject();
    const qint64 films = m_server->client()
                                 .get("/moviedata?pageSize=1", m_ada)
                                 .json()
                                 .value("total"_L1)
                                 .toInteger();
    QCOMPARE(c.value("films"_L1).toInteger(), films);
    qint64 dated = 0;
    int lastDecade = 0;
    for (const auto &row : c.value("perDecade"_L1).toArray()) {
        const int decade = row.toObject().value("decade"_L1).toInt();
        QVERIFY(decade % 10 == 0 && decade > lastDecade);
        lastDecade = decade;
        dated += row.toObject().value("films"_L1).toInt();
    }
    QVERIFY(dated > 3000 && dated <= films);
    const QJsonArray scores = c.value("imdbVsRottenTomatoes"_L1).toArray();
    QVERIFY(scores.contains(QJsonArray{Fargo, u"Fargo"_s, 8.3, 94}));
    // Under StatsStore's 5,000: every film with both values.
    QCOMPARE(c.value("imdbVsRottenTomatoesFilms"_L1).toInteger(), scores.size());
    const QJsonArray money = c.value("budgetVsGross"_L1).toArray();
    QCOMPARE(c.value("budgetVsGrossFilms"_L1).toInteger(), money.size());
    QVERIFY(money.contains(QJsonArray{Titanic, u"Titanic"_s, 200'000'000, 1'842'879'955}));
    // Made once per version of the catalogue: an edit shows at once.
    HttpClient::Request edit;
    edit.method = "PATCH";
    edit.target = "/moviedata/" + QByteArray::number(Fargo);
    edit.body = "{\"rottenTomatoesRating\": 50}";
    edit.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_admin);
    QCOMPARE(m_server->client().send(edit).status, 200);
    const QJsonArray after
            = stats().value("catalogue"_L1).toObject().value("imdbVsRottenTomatoes"_L1).toArray();
    QVERIFY(after.contains(QJsonArray{Fargo, u"Fargo"_s, 8.3, 50}));
    QVERIFY(!after.contains(QJsonArray{Fargo, u"Fargo"_s, 8.3, 94}));
}

void TestApiStats::largeCatalogueIsSampled()
{
    // The catalogue grown fourfold in its SQLite file (the server stopped): each bundled film
    // three more times under new titles.
    m_server->stop();
    {
        QSqlDatabase db = m_server->inspect(u"grow"_s);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        const QString columns = u"year, release_date, genre, director, runtime_minutes, "
                                u"mpaa_rating, imdb_rating, rotten_tomatoes_rating, distributor, "
                                u"us_gross, worldwide_gross, production_budget"_s;
        for (int copy = 2; copy <= 4; ++copy) {
            QVERIFY2(
                    q.exec(u"INSERT INTO movies (title, %1) SELECT COALESCE(title, '') || ' (%2)', "
                           u"%1 FROM movies WHERE id <= 3201"_s.arg(columns)
                                   .arg(copy)),
                    qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"grow"_s);
    QVERIFY(m_server->start());
    m_ada = m_server->login(u"ada@example.com"_s, Password);

    const QJsonObject c = stats().value("catalogue"_L1).toObject();
    QCOMPARE(c.value("films"_L1).toInteger(), 4 * 3201);
    const qint64 scored = c.value("imdbVsRottenTomatoesFilms"_L1).toInteger();
    QVERIFY2(scored > StatsStore::MaxPairs, qPrintable(QString::number(scored)));
    // An even sample of exactly 5,000, in id order.
    const QJsonArray scores = c.value("imdbVsRottenTomatoes"_L1).toArray();
    QCOMPARE(scores.size(), StatsStore::MaxPairs);
    qint64 last = 0;
    for (const auto &row : scores) {
        const qint64 id = row.toArray().at(0).toInteger();
        QVERIFY(id > last);
        last = id;
    }
    const QJsonArray money = c.value("budgetVsGross"_L1).toArray();
    QCOMPARE(qint64(money.size()),
             qMin(StatsStore::MaxPairs, c.value("budgetVsGrossFilms"_L1).toInteger()));
}

void TestApiStats::badYear_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("words") << QByteArray("?year=last");
    QTest::newRow("too early") << QByteArray("?year=1869");
    QTest::newRow("too late") << QByteArray("?year=2101");
    QTest::newRow("empty") << QByteArray("?year=");
}

void TestApiStats::badYear()
{
    QFETCH(QByteArray, query);
    const auto r = m_server->client().get("/stats" + query, m_ada);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("fields"_L1).toObject().value("year"_L1).toObject().value("code"_L1),
             QJsonValue(u"out_of_range"_s));
}

QTEST_GUILESS_MAIN(TestApiStats)
#include "tst_api_stats.moc"
