// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse battery"_s;
constexpr int Films = 40'000; // enough for results past the server's count bound (10,000)
constexpr qint64 CountBound = 10'000;

} // namespace

// GET /moviedata at size, for correctness rather than speed: in a catalogue of 40,000 films
// (the bundled ones repeated under new titles, with unknown values among them) and a caller
// with thousands of rows of their own, every combination of filters and sorts answers exactly
// the rows, in exactly the order, of a naive reference query run on the same SQLite file (no
// index tricks, no bounds: everything matched and sorted); totals are exact, or a lower bound
// flagged totalExact false exactly when more match; and a write is seen by the next search.
class TestApiScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pagesMatchTheNaiveQuery_data();
    void pagesMatchTheNaiveQuery();
    void randomPicksAMatch_data();
    void randomPicksAMatch();
    void writesAreSeenByTheNextSearch();

private:
    // The reference: every matching id in order, by plain SQL on the database file.
    QList<qint64> reference(const QUrlQuery &query);
    QJsonObject page(const QUrlQuery &query, qint64 page, int pageSize) const;
    // Restarts the server when it chooses pages the other way.
    void serve(bool ranked);
    std::unique_ptr<TestServer> m_server;
    bool m_ranked = true;
    QTemporaryDir m_dir;
    QByteArray m_token; // the administrator, who also has a film life of their own
    QSqlDatabase m_db;
};

void TestApiScale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    {
        TestServer first(m_dir.path());
        QVERIFY2(first.start(), qPrintable(first.error()));
        QVERIFY(!first.registerToken(u"ada@example.com"_s, Password).isEmpty());
    }
    // Grown straight in SQLite while no server runs, as tools/bench-scale does.
    QCOMPARE(TestServer::growCatalogue(m_dir.path(), Films), QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"grow"_s);
        db.setDatabaseName(m_dir.path() + u"/reelvault.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Unknown values of every sorted column, in films of their own.
        QVERIFY(q.exec(u"UPDATE movies SET title = NULL WHERE id % 997 = 0"_s));
        QVERIFY(q.exec(u"UPDATE movies SET director = NULL, genre = NULL WHERE id % 331 = 0"_s));
        // The caller's own: ratings, viewings, a watchlist, favourites and a tag.
        QVERIFY(q.exec(u"INSERT INTO user_movies (user_id, movie_id, rating, watchlist, favourite)"
                       u" SELECT 1, id, (id % 10 + 1) / 2.0, id % 3 = 0, id % 7 = 0 FROM movies"
                       u" WHERE id % 13 = 0"_s));
        QVERIFY(q.exec(u"INSERT INTO viewings (user_id, movie_id, watched_on, created_at)"
                       u" SELECT 1, id, printf('20%02d-%02d-%02d', id % 20, id % 12 + 1,"
                       u" id % 28 + 1), 0 FROM movies WHERE id % 17 = 0"_s));
        QVERIFY(q.exec(u"INSERT INTO user_tags (user_id, movie_id, tag, tag_key) SELECT 1, id,"
                       u" 'Noir', 'noir' FROM movies WHERE id % 13 = 0 AND id % 2 = 0"_s));
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM movies"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Films);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"grow"_s);
    serve(true);
    QVERIFY(m_server);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reference"_s);
    m_db.setDatabaseName(m_dir.path() + u"/reelvault.sqlite"_s);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(m_db.open());
}

void TestApiScale::serve(bool ranked)
{
    if (m_server && m_ranked == ranked)
        return;
    m_server.reset();
    auto server = std::make_unique<TestServer>(m_dir.path());
    ServerConfig config;
    config.rankedPages = ranked;
    QVERIFY2(server->start(config), qPrintable(server->error()));
    m_token = server->login(u"ada@example.com"_s, Password);
    QVERIFY(!m_token.isEmpty());
    m_server = std::move(server);
    m_ranked = ranked;
}

void TestApiScale::cleanupTestCase()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(u"reference"_s);
    m_server.reset();
}

QJsonObject TestApiScale::page(const QUrlQuery &query, qint64 page, int pageSize) const
{
    QUrlQuery q = query;
    q.addQueryItem(u"page"_s, QString::number(page));
    q.addQueryItem(u"pageSize"_s, QString::number(pageSize));
    const auto r = m_server->client().get("/moviedata?" + q.toString(QUrl::FullyEncoded).toLatin1(),
                                          m_token);
    if (r.status != 200)
        qWarning() << r.status << r.body;
    return r.json();
}

