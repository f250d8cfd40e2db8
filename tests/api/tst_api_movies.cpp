// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QStringList movieFields{u"director"_s,
                              u"distributor"_s,
                              u"genre"_s,
                              u"hasPoster"_s,
                              u"id"_s,
                              u"imdbRating"_s,
                              u"mine"_s,
                              u"mpaaRating"_s,
                              u"productionBudget"_s,
                              u"releaseDate"_s,
                              u"rottenTomatoesRating"_s,
                              u"runtimeMinutes"_s,
                              u"title"_s,
                              u"usGross"_s,
                              u"worldwideGross"_s,
                              u"year"_s};

} // namespace

class TestApiMovies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void requiresABearerToken();
    void firstPage();
    void pageSizeAndPastTheEnd();
    void badParameters_data();
    void badParameters();
    void searchFindsTitlesAndDirectors();
    void searchWithoutWordsFindsNothing();
    void genreAndYearFilters();
    void sortsTheWholeCatalogue_data();
    void sortsTheWholeCatalogue();
    void oneFilm();
    void hostileParametersAreJustText_data();
    void hostileParametersAreJustText();

private:
    HttpClient::Response get(const QByteArray &target) const
    {
        return m_server->client().get(target, m_token);
    }
    QJsonArray all(const QByteArray &query) const;

    std::unique_ptr<TestServer> m_server;
    QByteArray m_token;
};

void TestApiMovies::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_token = m_server->registerAndLogin(u"viewer@example.com"_s, u"correct horse battery"_s)
                      .value("token"_L1)
                      .toString()
                      .toLatin1();
    QVERIFY(!m_token.isEmpty());
}

QJsonArray TestApiMovies::all(const QByteArray &query) const
{
    QJsonArray items;
    for (int page = 1;; ++page) {
        const auto r
                = get("/moviedata?pageSize=200&page=" + QByteArray::number(page) + '&' + query);
        if (r.status != 200)
            return {};
        const QJsonArray pageItems = r.json().value("items"_L1).toArray();
        if (pageItems.isEmpty())
            return items;
        for (const auto &item : pageItems)
            items.append(item);
    }
}

void TestApiMovies::requiresABearerToken()
{
    const auto none = m_server->client().get("/moviedata");
    QCOMPARE(none.status, 401);
    QCOMPARE(none.header("www-authenticate"), QByteArray(R"(Bearer realm="reelvault")"));
    QCOMPARE(none.json().value("code"_L1).toString(), u"unauthorized"_s);
    QCOMPARE(none.json().value("detail"_L1).toString(), u"Please log in first."_s);

    const auto bad = m_server->client().get("/moviedata", m_token + "x");
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.header("www-authenticate"),
             QByteArray(R"(Bearer realm="reelvault", error="invalid_token")"));
    QVERIFY(bad.json().value("detail"_L1).toString().startsWith(u"Please log in first"_s));

    HttpClient::Request basic;
    basic.target = "/moviedata";
    basic.headers << qMakePair(QByteArray("Authorization"), QByteArray("Basic YTpi"));
    QCOMPARE(m_server->client().send(basic).status, 401);

    HttpClient::Request lower; // the scheme is case-insensitive
    lower.target = "/moviedata/1";
    lower.headers << qMakePair(QByteArray("Authorization"), "bearer " + m_token);
    QCOMPARE(m_server->client().send(lower).status, 200);
}

void TestApiMovies::firstPage()
{
    const auto r = get("/moviedata");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = r.json();
    QCOMPARE(body.value("page"_L1).toInt(), 1);
    QCOMPARE(body.value("pageSize"_L1).toInt(), 50);
    QCOMPARE(body.value("total"_L1).toInt(), 3201);
    const QJsonArray items = body.value("items"_L1).toArray();
    QCOMPARE(items.size(), 50);
    for (const auto &item : items)
        QCOMPARE(item.toObject().keys(), movieFields);
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first.value("title"_L1).toString(), u"The Land Girls"_s);
    QCOMPARE(first.value("releaseDate"_L1).toString(), u"1998-06-12"_s);
    QCOMPARE(first.value("year"_L1).toInt(), 1998);
    QCOMPARE(first.value("usGross"_L1).toInteger(), 146083);
    QVERIFY(first.value("director"_L1).isNull());
    QCOMPARE(first.value("imdbRating"_L1).toDouble(), 6.1);
}

