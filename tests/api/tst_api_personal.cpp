// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
} // namespace

// Each user's own film life over real HTTP: "mine" on every film, PATCH /moviedata/{id}/mine,
// the diary (/viewings), the personal filters and sorts, the random pick, and that one user
// never sees or changes another's.
class TestApiPersonal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }

    void everyFilmCarriesMine();
    void changeMine();
    void tagsListTheCallersOwn();
    void changeMineRefusals_data();
    void changeMineRefusals();
    void diary();
    void viewingRefusals_data();
    void viewingRefusals();
    void usersNeverSeeEachOther();
    void personalFiltersAndSorts();
    void personalFilterRefusals_data();
    void personalFilterRefusals();
    void deletingAFilmOrAUserTakesTheirRows();
    void randomPickIsUniform();
    void randomWithoutMatch();

private:
    HttpClient::Response send(const QByteArray &method, const QByteArray &target,
                              const QJsonObject &body = {}, const QByteArray &token = {}) const;
    HttpClient::Response sendRaw(const QByteArray &method, const QByteArray &target,
                                 const QByteArray &body, const QByteArray &token = {}) const;
    QJsonObject mineOf(qint64 movie, const QByteArray &token) const;
    int rowsOf(const QString &table, qint64 userId) const;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_admin; // token of the first account (the administrator)
    QByteArray m_ada; // a user
    QByteArray m_bob; // another user
};

void TestApiPersonal::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = m_server->registerAndLogin(u"admin@example.com"_s, Password)
                      .value("token"_L1)
                      .toString()
                      .toLatin1();
    m_ada = m_server->registerAndLogin(u"ada@example.com"_s, Password)
                    .value("token"_L1)
                    .toString()
                    .toLatin1();
    m_bob = m_server->registerAndLogin(u"bob@example.com"_s, Password)
                    .value("token"_L1)
                    .toString()
                    .toLatin1();
    QVERIFY(!m_admin.isEmpty() && !m_ada.isEmpty() && !m_bob.isEmpty());
}

HttpClient::Response TestApiPersonal::sendRaw(const QByteArray &method, const QByteArray &target,
                                              const QByteArray &body, const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.headers << qMakePair(QByteArray("Authorization"),
                           "Bearer " + (token.isEmpty() ? m_ada : token));
    return m_server->client().send(r);
}

HttpClient::Response TestApiPersonal::send(const QByteArray &method, const QByteArray &target,
                                           const QJsonObject &body, const QByteArray &token) const
{
    return sendRaw(method, target,
                   body.isEmpty() ? QByteArray()
                                  : QJsonDocument(body).toJson(QJsonDocument::Compact),
                   token);
}

QJsonObject TestApiPersonal::mineOf(qint64 movie, const QByteArray &token) const
{
    return m_server->client()
            .get("/moviedata/" + QByteArray::number(movie), token)
            .json()
            .value("mine"_L1)
            .toObject();
}