QList<qint64> TestApiScale::reference(const QUrlQuery &query)
{
    const auto has = [&](const char *name) { return query.hasQueryItem(QLatin1StringView(name)); };
    const auto value = [&](const char *name) {
        return query.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded);
    };
    QStringList where{u"1"_s};
    QVariantList binds;
    bool searching = false;
    if (has("q")) {
        QStringList words;
        static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
        for (auto it = word.globalMatch(value("q")); it.hasNext();)
            words << u'"' + it.next().captured() + u"\"*"_s;
        where << u"m.id IN (SELECT rowid FROM movies_fts WHERE movies_fts MATCH ?)"_s;
        binds << words.join(u' ');
        searching = true;
    }
    if (has("genre")) {
        where << u"lower(m.genre) = lower(?)"_s;
        binds << value("genre");
    }
    if (has("yearFrom")) {
        where << u"m.year >= ?"_s;
        binds << value("yearFrom").toInt();
    }
    if (has("yearTo")) {
        where << u"m.year <= ?"_s;
        binds << value("yearTo").toInt();
    }
    if (has("maxRuntime")) {
        where << u"m.runtime_minutes <= ?"_s;
        binds << value("maxRuntime").toInt();
    }
    if (has("minImdb")) {
        where << u"m.imdb_rating >= ?"_s;
        binds << value("minImdb").toDouble();
    }
    const auto flag = [&](const char *name, const QString &column) {
        if (has(name))
            where << (value(name) == "true"_L1 ? u"coalesce(%1, 0) > 0"_s
                                               : u"coalesce(%1, 0) = 0"_s)
                             .arg(column);
    };
    flag("watched", u"um.times_watched"_s);
    flag("watchlist", u"um.watchlist"_s);
    flag("favourite", u"um.favourite"_s);
    if (has("minRating")) {
        where << u"um.rating >= ?"_s;
        binds << value("minRating").toDouble();
    }
    if (has("tag")) {
        where << u"EXISTS (SELECT 1 FROM user_tags t WHERE t.user_id = 1 AND t.movie_id = m.id "
                 u"AND t.tag_key = lower(?))"_s;
        binds << value("tag");
    }

    QString sort = value("sort");
    const bool desc = sort.startsWith(u'-');
    if (desc)
        sort.remove(0, 1);
    const QString dir = desc ? u" DESC"_s : QString();
    // Unknown last, then the value in the asked direction, ties (title, id) the same way.
    const auto by = [&](const QString &column, const QString &collate, bool thenTitle) -> QString {
        return u"(%1 IS NULL), %1%2%3"_s.arg(column, collate, dir)
                + (thenTitle ? u", m.sort_title COLLATE NOCASE"_s + dir : QString()) + u", m.id"_s
                + dir;
    };
    const QString nocase = u" COLLATE NOCASE"_s;
    QString order;
    const QString titleOrder = u"(m.sort_title IS NULL), m.sort_title COLLATE NOCASE, m.id"_s;
    if (sort == "title"_L1)
        order = by(u"m.sort_title"_s, nocase, false);
    else if (sort == "year"_L1)
        order = by(u"m.year"_s, {}, false);
    else if (sort == "rating"_L1)
        order = by(u"m.imdb_rating"_s, {}, false);
    else if (sort == "runtime"_L1)
        order = by(u"m.runtime_minutes"_s, {}, false);
    else if (sort == "rottenTomatoes"_L1)
        order = by(u"m.rotten_tomatoes_rating"_s, {}, false);
    else if (sort == "director"_L1)
        order = by(u"m.director"_s, nocase, true);
    else if (sort == "genre"_L1)
        order = by(u"m.genre"_s, nocase, true);
    else if (sort == "myRating"_L1 || sort == "lastWatched"_L1) {
        const QString key = sort == "myRating"_L1 ? u"um.rating"_s : u"um.last_watched_on"_s;
        order = u"(%1 IS NULL), CASE WHEN %1 IS NOT NULL THEN %1 END%2, "_s.arg(key, dir)
                + titleOrder;
    } else if (sort == "added"_L1)
        order = u"m.id"_s + dir;
    else
        order = u"m.id"_s; // without sort; relevance is checked apart (see the caller)
    Q_UNUSED(searching)

    QSqlQuery q(m_db);
    q.prepare(u"SELECT m.id FROM movies m LEFT JOIN user_movies um ON um.user_id = 1 AND "
              u"um.movie_id = m.id WHERE "_s
              + where.join(u" AND "_s) + u" ORDER BY "_s + order);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<qint64> ids;
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void TestApiScale::pagesMatchTheNaiveQuery_data()
{
    QTest::addColumn<bool>("ranked");
    QTest::addColumn<QString>("filter");
    const QStringList filters{
            QString(),
            u"q=s"_s, // many matches: the sort's index leads, the search is probed
            u"q=the"_s,
            u"q=fargo"_s, // few: the search leads
            u"q=love%20story"_s,
            u"q=s&genre=Drama"_s,
            u"genre=drama"_s,
            u"yearFrom=1990&yearTo=1999"_s,
            u"maxRuntime=100&minImdb=7"_s,
            u"watched=true"_s,
            u"watched=false"_s, // nearly everything
            u"watchlist=true&genre=Comedy"_s,
            u"favourite=false&yearFrom=2000"_s,
            u"minRating=4"_s,
            u"tag=NOIR"_s,
            u"q=a&watched=false&yearTo=2000"_s,
    };
    QStringList sorts{QString()};
    for (const QString &s :
         {u"title"_s, u"year"_s, u"rating"_s, u"director"_s, u"runtime"_s, u"rottenTomatoes"_s,
          u"genre"_s, u"myRating"_s, u"lastWatched"_s, u"added"_s})
        sorts << s << u"-"_s + s;
    // Chosen in memory (RankedQuery), then by the SQL plans alone (MovieSql::page).
    for (const bool ranked : {true, false}) {
        for (const QString &f : filters) {
            for (const QString &s : sorts) {
                const QString query = QStringList{f, s.isEmpty() ? QString() : u"sort="_s + s}
                                              .filter(QRegularExpression(u"."_s))
                                              .join(u'&');
                QTest::addRow("%s %s", ranked ? "memory" : "sql",
                              qPrintable(query.isEmpty() ? u"(none)"_s : query))
                        << ranked << query;
            }
        }
    }
}