void TestApiMovies::pageSizeAndPastTheEnd()
{
    const auto last = get("/moviedata?pageSize=200&page=17");
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json().value("items"_L1).toArray().size(), 3201 - 16 * 200);
    const auto past = get("/moviedata?page=1000");
    QCOMPARE(past.status, 200);
    QCOMPARE(past.json().value("items"_L1).toArray().size(), 0);
    QCOMPARE(past.json().value("total"_L1).toInt(), 3201);
    QCOMPARE(past.json().value("page"_L1).toInt(), 1000);
    QCOMPARE(all({}).size(), 3201);
}

void TestApiMovies::badParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("page 0") << QByteArray("page=0") << u"page"_s;
    QTest::addRow("page overflow") << QByteArray("page=18446744073709551617") << u"page"_s;
    QTest::addRow("pageSize 201") << QByteArray("pageSize=201") << u"pageSize"_s;
    QTest::addRow("pageSize 0") << QByteArray("pageSize=0") << u"pageSize"_s;
    QTest::addRow("pageSize text") << QByteArray("pageSize=lots") << u"pageSize"_s;
    QTest::addRow("unknown sort") << QByteArray("sort=budget") << u"sort"_s;
    QTest::addRow("yearFrom text") << QByteArray("yearFrom=1990s") << u"yearFrom"_s;
}

void TestApiMovies::badParameters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, field);
    const auto r = get("/moviedata?" + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(r.json().value("code"_L1).toString(), u"validation_failed"_s);
    QVERIFY(r.json().value("errors"_L1).toObject().contains(field));
}

void TestApiMovies::searchFindsTitlesAndDirectors()
{
    const QJsonArray wars = all("q=star+wars");
    QVERIFY(wars.size() >= 5);
    for (const auto &v : wars) {
        const QString text = (v.toObject().value("title"_L1).toString() + u' '
                              + v.toObject().value("director"_L1).toString())
                                     .toLower();
        QVERIFY2(text.contains(u"star"_s) && text.contains(u"wars"_s), qPrintable(text));
    }
    const auto total = get("/moviedata?q=star%20wars").json().value("total"_L1).toInt();
    QCOMPARE(total, wars.size());

    const QJsonArray spielberg = all("q=Spielberg");
    QVERIFY(spielberg.size() > 10);
    for (const auto &v : spielberg)
        QCOMPARE(v.toObject().value("director"_L1).toString(), u"Steven Spielberg"_s);
    // Prefixes match, case and accents do not matter.
    QCOMPARE(all("q=spielb").size(), spielberg.size());
    QCOMPARE(all("q=SPIELBERG").size(), spielberg.size());
}

void TestApiMovies::searchWithoutWordsFindsNothing()
{
    const auto r = get("/moviedata?q=%22%22%20***%20-");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("total"_L1).toInt(), 0);
    // An empty q is no filter at all.
    QCOMPARE(get("/moviedata?q=").json().value("total"_L1).toInt(), 3201);
}

void TestApiMovies::genreAndYearFilters()
{
    const QJsonArray dramas = all("genre=drama");
    QCOMPARE(dramas.size(), 789);
    for (const auto &v : dramas)
        QCOMPARE(v.toObject().value("genre"_L1).toString(), u"Drama"_s);

    const QJsonArray nineties = all("yearFrom=1990&yearTo=1999");
    QVERIFY(nineties.size() > 500);
    for (const auto &v : nineties) {
        const int year = v.toObject().value("year"_L1).toInt();
        QVERIFY(year >= 1990 && year <= 1999);
    }
    const QJsonArray combined = all("genre=Thriller%2FSuspense&yearFrom=2005&q=the");
    QVERIFY(!combined.isEmpty());
    for (const auto &v : combined) {
        QCOMPARE(v.toObject().value("genre"_L1).toString(), u"Thriller/Suspense"_s);
        QVERIFY(v.toObject().value("year"_L1).toInt() >= 2005);
    }
    QCOMPARE(get("/moviedata?genre=Opera").json().value("total"_L1).toInt(), 0);
}