int TestApiPersonal::rowsOf(const QString &table, qint64 userId) const
{
    const QString name = u"check-"_s + table;
    int rows = -1;
    {
        QSqlDatabase db = m_server->inspect(name);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COUNT(*) FROM %1 WHERE user_id = %2"_s.arg(table).arg(userId))
                && q.next())
                rows = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

void TestApiPersonal::everyFilmCarriesMine()
{
    const QJsonObject fresh{{u"watched"_s, false},
                            {u"timesWatched"_s, 0},
                            {u"lastWatchedOn"_s, QJsonValue()},
                            {u"rating"_s, QJsonValue()},
                            {u"watchlist"_s, false},
                            {u"favourite"_s, false},
                            {u"tags"_s, QJsonArray()},
                            {u"notes"_s, QJsonValue()}};
    QCOMPARE(mineOf(1, m_ada), fresh);
    const QJsonArray page = m_server->client()
                                    .get("/moviedata?pageSize=3", m_ada)
                                    .json()
                                    .value("items"_L1)
                                    .toArray();
    QCOMPARE(page.size(), 3);
    for (const auto &film : page)
        QCOMPARE(film.toObject().value("mine"_L1).toObject(), fresh);
}

void TestApiPersonal::changeMine()
{
    const auto changed = send("PATCH", "/moviedata/7/mine",
                              {{u"rating"_s, 4.5},
                               {u"watchlist"_s, true},
                               {u"tags"_s, QJsonArray{u" Cosy "_s, u"cosy"_s, u"Rewatchable"_s}},
                               {u"notes"_s, u"  Watch with Bea.  "_s}});
    QCOMPARE(changed.status, 200);
    const QJsonObject mine = changed.json();
    QCOMPARE(mine.value("rating"_L1).toDouble(), 4.5);
    QCOMPARE(mine.value("watchlist"_L1).toBool(), true);
    QCOMPARE(mine.value("favourite"_L1).toBool(), false);
    QCOMPARE(mine.value("tags"_L1).toArray(), (QJsonArray{u"Cosy"_s, u"Rewatchable"_s}));
    QCOMPARE(mine.value("notes"_L1).toString(), u"Watch with Bea."_s);
    // The film and the list show it at once (no stale cached page).
    QCOMPARE(mineOf(7, m_ada), mine);
    const QJsonArray listed = m_server->client()
                                      .get("/moviedata?pageSize=10", m_ada)
                                      .json()
                                      .value("items"_L1)
                                      .toArray();
    QCOMPARE(listed[6].toObject().value("mine"_L1).toObject(), mine);
    // Only what is named changes; null clears.
    const auto cleared = send("PATCH", "/moviedata/7/mine",
                              {{u"rating"_s, QJsonValue()}, {u"tags"_s, QJsonValue()}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json().value("rating"_L1).isNull());
    QCOMPARE(cleared.json().value("tags"_L1).toArray(), QJsonArray());
    QCOMPARE(cleared.json().value("watchlist"_L1).toBool(), true);
    QCOMPARE(cleared.json().value("notes"_L1).toString(), u"Watch with Bea."_s);
    QCOMPARE(m_server->client()
                     .get("/moviedata?pageSize=10", m_ada)
                     .json()
                     .value("items"_L1)
                     .toArray()[6]
                     .toObject()
                     .value("mine"_L1)
                     .toObject(),
             cleared.json());
}

void TestApiPersonal::tagsListTheCallersOwn()
{
    QCOMPARE(m_server->client().get("/tags", m_ada).json(),
             (QJsonObject{{u"items"_s, QJsonArray()}}));
    const auto tag = [this](int movie, const QJsonArray &tags, const QByteArray &token = {}) {
        const QByteArray path = "/moviedata/" + QByteArray::number(movie) + "/mine";
        QCOMPARE(send("PATCH", path, {{u"tags"_s, tags}}, token).status, 200);
    };
    tag(1, {u"cosy"_s, u"noir"_s});
    tag(2, {u"Cosy"_s});
    tag(3, {u"COSY"_s, u"rewatchable"_s});
    tag(4, {u"noir"_s});
    tag(5, {u"bob's only"_s}, m_bob);
    // One entry per tag whatever its case, the most used first, then by name.
    const auto ada = m_server->client().get("/tags", m_ada);
    QCOMPARE(ada.status, 200);
    const auto entry = [](const QString &name, int films) {
        return QJsonObject{{u"name"_s, name}, {u"films"_s, films}};
    };
    QCOMPARE(ada.json().value("items"_L1).toArray(),
             (QJsonArray{entry(u"COSY"_s, 3), entry(u"noir"_s, 2), entry(u"rewatchable"_s, 1)}));
    QCOMPARE(m_server->client().get("/tags", m_bob).json().value("items"_L1).toArray(),
             QJsonArray{entry(u"bob's only"_s, 1)});
    // A tag taken off its last film is gone; without a token, 401.
    tag(3, {});
    tag(2, {});
    tag(1, {u"noir"_s});
    QCOMPARE(m_server->client().get("/tags", m_ada).json().value("items"_L1).toArray(),
             QJsonArray{entry(u"noir"_s, 2)});
    QCOMPARE(m_server->client().get("/tags").status, 401);
}

void TestApiPersonal::changeMineRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addRow("rating off the half-step scale")
            << QByteArray(R"({"rating":4.3})") << u"rating"_s << u"out_of_range"_s;
    QTest::addRow("rating 0") << QByteArray(R"({"rating":0})") << u"rating"_s << u"out_of_range"_s;
    QTest::addRow("rating 5.5") << QByteArray(R"({"rating":5.5})") << u"rating"_s
                                << u"out_of_range"_s;
    QTest::addRow("rating as text")
            << QByteArray(R"({"rating":"4"})") << u"rating"_s << u"out_of_range"_s;
    QByteArray many = "{\"tags\":[";
    for (int i = 0; i < 21; ++i)
        many += (i ? ",\"t" : "\"t") + QByteArray::number(i) + '"';
    many += "]}";
    QTest::addRow("21 tags") << many << u"tags"_s << u"too_long"_s;
    QTest::addRow("a tag of 41 characters")
            << ("{\"tags\":[\"" + QByteArray(41, 'x') + "\"]}") << u"tags"_s << u"too_long"_s;
    QTest::addRow("an empty tag") << QByteArray(R"({"tags":["  "]})") << u"tags"_s << u"empty"_s;
    QTest::addRow("tags not a list")
            << QByteArray(R"({"tags":"cosy"})") << u"tags"_s << u"wrong_type"_s;
    QTest::addRow("notes too long")
            << ("{\"notes\":\"" + QByteArray(10001, 'n') + "\"}") << u"notes"_s << u"too_long"_s;
    QTest::addRow("watchlist not a boolean")
            << QByteArray(R"({"watchlist":"yes"})") << u"watchlist"_s << u"wrong_type"_s;
    QTest::addRow("unknown field")
            << QByteArray(R"({"seen":true})") << u"seen"_s << u"unknown_field"_s;
    QTest::addRow("nothing") << QByteArray("{}") << u"rating"_s << u"nothing_to_change"_s;
}

void TestApiPersonal::changeMineRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto r = sendRaw("PATCH", "/moviedata/3/mine", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("fields"_L1)
                     .toObject()
                     .value(field)
                     .toObject()
                     .value("code"_L1)
                     .toString(),
             code);
    QCOMPARE(send("PATCH", "/moviedata/999999/mine", {{u"rating"_s, 3}}).status, 404);
    QCOMPARE(send("PATCH", "/moviedata/3/mine", {{u"rating"_s, 3}}, "not-a-token").status, 401);
}