void TestApiScale::pagesMatchTheNaiveQuery()
{
    QFETCH(bool, ranked);
    QFETCH(QString, filter);
    serve(ranked);
    QVERIFY(m_server);
    const QUrlQuery query(filter);
    const QList<qint64> all = reference(query);
    constexpr int PageSize = 200;
    const qint64 pages = (all.size() + PageSize - 1) / PageSize;
    // Relevance (q without sort) orders only as the search index ranks: compare the set.
    const bool byRelevance = query.hasQueryItem(u"q"_s) && !query.hasQueryItem(u"sort"_s)
            && all.size() <= CountBound;
    QSet<qint64> seen;
    for (const qint64 p : QList<qint64>{1, 2, pages / 2, pages - 1, pages, pages + 1}) {
        if (p < 1 || (p > 1 && p == pages / 2 && pages < 4))
            continue;
        const QJsonObject answer = page(query, p, PageSize);
        QVERIFY2(!answer.isEmpty(), "no answer");
        const qint64 end = p * PageSize;
        const qint64 limit = (end / CountBound + 1) * CountBound;
        // Without a filter the catalogue's size is known; a search alone is counted by its
        // index: both exact.
        const bool onlySearch = query.hasQueryItem(u"q"_s)
                && query.queryItems().size() == (query.hasQueryItem(u"sort"_s) ? 2 : 1);
        // Chosen in memory, every film that matches is counted.
        if (ranked || all.size() <= limit || filter.isEmpty() || filter.startsWith(u"sort="_s)
            || onlySearch) {
            QCOMPARE(answer.value("total"_L1).toInteger(), all.size());
            QCOMPARE(answer.value("totalExact"_L1).toBool(false), true);
        } else {
            QCOMPARE(answer.value("total"_L1).toInteger(), limit);
            QCOMPARE(answer.value("totalExact"_L1).toBool(true), false);
        }
        QList<qint64> got;
        for (const auto &m : answer.value("items"_L1).toArray())
            got << m.toObject().value("id"_L1).toInteger();
        const QList<qint64> want = all.mid((p - 1) * PageSize, PageSize);
        if (byRelevance) {
            QCOMPARE(got.size(), want.size());
            for (const qint64 id : got)
                seen.insert(id);
        } else {
            if (got != want)
                qWarning() << "page" << p << "first differences:" << got.mid(0, 8)
                           << want.mid(0, 8);
            QCOMPARE(got, want);
        }
    }
    // Small pages near the start: where a search matches many films, the sort's index leads
    // and tests each film it reads with a probe of the search index (MovieSql::planSearch).
    if (!byRelevance) {
        for (const qint64 p : {1, 2, 3}) {
            const QJsonObject answer = page(query, p, 5);
            QList<qint64> got;
            for (const auto &m : answer.value("items"_L1).toArray())
                got << m.toObject().value("id"_L1).toInteger();
            QCOMPARE(got, all.mid((p - 1) * 5, 5));
        }
    }
    if (byRelevance) {
        for (const qint64 id : std::as_const(seen))
            QVERIFY2(all.contains(id), "a film the search does not match");
    }
}

