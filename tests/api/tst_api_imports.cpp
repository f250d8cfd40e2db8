// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
const QByteArray DiaryHeader = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n";
} // namespace

// POST /imports (preview and apply), GET /imports, DELETE /imports/{id} over real HTTP: file
// bodies beyond the JSON limit, refusals said as problems, and each user's imports their own.
class TestApiImports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewApplyListUndo();
    void choicesInTheQuery();
    void refusals_data();
    void refusals();
    void tooLargeIsRefusedBeforeReading();
    void aLargeFileIsRead();
    void aChunkedUploadIsRead();
    void aChunkedUploadPastTheLimitIsRefused();
    void importsAreTheirOwners();
    void jsonExportRoundTrip();
    void letterboxdAndCsvExports();
    void exportRefusals();

private:
    HttpClient::Response call(const QByteArray &method, const QByteArray &target,
                              const QJsonObject &body, const QByteArray &token) const;
    HttpClient::Response upload(const QByteArray &target, const QByteArray &body,
                                const QByteArray &type = "text/csv",
                                const QByteArray &token = {}) const;
    // A POST /imports in chunks of chunkSize, as raw bytes.
    QByteArray chunkedUpload(const QByteArray &body, qsizetype chunkSize) const;
    // Upload bodies go to temporary files while they are read: none may outlive its request.
    static QStringList spoolFiles();
    // GET target's CSV file, record by record (empty when it is not one).
    QList<QStringList> csvRecords(const QByteArray &target, const QByteArray &token) const;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_ada;
    QByteArray m_bob;
};

void TestApiImports::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"admin@example.com"_s, Password);
    m_ada = m_server->registerToken(u"ada@example.com"_s, Password);
    m_bob = m_server->registerToken(u"bob@example.com"_s, Password);
}

void TestApiImports::cleanup()
{
    // Every answer has been read by now: each upload's file is gone already.
    QCOMPARE(spoolFiles(), QStringList());
    m_server.reset();
}

QStringList TestApiImports::spoolFiles()
{
    return QDir::temp().entryList({u"reelvault-upload-*"_s}, QDir::Files);
}

QByteArray TestApiImports::chunkedUpload(const QByteArray &body, qsizetype chunkSize) const
{
    QByteArray raw = "POST /imports?dryRun=true HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(m_server->port()) + "\r\nAuthorization: Bearer " + m_ada
            + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size(); at += chunkSize) {
        const QByteArray chunk = body.mid(at, chunkSize);
        raw += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return raw + "0\r\n\r\n";
}

HttpClient::Response TestApiImports::upload(const QByteArray &target, const QByteArray &body,
                                            const QByteArray &type, const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = "POST";
    r.target = target;
    r.body = body;
    r.json = false;
    r.headers << qMakePair(QByteArray("Authorization"),
                           "Bearer " + (token.isEmpty() ? m_ada : token));
    if (!type.isEmpty())
        r.headers << qMakePair(QByteArray("Content-Type"), type);
    return m_server->client().send(r);
}