void TestApiPersonal::diary()
{
    const auto first = send("POST", "/moviedata/12/viewings",
                            {{u"watchedOn"_s, u"2024-05-01"_s}, {u"note"_s, u"First time."_s}});
    QCOMPARE(first.status, 201);
    const qint64 firstId = first.json().value("id"_L1).toInteger();
    QCOMPARE(first.header("location"), "/viewings/" + QByteArray::number(firstId));
    QCOMPARE(first.json().value("movieId"_L1).toInteger(), 12);
    QCOMPARE(first.json().value("rewatch"_L1).toBool(), false);
    QVERIFY(QDateTime::fromString(first.json().value("createdAt"_L1).toString(), Qt::ISODate)
                    .isValid());
    // Again later: a rewatch by itself; its rating becomes the film's.
    const auto second = send("POST", "/moviedata/12/viewings",
                             {{u"watchedOn"_s, u"2024-06-01"_s}, {u"rating"_s, 3.5}});
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value("rewatch"_L1).toBool(), true);
    QJsonObject mine = mineOf(12, m_ada);
    QCOMPARE(mine.value("watched"_L1).toBool(), true);
    QCOMPARE(mine.value("timesWatched"_L1).toInt(), 2);
    QCOMPARE(mine.value("lastWatchedOn"_L1).toString(), u"2024-06-01"_s);
    QCOMPARE(mine.value("rating"_L1).toDouble(), 3.5);
    // Another film, today.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(send("POST", "/moviedata/40/viewings", {{u"watchedOn"_s, today}}).status, 201);
    // The diary: newest first, with the film.
    QJsonObject diary = m_server->client().get("/viewings", m_ada).json();
    QCOMPARE(diary.value("total"_L1).toInt(), 3);
    QJsonArray items = diary.value("items"_L1).toArray();
    QCOMPARE(items[0].toObject().value("watchedOn"_L1).toString(), today);
    QCOMPARE(items[1].toObject().value("watchedOn"_L1).toString(), u"2024-06-01"_s);
    QCOMPARE(items[2].toObject().value("note"_L1).toString(), u"First time."_s);
    const QJsonObject film = items[2].toObject().value("movie"_L1).toObject();
    QCOMPARE(film.value("id"_L1).toInteger(), 12);
    QCOMPARE(film.keys(), (QStringList{u"id"_s, u"title"_s, u"year"_s}));
    // Filters.
    QCOMPARE(m_server->client().get("/viewings?movieId=12", m_ada).json().value("total"_L1).toInt(),
             2);
    QCOMPARE(m_server->client()
                     .get("/viewings?from=2024-05-15&to=2024-12-31", m_ada)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             1);
    QCOMPARE(m_server->client()
                     .get("/viewings?pageSize=1&page=3", m_ada)
                     .json()
                     .value("items"_L1)
                     .toArray()
                     .size(),
             1);
    // Change the second one's date to before the first: the film's last watch follows.
    const QByteArray secondPath
            = "/viewings/" + QByteArray::number(second.json().value("id"_L1).toInteger());
    const auto moved = send("PATCH", secondPath,
                            {{u"watchedOn"_s, u"2024-04-01"_s}, {u"note"_s, u"moved"_s}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value("note"_L1).toString(), u"moved"_s);
    QCOMPARE(mineOf(12, m_ada).value("lastWatchedOn"_L1).toString(), u"2024-05-01"_s);
    // A rating given when editing a viewing becomes the film's, as when adding one; clearing
    // the viewing's rating leaves the film's alone.
    QCOMPARE(send("PATCH", secondPath, {{u"rating"_s, 2.5}}).status, 200);
    QCOMPARE(mineOf(12, m_ada).value("rating"_L1).toDouble(), 2.5);
    QCOMPARE(send("PATCH", secondPath, {{u"rating"_s, QJsonValue()}}).status, 200);
    QCOMPARE(mineOf(12, m_ada).value("rating"_L1).toDouble(), 2.5);
    QCOMPARE(send("PATCH", secondPath, {{u"rating"_s, 3.5}}).status, 200);
    // Delete both: not watched any more.
    QCOMPARE(send("DELETE", secondPath).status, 204);
    QCOMPARE(send("DELETE", secondPath).status, 404);
    QCOMPARE(send("DELETE", "/viewings/" + QByteArray::number(firstId)).status, 204);
    mine = mineOf(12, m_ada);
    QCOMPARE(mine.value("watched"_L1).toBool(), false);
    QCOMPARE(mine.value("timesWatched"_L1).toInt(), 0);
    QVERIFY(mine.value("lastWatchedOn"_L1).isNull());
    QCOMPARE(mine.value("rating"_L1).toDouble(), 3.5); // the rating stays the user's
}

