// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
}

// The admin-only catalogue writes: who may write, what is accepted, and that search and the
// cached pages follow every write at once.
class TestApiAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void usersMayNotWrite_data();
    void usersMayNotWrite();
    void createEditDelete();
    void searchAndPagesFollowWrites();
    void validation_data();
    void validation();
    void patchAndDeleteUnknownFilm();
    void hostileTextIsStoredAsText_data();
    void hostileTextIsStoredAsText();

private:
    HttpClient::Response send(const QByteArray &method, const QByteArray &target,
                              const QByteArray &body, const QByteArray &token) const;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_admin;
    QByteArray m_user;
};

void TestApiAdmin::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = m_server->registerAndLogin(u"admin@example.com"_s, Password)
                      .value("token"_L1)
                      .toString()
                      .toLatin1();
    m_user = m_server->registerAndLogin(u"user@example.com"_s, Password)
                     .value("token"_L1)
                     .toString()
                     .toLatin1();
    QVERIFY(!m_admin.isEmpty() && !m_user.isEmpty());
}

HttpClient::Response TestApiAdmin::send(const QByteArray &method, const QByteArray &target,
                                        const QByteArray &body, const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    r.body = body;
    if (!token.isEmpty())
        r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    return m_server->client().send(r);
}

void TestApiAdmin::usersMayNotWrite_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("POST") << QByteArray("POST") << QByteArray("/moviedata")
                          << QByteArray(R"({"title":"Mine"})");
    QTest::addRow("PATCH") << QByteArray("PATCH") << QByteArray("/moviedata/1")
                           << QByteArray(R"({"title":"Mine"})");
    QTest::addRow("DELETE") << QByteArray("DELETE") << QByteArray("/moviedata/1") << QByteArray();
}

void TestApiAdmin::usersMayNotWrite()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const auto user = send(method, target, body, m_user);
    QCOMPARE(user.status, 403);
    QCOMPARE(user.json().value("code"_L1).toString(), u"forbidden"_s);
    const auto anonymous = send(method, target, body, {});
    QCOMPARE(anonymous.status, 401);
    // Film 1 is unchanged.
    QCOMPARE(m_server->client().get("/moviedata/1", m_user).json().value("title"_L1).toString(),
             u"The Land Girls"_s);
}

void TestApiAdmin::createEditDelete()
{
    const auto created = send("POST", "/moviedata",
                              R"({"title":"Reelvault: The Movie","releaseDate":"2026-11-24",)"
                              R"("genre":"Documentary","director":"Ada Lovelace","imdbRating":9.5,)"
                              R"("runtimeMinutes":97,"usGross":null})",
                              m_admin);
    QCOMPARE(created.status, 201);
    const QJsonObject movie = created.json();
    const int id = movie.value("id"_L1).toInt();
    QVERIFY(id > 3201);
    QCOMPARE(created.header("location"), "/moviedata/" + QByteArray::number(id));
    QCOMPARE(movie.value("year"_L1).toInt(), 2026); // from releaseDate
    QCOMPARE(movie.value("imdbRating"_L1).toDouble(), 9.5);
    QVERIFY(movie.value("usGross"_L1).isNull());
    QVERIFY(movie.value("distributor"_L1).isNull());
    QCOMPARE(m_server->client().get("/moviedata/" + QByteArray::number(id), m_user).json(), movie);

    const auto edited = send("PATCH", "/moviedata/" + QByteArray::number(id),
                             R"({"title":"Reelvault II","imdbRating":null})", m_admin);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value("title"_L1).toString(), u"Reelvault II"_s);
    QVERIFY(edited.json().value("imdbRating"_L1).isNull());
    QCOMPARE(edited.json().value("director"_L1).toString(), u"Ada Lovelace"_s); // untouched

    QCOMPARE(send("DELETE", "/moviedata/" + QByteArray::number(id), {}, m_admin).status, 204);
    QCOMPARE(m_server->client().get("/moviedata/" + QByteArray::number(id), m_user).status, 404);
    QCOMPARE(send("DELETE", "/moviedata/" + QByteArray::number(id), {}, m_admin).status, 404);
}