void TestApiImports::previewApplyListUndo()
{
    const QByteArray csv = DiaryHeader
            + "2024-01-05,Fargo,1996,https://boxd.it/f,4.5,,snow,2024-01-04\n"
              "2024-01-06,No Such Film,1990,https://boxd.it/x,3,,,2024-01-05\n";
    const auto preview = upload("/imports?dryRun=true", csv);
    QCOMPARE(preview.status, 200);
    const QJsonObject report = preview.json();
    QCOMPARE(report.value("format"_L1).toString(), u"letterboxd"_s);
    QCOMPARE(report.value("rows"_L1).toInt(), 2);
    QCOMPARE(report.value("matched"_L1).toArray().size(), 1);
    QCOMPARE(report.value("unmatched"_L1).toArray()[0].toObject().value("title"_L1).toString(),
             u"No Such Film"_s);
    QCOMPARE(report.value("changes"_L1).toObject().value("viewings"_L1).toInt(), 1);
    QCOMPARE(m_server->client().get("/viewings", m_ada).json().value("total"_L1).toInt(), 0);

    const auto applied = upload("/imports", csv);
    QCOMPARE(applied.status, 201);
    const qint64 id = applied.json().value("id"_L1).toInteger();
    QCOMPARE(applied.header("location"), "/imports/" + QByteArray::number(id));
    QCOMPARE(applied.json().value("applied"_L1).toObject().value("viewings"_L1).toInt(), 1);
    const qint64 fargo = report.value("matched"_L1)
                                 .toArray()[0]
                                 .toObject()
                                 .value("movie"_L1)
                                 .toObject()
                                 .value("id"_L1)
                                 .toInteger();
    const QJsonObject mine = m_server->client()
                                     .get("/moviedata/" + QByteArray::number(fargo), m_ada)
                                     .json()
                                     .value("mine"_L1)
                                     .toObject();
    QCOMPARE(mine.value("rating"_L1).toDouble(), 4.5);
    QCOMPARE(mine.value("tags"_L1).toArray(), QJsonArray{u"snow"_s});
    QCOMPARE(mine.value("lastWatchedOn"_L1).toString(), u"2024-01-04"_s);
    // Twice: nothing more.
    const auto again = upload("/imports", csv);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json().value("applied"_L1).toObject().value("viewings"_L1).toInt(), 0);
    QCOMPARE(m_server->client().get("/viewings", m_ada).json().value("total"_L1).toInt(), 1);

    const auto listed
            = m_server->client().get("/imports", m_ada).json().value("items"_L1).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[1].toObject().value("id"_L1).toInteger(), id);
    QCOMPARE(listed[1].toObject().value("files"_L1).toArray(), QJsonArray{u"diary.csv"_s});

    HttpClient::Request undo;
    undo.method = "DELETE";
    undo.target = "/imports/" + QByteArray::number(id);
    undo.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_ada);
    QCOMPARE(m_server->client().send(undo).status, 204);
    QCOMPARE(m_server->client().send(undo).status, 404);
    QCOMPARE(m_server->client().get("/viewings", m_ada).json().value("total"_L1).toInt(), 0);
    QVERIFY(m_server->client()
                    .get("/moviedata/" + QByteArray::number(fargo), m_ada)
                    .json()
                    .value("mine"_L1)
                    .toObject()
                    .value("rating"_L1)
                    .isNull());
}

void TestApiImports::choicesInTheQuery()
{
    const QByteArray csv
            = DiaryHeader + "2024-02-01,Alice in Wonderland,,https://boxd.it/a,4,,,2024-01-31\n";
    const auto preview = upload("/imports?dryRun=true", csv);
    QCOMPARE(preview.status, 200);
    const QJsonObject row = preview.json().value("ambiguous"_L1).toArray()[0].toObject();
    QCOMPARE(row.value("key"_L1).toString(), u"https://boxd.it/a"_s);
    const qint64 chosen
            = row.value("candidates"_L1).toArray()[1].toObject().value("id"_L1).toInteger();
    const QByteArray choices
            = QUrl::toPercentEncoding(u"{\"https://boxd.it/a\": %1}"_s.arg(chosen));
    const auto applied = upload("/imports?choices=" + choices, csv);
    QCOMPARE(applied.status, 201);
    QCOMPARE(applied.json()
                     .value("matched"_L1)
                     .toArray()[0]
                     .toObject()
                     .value("movie"_L1)
                     .toObject()
                     .value("id"_L1)
                     .toInteger(),
             chosen);
    // Remembered: a new preview of the same file asks nothing.
    QCOMPARE(upload("/imports?dryRun=true", csv).json().value("ambiguous"_L1).toArray().size(), 0);
}

void TestApiImports::refusals_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray csv = DiaryHeader + "2024-01-05,Fargo,1996,u,4,,,2024-01-04\n";
    QTest::newRow("JSON, not an export")
            << QByteArray("/imports") << QByteArray("{\"a\":1}") << QByteArray("application/json")
            << 400 << u"unrecognised_format"_s;
    QTest::newRow("a form") << QByteArray("/imports") << csv
                            << QByteArray("application/x-www-form-urlencoded") << 415
                            << u"unsupported_media_type"_s;
    QTest::newRow("no type") << QByteArray("/imports") << csv << QByteArray() << 415
                             << u"unsupported_media_type"_s;
    QTest::newRow("another CSV") << QByteArray("/imports") << QByteArray("a,b\n1,2\n")
                                 << QByteArray("text/csv") << 400 << u"unrecognised_format"_s;
    QTest::newRow("empty") << QByteArray("/imports") << QByteArray() << QByteArray("text/csv")
                           << 400 << u"unrecognised_format"_s;
    QTest::newRow("watched without its name")
            << QByteArray("/imports")
            << QByteArray("Date,Name,Year,Letterboxd URI\n2024-01-01,Fargo,1996,u\n")
            << QByteArray("text/csv") << 400 << u"unrecognised_format"_s;
    QTest::newRow("dryRun not a boolean")
            << QByteArray("/imports?dryRun=maybe") << csv << QByteArray("text/csv") << 400
            << u"validation_failed"_s;
    QTest::newRow("choices not JSON") << QByteArray("/imports?choices=nope") << csv
                                      << QByteArray("text/csv") << 400 << u"validation_failed"_s;
    QTest::newRow("a choice not a film id")
            << QByteArray("/imports?choices=%7B%22u%22%3A%22x%22%7D") << csv
            << QByteArray("text/csv") << 400 << u"validation_failed"_s;
}