void TestApiPersonal::viewingRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QByteArray future = QDate::currentDate().addDays(3).toString(Qt::ISODate).toLatin1();
    QTest::addRow("in the future")
            << ("{\"watchedOn\":\"" + future + "\"}") << u"watchedOn"_s << u"out_of_range"_s;
    QTest::addRow("before 1870") << QByteArray(R"({"watchedOn":"1869-12-31"})") << u"watchedOn"_s
                                 << u"out_of_range"_s;
    QTest::addRow("not a date") << QByteArray(R"({"watchedOn":"2024-13-01"})") << u"watchedOn"_s
                                << u"invalid_date"_s;
    QTest::addRow("another format")
            << QByteArray(R"({"watchedOn":"01/05/2024"})") << u"watchedOn"_s << u"invalid_date"_s;
    QTest::addRow("no date") << QByteArray(R"({"rating":4})") << u"watchedOn"_s << u"required"_s;
    QTest::addRow("rating off the scale")
            << QByteArray(R"({"watchedOn":"2024-01-01","rating":0.3})") << u"rating"_s
            << u"out_of_range"_s;
    QTest::addRow("rewatch not a boolean")
            << QByteArray(R"({"watchedOn":"2024-01-01","rewatch":1})") << u"rewatch"_s
            << u"wrong_type"_s;
    QTest::addRow("unknown field") << QByteArray(R"({"watchedOn":"2024-01-01","where":"home"})")
                                   << u"where"_s << u"unknown_field"_s;
}