void TestApiAdmin::searchAndPagesFollowWrites()
{
    auto search = [this](const QByteArray &q) {
        return m_server->client().get("/moviedata?q=" + q, m_user).json();
    };
    const int before = m_server->client()
                               .get("/moviedata?pageSize=1", m_user)
                               .json()
                               .value("total"_L1)
                               .toInt();
    QCOMPARE(search("zyzzyva").value("total"_L1).toInt(), 0); // read (and cached) first

    const auto created = send("POST", "/moviedata",
                              R"({"title":"Zyzzyva Rising","director":"Quentin Xylo"})", m_admin);
    QCOMPARE(created.status, 201);
    const QByteArray path
            = "/moviedata/" + QByteArray::number(created.json().value("id"_L1).toInt());
    QCOMPARE(search("zyzzyva").value("total"_L1).toInt(), 1);
    QCOMPARE(search("xylo").value("total"_L1).toInt(), 1);
    QCOMPARE(m_server->client()
                     .get("/moviedata?pageSize=1", m_user)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             before + 1);

    QCOMPARE(send("PATCH", path, R"({"title":"Aardvark Falling"})", m_admin).status, 200);
    QCOMPARE(search("zyzzyva").value("total"_L1).toInt(), 0);
    QCOMPARE(search("aardvark+falling")
                     .value("items"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("title"_L1)
                     .toString(),
             u"Aardvark Falling"_s);
    QCOMPARE(search("xylo").value("total"_L1).toInt(), 1);

    QCOMPARE(send("DELETE", path, {}, m_admin).status, 204);
    QCOMPARE(search("aardvark").value("total"_L1).toInt(), 0);
    QCOMPARE(search("xylo").value("total"_L1).toInt(), 0);
    QCOMPARE(m_server->client()
                     .get("/moviedata?pageSize=1", m_user)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             before);
}

void TestApiAdmin::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    QTest::addRow("no title") << QByteArray(R"({"year":1999})") << QStringList{u"title"_s};
    QTest::addRow("null title") << QByteArray(R"({"title":null})") << QStringList{u"title"_s};
    QTest::addRow("empty title") << QByteArray(R"({"title":"  "})") << QStringList{u"title"_s};
    QTest::addRow("id given") << QByteArray(R"({"title":"X","id":5})") << QStringList{u"id"_s};
    // One rule for the year, whichever field carries it.
    QTest::addRow("releaseDate in 4000")
            << QByteArray(R"({"title":"X","releaseDate":"4000-01-01"})")
            << QStringList{u"releaseDate"_s};
    QTest::addRow("releaseDate in year 1")
            << QByteArray(R"({"title":"X","releaseDate":"0001-01-01"})")
            << QStringList{u"releaseDate"_s};
    QTest::addRow("releaseDate in 1869")
            << QByteArray(R"({"title":"X","releaseDate":"1869-12-31"})")
            << QStringList{u"releaseDate"_s};
    QTest::addRow("unknown field")
            << QByteArray(R"({"title":"X","budget":5})") << QStringList{u"budget"_s};
    QTest::addRow("year as text") << QByteArray(R"({"title":"X","year":"1999"})")
                                  << QStringList{u"year"_s};
    QTest::addRow("fractional year")
            << QByteArray(R"({"title":"X","year":1999.5})") << QStringList{u"year"_s};
    QTest::addRow("rating above 10")
            << QByteArray(R"({"title":"X","imdbRating":11})") << QStringList{u"imdbRating"_s};
    QTest::addRow("negative gross")
            << QByteArray(R"({"title":"X","usGross":-1})") << QStringList{u"usGross"_s};
    QTest::addRow("tomatoes over 100") << QByteArray(R"({"title":"X","rottenTomatoesRating":101})")
                                       << QStringList{u"rottenTomatoesRating"_s};
    QTest::addRow("bad date") << QByteArray(R"({"title":"X","releaseDate":"1999-02-30"})")
                              << QStringList{u"releaseDate"_s};
    QTest::addRow("date in another format")
            << QByteArray(R"({"title":"X","releaseDate":"Jun 12 1998"})")
            << QStringList{u"releaseDate"_s};
    QTest::addRow("year against date")
            << QByteArray(R"({"title":"X","year":1990,"releaseDate":"1999-01-01"})")
            << QStringList{u"year"_s};
    QTest::addRow("title too long")
            << R"({"title":")" + QByteArray(301, 't') + "\"}" << QStringList{u"title"_s};
    QTest::addRow("control character")
            << QByteArray(R"({"title":"X\u0007"})") << QStringList{u"title"_s};
    QTest::addRow("several") << QByteArray(R"({"title":1,"genre":[],"runtimeMinutes":0})")
                             << QStringList{u"genre"_s, u"runtimeMinutes"_s, u"title"_s};
}