void TestApiMovies::sortsTheWholeCatalogue_data()
{
    QTest::addColumn<QByteArray>("sort");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::addRow("title") << QByteArray("title") << u"title"_s << false;
    QTest::addRow("-title") << QByteArray("-title") << u"title"_s << true;
    QTest::addRow("year") << QByteArray("year") << u"year"_s << false;
    QTest::addRow("-year") << QByteArray("-year") << u"year"_s << true;
    QTest::addRow("rating") << QByteArray("rating") << u"imdbRating"_s << false;
    QTest::addRow("-rating") << QByteArray("-rating") << u"imdbRating"_s << true;
    QTest::addRow("director") << QByteArray("director") << u"director"_s << false;
    QTest::addRow("-director") << QByteArray("-director") << u"director"_s << true;
    QTest::addRow("genre") << QByteArray("genre") << u"genre"_s << false;
    QTest::addRow("-genre") << QByteArray("-genre") << u"genre"_s << true;
    QTest::addRow("runtime") << QByteArray("runtime") << u"runtimeMinutes"_s << false;
    QTest::addRow("-runtime") << QByteArray("-runtime") << u"runtimeMinutes"_s << true;
    QTest::addRow("rottenTomatoes")
            << QByteArray("rottenTomatoes") << u"rottenTomatoesRating"_s << false;
    QTest::addRow("-rottenTomatoes")
            << QByteArray("-rottenTomatoes") << u"rottenTomatoesRating"_s << true;
}

void TestApiMovies::sortsTheWholeCatalogue()
{
    QFETCH(QByteArray, sort);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    const QJsonArray items = all("sort=" + sort);
    QCOMPARE(items.size(), 3201);
    // Titles sort without a leading article: "The Matrix" among the M's.
    static const QRegularExpression article(u"^(the|an|a) "_s,
                                            QRegularExpression::CaseInsensitiveOption);
    bool seenNull = false;
    QJsonValue previous;
    for (const auto &v : items) {
        QJsonValue value = v.toObject().value(field);
        if (field == "title"_L1 && value.isString())
            value = value.toString().remove(article);
        if (value.isNull()) {
            seenNull = true; // unknown values come last, in either direction
            continue;
        }
        QVERIFY2(!seenNull, "a value after the nulls");
        if (!previous.isUndefined() && !previous.isNull()) {
            int order = 0;
            if (value.isString())
                order = previous.toString().compare(value.toString(), Qt::CaseInsensitive);
            else
                order = previous.toDouble() < value.toDouble()
                        ? -1
                        : previous.toDouble() > value.toDouble();
            QVERIFY2(descending ? order >= 0 : order <= 0,
                     qPrintable(previous.toVariant().toString() + u" then "_s
                                + value.toVariant().toString()));
        }
        previous = value;
    }
}

void TestApiMovies::oneFilm()
{
    const auto first = get("/moviedata/1");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value("id"_L1).toInt(), 1);
    QCOMPARE(first.json().keys(), movieFields);
    const auto missing = get("/moviedata/999999");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value("code"_L1).toString(), u"not_found"_s);
    for (const char *bad : {"/moviedata/abc", "/moviedata/0", "/moviedata/-1", "/moviedata/1/x"})
        QCOMPARE(get(bad).status, 404);
    QCOMPARE(m_server->client().get("/moviedata/1").status, 401);
}

void TestApiMovies::hostileParametersAreJustText_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addRow("SQL in q") << QByteArray("q=")
                    + QUrl::toPercentEncoding(u"' OR 1=1; DROP TABLE movies;--"_s);
    QTest::addRow("SQL in genre") << QByteArray("genre=") + QUrl::toPercentEncoding(u"' OR ''='"_s);
    QTest::addRow("FTS5 syntax in q")
            << QByteArray("q=") + QUrl::toPercentEncoding(u"title:* NEAR(\"a\" \"b\") ^x"_s);
    QTest::addRow("NUL in q") << QByteArray("q=star%00wars");
    QTest::addRow("invalid UTF-8 in q") << QByteArray("q=%FF%FE%FD");
    QTest::addRow("20 KB q") << QByteArray("q=") + QByteArray(20000, 'a');
}

void TestApiMovies::hostileParametersAreJustText()
{
    QFETCH(QByteArray, query);
    const auto r = get("/moviedata?" + query);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value("total"_L1).toInt() < 3201);
    QCOMPARE(get("/moviedata").json().value("total"_L1).toInt(), 3201);
}

QTEST_GUILESS_MAIN(TestApiMovies)
#include "tst_api_movies.moc"