void TestApiPersonal::viewingRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto r = sendRaw("POST", "/moviedata/5/viewings", body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("fields"_L1)
                     .toObject()
                     .value(field)
                     .toObject()
                     .value("code"_L1)
                     .toString(),
             code);
    QCOMPARE(m_server->client().get("/viewings", m_ada).json().value("total"_L1).toInt(), 0);
    QCOMPARE(send("POST", "/moviedata/999999/viewings", {{u"watchedOn"_s, u"2024-01-01"_s}}).status,
             404);
    QCOMPARE(m_server->client().get("/viewings?from=yesterday", m_ada).status, 400);
    QCOMPARE(m_server->client().get("/viewings?movieId=0", m_ada).status, 400);
    QCOMPARE(m_server->client().get("/viewings?pageSize=201", m_ada).status, 400);
}

void TestApiPersonal::usersNeverSeeEachOther()
{
    const auto viewing
            = send("POST", "/moviedata/20/viewings", {{u"watchedOn"_s, u"2023-03-03"_s}});
    QCOMPARE(viewing.status, 201);
    QCOMPARE(send("PATCH", "/moviedata/20/mine", {{u"rating"_s, 5}, {u"favourite"_s, true}}).status,
             200);
    const QByteArray path
            = "/viewings/" + QByteArray::number(viewing.json().value("id"_L1).toInteger());
    // Bob: 404 (not 403) for Ada's viewing, and none of her data anywhere.
    QCOMPARE(send("PATCH", path, {{u"note"_s, u"mine now"_s}}, m_bob).status, 404);
    QCOMPARE(send("DELETE", path, {}, m_bob).status, 404);
    QCOMPARE(m_server->client().get("/viewings", m_bob).json().value("total"_L1).toInt(), 0);
    const QJsonObject bobs = mineOf(20, m_bob);
    QCOMPARE(bobs.value("watched"_L1).toBool(), false);
    QVERIFY(bobs.value("rating"_L1).isNull());
    QCOMPARE(m_server->client()
                     .get("/moviedata?favourite=true", m_bob)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             0);
    QCOMPARE(m_server->client()
                     .get("/moviedata?favourite=true", m_ada)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             1);
    // Ada's is untouched; an admin's catalogue edit does not touch it either.
    QCOMPARE(send("PATCH", "/moviedata/20", {{u"imdbRating"_s, 9.9}}, m_admin).status, 200);
    QCOMPARE(m_server->client().get("/viewings", m_ada).json().value("total"_L1).toInt(), 1);
    QCOMPARE(mineOf(20, m_ada).value("rating"_L1).toDouble(), 5.0);
}