void TestApiAdmin::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    const int before = m_server->client()
                               .get("/moviedata?pageSize=1", m_user)
                               .json()
                               .value("total"_L1)
                               .toInt();
    const auto r = send("POST", "/moviedata", body, m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("code"_L1).toString(), u"validation_failed"_s);
    QCOMPARE(r.json().value("errors"_L1).toObject().keys(), fields);
    QCOMPARE(m_server->client()
                     .get("/moviedata?pageSize=1", m_user)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             before);
    // The same checks apply to PATCH (except that title may be left out).
    if (!fields.contains(u"title"_s) || body.contains("\"title\"")) {
        const auto p = send("PATCH", "/moviedata/2", body, m_admin);
        QCOMPARE(p.status, 400);
    }
}

void TestApiAdmin::patchAndDeleteUnknownFilm()
{
    QCOMPARE(send("PATCH", "/moviedata/999999", R"({"title":"X"})", m_admin).status, 404);
    QCOMPARE(send("DELETE", "/moviedata/999999", {}, m_admin).status, 404);
    QCOMPARE(send("PATCH", "/moviedata/1", "{}", m_admin).status, 400);
    QCOMPARE(send("PATCH", "/moviedata/1", "[]", m_admin).status, 400);
}

void TestApiAdmin::hostileTextIsStoredAsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("SQL") << u"Robert'); DROP TABLE movies;--"_s;
    QTest::addRow("FTS5 syntax") << u"title:* OR NEAR(a b)"_s;
    QTest::addRow("quotes and backslashes") << u"\"\\\" '"_s;
    QTest::addRow("unicode") << u"Амели 🎬 è"_s;
}

void TestApiAdmin::hostileTextIsStoredAsText()
{
    QFETCH(QString, text);
    const QJsonObject body{{u"title"_s, text},
                           {u"director"_s, text},
                           {u"genre"_s, text},
                           {u"distributor"_s, text},
                           {u"mpaaRating"_s, text.left(20)}};
    const auto created = send("POST", "/moviedata", QJsonDocument(body).toJson(), m_admin);
    QCOMPARE(created.status, 201);
    const QByteArray path
            = "/moviedata/" + QByteArray::number(created.json().value("id"_L1).toInt());
    const QJsonObject stored = m_server->client().get(path, m_user).json();
    for (auto it = body.begin(); it != body.end(); ++it)
        QCOMPARE(stored.value(it.key()).toString(), it.value().toString());
    QCOMPARE(m_server->client().get("/moviedata?q=" + QUrl::toPercentEncoding(text), m_user).status,
             200);
    QCOMPARE(send("DELETE", path, {}, m_admin).status, 204);
    QCOMPARE(m_server->client()
                     .get("/moviedata?pageSize=1", m_user)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             3201);
}

QTEST_GUILESS_MAIN(TestApiAdmin)
#include "tst_api_admin.moc"