void TestApiImports::refusals()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = upload(target, body, type);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("code"_L1).toString(), code);
    QVERIFY(!r.json().value("detail"_L1).toString().isEmpty());
    if (code == u"unrecognised_format"_s)
        QVERIFY(r.json().value("detail"_L1).toString().contains(u"IMDb"_s));
    // Nothing was imported.
    QCOMPARE(m_server->client().get("/imports", m_ada).json().value("items"_L1).toArray().size(),
             0);
}

void TestApiImports::tooLargeIsRefusedBeforeReading()
{
    // The head alone says 40 MiB: 413 at once, without waiting for the body.
    const QByteArray head = "POST /imports HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(m_server->port()) + "\r\nAuthorization: Bearer " + m_ada
            + "\r\nContent-Type: text/csv\r\nContent-Length: " + QByteArray::number(40 << 20)
            + "\r\n\r\n";
    const auto r = m_server->client().sendRaw(head, 5000);
    QCOMPARE(r.status, 413);
    // A JSON route keeps its 64 KiB limit.
    HttpClient::Request big;
    big.method = "PATCH";
    big.target = "/userdetails";
    big.body = "{\"name\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
    big.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_ada);
    QCOMPARE(m_server->client().send(big).status, 413);
}

void TestApiImports::aLargeFileIsRead()
{
    // About 10 MB of diary (far above the JSON limit), all of it read: every row counted.
    QByteArray csv = DiaryHeader;
    const QByteArray padding(800, 'x');
    for (int i = 0; i < 12'000; ++i)
        csv += "2024-01-01,\"Unknown " + QByteArray::number(i) + ' ' + padding
                + "\",1990,https://boxd.it/" + QByteArray::number(i) + ",,,,2023-12-31\n";
    QVERIFY(csv.size() > 9'000'000);
    const auto r = upload("/imports?dryRun=true", csv);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("rows"_L1).toInt(), 12'000);
    QCOMPARE(r.json().value("unmatched"_L1).toArray().size(), 12'000);
}

void TestApiImports::aChunkedUploadIsRead()
{
    // Chunks of every size, the last row's field split across two of them: the same rows.
    QByteArray csv = DiaryHeader;
    for (int i = 0; i < 2'000; ++i)
        csv += "2024-01-02,\"Nobody's film, part " + QByteArray::number(i)
                + "\",1990,https://boxd.it/n" + QByteArray::number(i) + ",,,,2024-01-01\n";
    csv += "2024-01-03,Fargo,1996,https://boxd.it/fargo,4.5,,,2024-01-03\n";
    for (const qsizetype chunkSize : {qsizetype(1), qsizetype(1000), qsizetype(70'000)}) {
        const QByteArray raw
                = chunkedUpload(chunkSize == 1 ? DiaryHeader + csv.right(60) : csv, chunkSize);
        const auto r = m_server->client().sendRaw(raw, 20000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("rows"_L1).toInt(), chunkSize == 1 ? 1 : 2'001);
        const QJsonArray matched = r.json().value("matched"_L1).toArray();
        QCOMPARE(matched.size(), 1);
        QCOMPARE(matched.first().toObject().value("movie"_L1).toObject().value("title"_L1),
                 u"Fargo"_s);
        QCOMPARE(spoolFiles(), QStringList());
    }
}

void TestApiImports::aChunkedUploadPastTheLimitIsRefused()
{
    // No Content-Length to refuse at the head: the chunks are counted as they come, though none
    // of them stays in memory, and the 33rd MiB is refused.
    const QByteArray raw = chunkedUpload(QByteArray(33 << 20, 'x'), 1 << 20);
    const auto r = m_server->client().sendRaw(raw, 30000);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json().value("detail"_L1).toString(), u"The file is larger than 32 MiB."_s);
    QCOMPARE(spoolFiles(), QStringList());
}

void TestApiImports::importsAreTheirOwners()
{
    const auto applied
            = upload("/imports", DiaryHeader + "2024-01-05,Fargo,1996,u,4,,,2024-01-04\n");
    QCOMPARE(applied.status, 201);
    const QByteArray path
            = "/imports/" + QByteArray::number(applied.json().value("id"_L1).toInteger());
    QCOMPARE(m_server->client().get("/imports", m_bob).json().value("items"_L1).toArray().size(),
             0);
    HttpClient::Request undo;
    undo.method = "DELETE";
    undo.target = path;
    undo.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_bob);
    QCOMPARE(m_server->client().send(undo).status, 404);
    QCOMPARE(m_server->client().get("/viewings", m_ada).json().value("total"_L1).toInt(), 1);
    QCOMPARE(m_server->client().get("/imports").status, 401);
}

HttpClient::Response TestApiImports::call(const QByteArray &method, const QByteArray &target,
                                          const QJsonObject &body, const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    return m_server->client().send(r);
}

void TestApiImports::jsonExportRoundTrip()
{
    // Ada's film life through the API: ratings (whole and half), watchlist, favourite, tags,
    // notes with a comma and a line break, viewings with rewatches, ratings and notes, a film
    // rated but never watched, a film watched but not rated.
    const auto mine = [this](int film, const QJsonObject &change) {
        QCOMPARE(call("PATCH", "/moviedata/" + QByteArray::number(film) + "/mine", change, m_ada)
                         .status,
                 200);
    };
    const auto watch = [this](int film, const QJsonObject &viewing) {
        QCOMPARE(
                call("POST", "/moviedata/" + QByteArray::number(film) + "/viewings", viewing, m_ada)
                        .status,
                201);
    };
    mine(5,
         {{u"rating"_s, 4.5},
          {u"tags"_s, QJsonArray{u"cosy"_s, u"Rainy day"_s}},
          {u"notes"_s, u"With Bea, twice.\nSecond line."_s},
          {u"favourite"_s, true}});
    mine(9, {{u"watchlist"_s, true}});
    mine(12, {{u"rating"_s, 1}});
    watch(5, {{u"watchedOn"_s, u"2023-02-01"_s}, {u"note"_s, u"First time, \"wow\""_s}});
    watch(5, {{u"watchedOn"_s, u"2024-02-01"_s}, {u"rating"_s, 5}});
    watch(20, {{u"watchedOn"_s, u"2022-07-07"_s}, {u"rewatch"_s, true}});
    mine(5, {{u"rating"_s, 4.5}}); // the film's own rating differs from its last viewing's
    const auto exported = m_server->client().get("/export?format=json", m_ada);
    QCOMPARE(exported.status, 200);
    QCOMPARE(exported.header("content-disposition"),
             QByteArray("attachment; filename=\"reelvault-export.json\""));
    QCOMPARE(exported.json().value("format"_L1).toString(), u"reelvault-export"_s);
    QCOMPARE(exported.json().value("films"_L1).toArray().size(), 4);

    // Into Bob's fresh account: everything, exactly.
    const auto imported = upload("/imports", exported.body, "application/json", m_bob);
    QCOMPARE(imported.status, 201);
    QCOMPARE(imported.json().value("unmatched"_L1).toArray().size(), 0);
    QCOMPARE(imported.json().value("ambiguous"_L1).toArray().size(), 0);
    const auto again = m_server->client().get("/export?format=json", m_bob);
    QJsonObject a = exported.json(), b = again.json();
    a.remove(u"exportedAt"_s);
    b.remove(u"exportedAt"_s);
    QCOMPARE(b, a);
    const auto diary = [this](const QByteArray &token) {
        QJsonArray items
                = m_server->client().get("/viewings", token).json().value("items"_L1).toArray();
        for (auto it = items.begin(); it != items.end(); ++it) {
            QJsonObject o = it->toObject();
            o.remove(u"id"_s);
            o.remove(u"createdAt"_s);
            *it = o;
        }
        return items;
    };
    QCOMPARE(diary(m_bob), diary(m_ada));
    const auto page = [this](const QByteArray &token) {
        QJsonArray out;
        for (const auto &film : m_server->client()
                                        .get("/moviedata?pageSize=25&sort=added", token)
                                        .json()
                                        .value("items"_L1)
                                        .toArray())
            out.append(film.toObject().value("mine"_L1));
        return out;
    };
    QCOMPARE(page(m_bob), page(m_ada));
    // The same export again adds nothing.
    const auto twice = upload("/imports", exported.body, "application/json", m_bob);
    QCOMPARE(twice.json().value("applied"_L1).toObject().value("viewings"_L1).toInt(), 0);
    QCOMPARE(diary(m_bob).size(), 3);
}

void TestApiImports::letterboxdAndCsvExports()
{
    QCOMPARE(call("PATCH", "/moviedata/12/mine",
                  {{u"rating"_s, 3.5}, {u"tags"_s, QJsonArray{u"a"_s, u"b"_s}}}, m_ada)
                     .status,
             200);
    QCOMPARE(call("POST", "/moviedata/20/viewings",
                  {{u"watchedOn"_s, u"2022-07-07"_s},
                   {u"rating"_s, 4},
                   {u"note"_s, u"Great, really"_s}},
                  m_ada)
                     .status,
             201);
    const auto lb = m_server->client().get("/export?format=letterboxd", m_ada);
    QCOMPARE(lb.status, 200);
    QVERIFY(lb.header("content-type").startsWith("text/csv"));
    const QList<QByteArray> lines = lb.body.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("Title,Year,Directors,WatchedDate,Rating,Rewatch,Tags,Review"));
    QCOMPARE(lines.size(), 3); // the viewing, and the rated film never watched
    QVERIFY2(lb.body.contains(",2022-07-07,4,false,,\"Great, really\""), lb.body.constData());
    QVERIFY2(lb.body.contains(",,3.5,false,\"a, b\","), lb.body.constData());
    // The plain CSV is a catalogue view: the films /moviedata would list for the same
    // parameters, every page of them, in its order.
    const auto rated = csvRecords("/export?format=csv&minRating=0.5&sort=-myRating", m_ada);
    QCOMPARE(rated.size(), 3);
    QCOMPARE(rated[0].join(u'|'),
             u"Title|Year|Release date|Genre|Director|Runtime (mins)|MPAA rating|IMDb rating|"
             u"Rotten Tomatoes|Distributor|US gross|Worldwide gross|Production budget|My rating|"
             u"Times watched|Last watched|Watchlist|Favourite|Tags|Notes"_s);
    const QJsonObject film20 = m_server->client().get("/moviedata/20", m_ada).json();
    QCOMPARE(rated[1][0], film20.value("title"_L1).toString());
    QCOMPARE(rated[1][1], QString::number(film20.value("year"_L1).toInt()));
    QCOMPARE(
            rated[1].mid(13),
            QStringList({u"4"_s, u"1"_s, u"2022-07-07"_s, u"no"_s, u"no"_s, QString(), QString()}));
    QCOMPARE(rated[2].mid(13),
             QStringList({u"3.5"_s, u"0"_s, QString(), u"no"_s, u"no"_s, u"a, b"_s, QString()}));
    // Without parameters: the whole catalogue, far past one page of 200.
    const qint64 total = m_server->client()
                                 .get("/moviedata?pageSize=1", m_ada)
                                 .json()
                                 .value("total"_L1)
                                 .toInteger();
    QVERIFY(total > 3000);
    QCOMPARE(csvRecords("/export?format=csv", m_ada).size(), total + 1);
    // Bob has watched nothing: the header only.
    QCOMPARE(csvRecords("/export?format=csv&watched=true", m_bob).size(), 1);
}

QList<QStringList> TestApiImports::csvRecords(const QByteArray &target,
                                              const QByteArray &token) const
{
    const auto r = m_server->client().get(target, token);
    if (r.status != 200 || !r.header("content-disposition").contains("reelvault-films.csv"))
        return {};
    QList<QStringList> records;
    CsvReader reader(r.body);
    QStringList fields;
    while (reader.next(&fields))
        records << fields;
    return reader.hasError() ? QList<QStringList>() : records;
}

void TestApiImports::exportRefusals()
{
    const auto bad = m_server->client().get("/export?format=xml", m_ada);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()
                     .value("fields"_L1)
                     .toObject()
                     .value("format"_L1)
                     .toObject()
                     .value("code"_L1)
                     .toString(),
             u"unknown_value"_s);
    QCOMPARE(m_server->client().get("/export", m_ada).status, 400);
    // The view's parameters are checked as /moviedata checks them.
    const auto badView = m_server->client().get("/export?format=csv&yearFrom=soon", m_ada);
    QCOMPARE(badView.status, 400);
    QVERIFY(badView.json().value("fields"_L1).toObject().contains("yearFrom"_L1));
    QCOMPARE(m_server->client().get("/export?format=json").status, 401);
}

QTEST_GUILESS_MAIN(TestApiImports)
#include "tst_api_imports.moc"