void TestApiPersonal::personalFiltersAndSorts()
{
    QCOMPARE(send("PATCH", "/moviedata/1/mine",
                  {{u"rating"_s, 2}, {u"tags"_s, QJsonArray{u"Noir"_s}}})
                     .status,
             200);
    QCOMPARE(
            send("PATCH", "/moviedata/2/mine", {{u"rating"_s, 4.5}, {u"watchlist"_s, true}}).status,
            200);
    QCOMPARE(send("PATCH", "/moviedata/3/mine",
                  {{u"rating"_s, 4}, {u"tags"_s, QJsonArray{u"noir"_s}}})
                     .status,
             200);
    QCOMPARE(send("POST", "/moviedata/3/viewings", {{u"watchedOn"_s, u"2022-02-02"_s}}).status,
             201);
    QCOMPARE(send("POST", "/moviedata/4/viewings", {{u"watchedOn"_s, u"2025-05-05"_s}}).status,
             201);
    auto ids = [this](const QByteArray &query) {
        QList<qint64> list;
        const auto r = m_server->client().get("/moviedata?pageSize=200&" + query, m_ada);
        for (const auto &film : r.json().value("items"_L1).toArray())
            list << film.toObject().value("id"_L1).toInteger();
        return list;
    };
    auto total = [this](const QByteArray &query) {
        return m_server->client()
                .get("/moviedata?" + query, m_ada)
                .json()
                .value("total"_L1)
                .toInt();
    };
    QCOMPARE(total("watched=true"), 2);
    QCOMPARE(total("watched=false"), 3201 - 2);
    QCOMPARE(ids("watchlist=true"), QList<qint64>{2});
    QCOMPARE(ids("tag=NOIR&sort=added"), (QList<qint64>{1, 3}));
    QCOMPARE(ids("minRating=4&sort=-myRating"), (QList<qint64>{2, 3}));
    QCOMPARE(ids("minRating=4&sort=myRating"), (QList<qint64>{3, 2}));
    QCOMPARE(ids("watched=true&sort=-lastWatched"), (QList<qint64>{4, 3}));
    // Unrated films come after the rated ones, whichever way.
    QCOMPARE(ids("sort=-myRating&pageSize=3").mid(0, 3), (QList<qint64>{2, 3, 1}));
    QCOMPARE(ids("sort=myRating&pageSize=3").mid(0, 3), (QList<qint64>{1, 3, 2}));
    QCOMPARE(ids("sort=-added&pageSize=1").value(0), 3201);
    // Page by page across the rated and the unrated (then in title order), with a text search
    // too: the same films in the same order as one long page, none twice.
    for (const QByteArray &query :
         {QByteArray("sort=-myRating"), QByteArray("sort=myRating"),
          QByteArray("sort=-lastWatched"), QByteArray("sort=lastWatched&q=the")}) {
        QList<qint64> paged;
        for (int page = 1; page <= 4; ++page) {
            const auto r = m_server->client().get(
                    "/moviedata?pageSize=2&page=" + QByteArray::number(page) + '&' + query, m_ada);
            QCOMPARE(r.status, 200);
            for (const auto &film : r.json().value("items"_L1).toArray())
                paged << film.toObject().value("id"_L1).toInteger();
        }
        QCOMPARE(paged, ids(query).mid(0, 8));
        if (query.contains("q="))
            continue;
        // The films with a key in its order, then the others as sort=title has them (films 1 to
        // 4 are not among the first titles).
        QList<qint64> expected
                = query.contains("Rating") ? QList<qint64>{2, 3, 1} : QList<qint64>{4, 3};
        if (!query.startsWith("sort=-"))
            std::reverse(expected.begin(), expected.end());
        const QList<qint64> titles = ids("sort=title");
        QVERIFY(!titles.contains(1) && !titles.contains(2) && !titles.contains(3)
                && !titles.contains(4));
        expected += titles;
        QCOMPARE(paged, expected.mid(0, 8));
    }
    // The personal filters combine with the catalogue's.
    QCOMPARE(total("watched=false&genre=Western&maxRuntime=100&minImdb=7"),
             total("genre=Western&maxRuntime=100&minImdb=7"));
}

void TestApiPersonal::personalFilterRefusals_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("watched=yes") << QByteArray("watched=yes") << u"watched"_s;
    QTest::addRow("watchlist=1") << QByteArray("watchlist=1") << u"watchlist"_s;
    QTest::addRow("favourite=") << QByteArray("favourite=") << u"favourite"_s;
    QTest::addRow("minRating=6") << QByteArray("minRating=6") << u"minRating"_s;
    QTest::addRow("minRating=abc") << QByteArray("minRating=abc") << u"minRating"_s;
    QTest::addRow("minImdb=11") << QByteArray("minImdb=11") << u"minImdb"_s;
    QTest::addRow("maxRuntime=0") << QByteArray("maxRuntime=0") << u"maxRuntime"_s;
    QTest::addRow("sort=rated") << QByteArray("sort=rated") << u"sort"_s;
}

void TestApiPersonal::personalFilterRefusals()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, field);
    for (const QByteArray &path : {QByteArray("/moviedata?"), QByteArray("/moviedata/random?")}) {
        const auto r = m_server->client().get(path + query, m_ada);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().value("fields"_L1).toObject().contains(field), r.body.constData());
    }
}