void TestApiScale::randomPicksAMatch_data()
{
    QTest::addColumn<bool>("ranked");
    QTest::addColumn<QString>("filter");
    for (const bool ranked : {true, false}) {
        for (const QString &f :
             {u"q=s"_s, u"q=fargo"_s, u"genre=drama"_s, u"maxRuntime=100&minImdb=7"_s,
              u"watched=false"_s, u"q=a&watched=false&yearTo=2000"_s, u"tag=NOIR&sort=-title"_s})
            QTest::addRow("%s %s", ranked ? "memory" : "sql", qPrintable(f)) << ranked << f;
    }
}

// GET /moviedata/random: always one of the query's matches, chosen among all of them (in
// memory: from the places; by SQL: the k-th by id).
void TestApiScale::randomPicksAMatch()
{
    QFETCH(bool, ranked);
    QFETCH(QString, filter);
    serve(ranked);
    QVERIFY(m_server);
    const QList<qint64> all = reference(QUrlQuery(filter));
    QVERIFY(!all.isEmpty());
    const QSet<qint64> matches(all.cbegin(), all.cend());
    QSet<qint64> picked;
    for (int i = 0; i < 30; ++i) {
        const auto r = m_server->client().get("/moviedata/random?" + filter.toLatin1(), m_token);
        QCOMPARE(r.status, 200);
        const qint64 id = r.json().value("id"_L1).toInteger();
        QVERIFY2(matches.contains(id), qPrintable(QString::number(id)));
        picked.insert(id);
    }
    // 30 uniform picks: about 12 different films among 13, about 30 among thousands.
    QVERIFY2(picked.size() >= qMin<qsizetype>(15, (all.size() + 1) / 2),
             "the same few films again and again");
    const auto none = m_server->client().get("/moviedata/random?genre=Nowhere&" + filter.toLatin1(),
                                             m_token);
    QCOMPARE(none.status, 404);
}

void TestApiScale::writesAreSeenByTheNextSearch()
{
    serve(true); // the places in memory are made again for the changed catalogue
    QVERIFY(m_server);
    const QByteArray token = m_token;
    const auto total = [&](const QByteArray &query) {
        return m_server->client().get("/moviedata?" + query, token).json().value("total"_L1);
    };
    const qint64 before = total("pageSize=1").toInteger();
    QCOMPARE(before, Films);
    const auto made = m_server->client().post(
            "/moviedata", {{"title"_L1, u"Quixotic Zebra"_s}, {"year"_L1, 2026}}, token);
    QCOMPARE(made.status, 201);
    const QByteArray id = QByteArray::number(made.json().value("id"_L1).toInteger());
    QCOMPARE(total("pageSize=1").toInteger(), before + 1);
    QCOMPARE(total("q=quixo").toInteger(), 1);
    // The film is first among titles starting Q... in a descending sort by year it is first.
    const QJsonArray newest = m_server->client()
                                      .get("/moviedata?sort=-year&pageSize=1", token)
                                      .json()
                                      .value("items"_L1)
                                      .toArray();
    QCOMPARE(newest.first().toObject().value("id"_L1).toInteger(), id.toLongLong());

    HttpClient::Request patch;
    patch.method = "PATCH";
    patch.target = "/moviedata/" + id;
    patch.body = R"({"title": "Unheard Marmot"})";
    patch.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    QCOMPARE(m_server->client().send(patch).status, 200);
    QCOMPARE(total("q=quixo").toInteger(), 0);
    QCOMPARE(total("q=marm").toInteger(), 1);

    HttpClient::Request remove;
    remove.method = "DELETE";
    remove.target = "/moviedata/" + id;
    remove.headers = patch.headers;
    QCOMPARE(m_server->client().send(remove).status, 204);
    QCOMPARE(total("q=marm").toInteger(), 0);
    QCOMPARE(total("pageSize=1").toInteger(), before);
}

QTEST_GUILESS_MAIN(TestApiScale)
#include "tst_api_scale.moc"