void TestApiPersonal::deletingAFilmOrAUserTakesTheirRows()
{
    QCOMPARE(send("POST", "/moviedata/30/viewings", {{u"watchedOn"_s, u"2024-01-01"_s}}, m_bob)
                     .status,
             201);
    QCOMPARE(
            send("PATCH", "/moviedata/30/mine", {{u"tags"_s, QJsonArray{u"gone"_s}}}, m_bob).status,
            200);
    QCOMPARE(send("POST", "/moviedata/31/viewings", {{u"watchedOn"_s, u"2024-01-02"_s}}, m_bob)
                     .status,
             201);
    const qint64 bob = m_server->client()
                               .get("/userdetails", m_bob)
                               .json()
                               .value("id"_L1)
                               .toString()
                               .toLongLong();
    QCOMPARE(rowsOf(u"viewings"_s, bob), 2);
    QCOMPARE(rowsOf(u"user_tags"_s, bob), 1);
    // The film goes: its viewings, tags and rows go with it.
    QCOMPARE(send("DELETE", "/moviedata/30", {}, m_admin).status, 204);
    QCOMPARE(m_server->client().get("/viewings", m_bob).json().value("total"_L1).toInt(), 1);
    QCOMPARE(rowsOf(u"user_tags"_s, bob), 0);
    QCOMPARE(rowsOf(u"user_movies"_s, bob), 1);
    // The user goes: everything of theirs goes.
    QCOMPARE(send("DELETE", "/userdetails", {{u"currentPassword"_s, Password}}, m_bob).status, 204);
    QCOMPARE(rowsOf(u"viewings"_s, bob), 0);
    QCOMPARE(rowsOf(u"user_movies"_s, bob), 0);
}

// Uniform among the matches: a chi-square test over many picks from a small filtered set.
void TestApiPersonal::randomPickIsUniform()
{
    const QByteArray filter = "genre=Western&yearFrom=1990&yearTo=2000";
    const QJsonArray matches = m_server->client()
                                       .get("/moviedata?pageSize=200&" + filter, m_ada)
                                       .json()
                                       .value("items"_L1)
                                       .toArray();
    const int n = int(matches.size());
    QVERIFY2(n >= 4 && n <= 30, qPrintable(QString::number(n)));
    QHash<qint64, int> seen;
    for (const auto &m : matches)
        seen.insert(m.toObject().value("id"_L1).toInteger(), 0);
    const int draws = 60 * n;
    QList<HttpClient::Request> requests;
    for (int i = 0; i < draws; ++i) {
        HttpClient::Request r;
        r.target = "/moviedata/random?" + filter;
        r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_ada);
        requests << r;
    }
    for (const auto &answer : m_server->client().sendAll(requests)) {
        QCOMPARE(answer.status, 200);
        const qint64 id = answer.json().value("id"_L1).toInteger();
        QVERIFY2(seen.contains(id), "a film outside the filter");
        ++seen[id];
        QVERIFY(answer.json().contains("mine"_L1));
    }
    double chi2 = 0;
    const double expected = double(draws) / n;
    for (int count : std::as_const(seen))
        chi2 += (count - expected) * (count - expected) / expected;
    // The 0.999 quantile of chi-square with n - 1 degrees of freedom is below
    // (n - 1) + 4.5 * sqrt(2 (n - 1)) + 10 for these n (Wilson–Hilferty, with margin):
    // a fair pick fails this about once in a thousand runs or less.
    const double bound = (n - 1) + 4.5 * std::sqrt(2.0 * (n - 1)) + 10;
    QVERIFY2(chi2 < bound,
             qPrintable(u"chi2 %1 over %2 films, bound %3"_s.arg(chi2).arg(n).arg(bound)));
}

void TestApiPersonal::randomWithoutMatch()
{
    const auto none = m_server->client().get("/moviedata/random?q=qqqzzzxxx", m_ada);
    QCOMPARE(none.status, 404);
    QCOMPARE(none.json().value("code"_L1).toString(), u"no_match"_s);
    // Not watched yet, from the watchlist: the pick respects the caller's own filters.
    QCOMPARE(send("PATCH", "/moviedata/77/mine", {{u"watchlist"_s, true}}).status, 200);
    for (int i = 0; i < 5; ++i) {
        const auto pick
                = m_server->client().get("/moviedata/random?watchlist=true&watched=false", m_ada);
        QCOMPARE(pick.json().value("id"_L1).toInteger(), 77);
    }
    QCOMPARE(send("POST", "/moviedata/77/viewings", {{u"watchedOn"_s, u"2024-01-01"_s}}).status,
             201);
    QCOMPARE(m_server->client().get("/moviedata/random?watchlist=true&watched=false", m_ada).status,
             404);
    QCOMPARE(m_server->client().get("/moviedata/random").status, 401);
}

QTEST_GUILESS_MAIN(TestApiPersonal)
#include "tst_api_personal.moc"
