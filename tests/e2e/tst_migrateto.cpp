// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databasecopy.h"
#include "testserver.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;

QByteArray field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name)).toString().toLatin1();
}

// A row's values as text that compares equal across engines: numbers by value, bytes as hex.
QString canonical(const QVariant &v)
{
    if (v.isNull())
        return u"NULL"_s;
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return u"x"_s + QString::fromLatin1(v.toByteArray().toHex());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QString::number(v.toLongLong());
    default:
        break;
    }
    return v.toString();
}
} // namespace

// `reelvault --migrate-to postgresql://…` (the real process) on a populated desktop data dir:
// every row of every table arrives as it was, and a server on the copy lets the same people in
// with the same passwords and sessions, and goes on numbering after them. Needs the tests'
// PostgreSQL (ctest's postgres fixture).
class TestMigrateTo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copiesEverythingExactly();
    void refusesATargetThatIsNotEmpty();

private:
    // Runs reelvault with args; its exit code, with its output in *out.
    static int reelvault(const QStringList &args, QByteArray *out);
};

void TestMigrateTo::initTestCase()
{
    QVERIFY2(TestServer::postgres(), "REELVAULT_TEST_DATABASE must name the tests' PostgreSQL");
}

int TestMigrateTo::reelvault(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(REELVAULT_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return -1;
    *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestMigrateTo::copiesEverythingExactly()
{
    // A desktop's data: two accounts, a diary, ratings, tags, notes, a poster, a film added and
    // one deleted (ids with a gap), sessions, recovery codes, security events.
    TestServer desktop;
    ServerConfig sqlite;
    sqlite.database = DatabaseUrl::sqlite(desktop.dataDir() + u"/reelvault.sqlite"_s);
    QVERIFY2(desktop.start(sqlite), qPrintable(desktop.error()));
    const QByteArray admin = desktop.registerToken(u"admin@example.com"_s, Password);
    const QJsonObject adaLogin = desktop.registerAndLogin(u"ada@example.com"_s, Password);
    const QByteArray ada = field(adaLogin, "token");
    QVERIFY(!admin.isEmpty() && !ada.isEmpty());
    const HttpClient client = desktop.client();
    QCOMPARE(desktop.addViewing(ada, 10, "2025-03-01"_L1, 4.5), 201);
    QCOMPARE(desktop.addViewing(ada, 10, "2025-07-14"_L1, QJsonValue::Null, true), 201);
    QCOMPARE(desktop.addViewing(ada, 250, "2024-12-24"_L1, 3), 201);
    HttpClient::Request mine;
    mine.method = "PATCH";
    mine.target = "/moviedata/250/mine";
    mine.body = R"({"rating": 3.5, "watchlist": true, "favourite": true,
                   "tags": ["Noir", "rainy day"], "notes": "Déjà vu, twice\nand again"})";
    mine.headers << qMakePair(QByteArray("Authorization"), "Bearer " + ada);
    QCOMPARE(client.send(mine).status, 200);
    const auto added = client.post("/moviedata",
                                   {{u"title"_s, u"The Ünïcode Film"_s}, {u"year"_s, 2026}}, admin);
    QCOMPARE(added.status, 201);
    HttpClient::Request gone;
    gone.method = "DELETE";
    gone.target = "/moviedata/3201";
    gone.headers << qMakePair(QByteArray("Authorization"), "Bearer " + admin);
    QCOMPARE(client.send(gone).status, 204);
    QImage image(60, 90, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    HttpClient::Request poster;
    poster.method = "PUT";
    poster.target = "/moviedata/10/poster";
    poster.body = png;
    poster.json = false;
    poster.headers << qMakePair(QByteArray("Content-Type"), QByteArray("image/png"))
                   << qMakePair(QByteArray("Authorization"), "Bearer " + admin);
    QCOMPARE(client.send(poster).status, 204);
    desktop.stop();

    // Copied by the real process into a new database, the signing key into a key file.
    const QString name = u"rv_migrated"_s;
    TestServer::dropDatabase(name);
    const auto url = TestServer::createDatabase(name);
    QVERIFY(url);
    const QString keyFile = desktop.dataDir() + u"/shared.key"_s;
    QByteArray out;
    QCOMPARE(reelvault({u"--data-dir"_s, desktop.dataDir(), u"--migrate-to"_s, url->display(),
                        u"--signing-key-file"_s, keyFile},
                       &out),
             0);
    QVERIFY2(out.contains("Copied 2 accounts, 3201 films"), out.constData());

    // Every table, row by row, every column (sort_title computed on each side included).
    QSqlDatabase from = desktop.inspect(u"from"_s);
    TestServer onPostgres(desktop.dataDir());
    ServerConfig shared;
    shared.database = url;
    shared.signingKeyFile = keyFile;
    QVERIFY2(onPostgres.start(shared), qPrintable(onPostgres.error()));
    QSqlDatabase to = onPostgres.inspect(u"to"_s);
    {
        QStringList tables = DatabaseCopy::tables();
        tables << u"catalogue_size"_s;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery columns(from);
            QVERIFY(columns.exec(u"SELECT * FROM %1 LIMIT 0"_s.arg(table)));
            QStringList names;
            for (int i = 0; i < columns.record().count(); ++i)
                names << columns.record().fieldName(i);
            const QString sql = u"SELECT %1 FROM %2 ORDER BY %1"_s.arg(names.join(u", "_s), table);
            QSqlQuery a(from), b(to);
            QVERIFY2(a.exec(sql), qPrintable(a.lastError().text()));
            QVERIFY2(b.exec(sql), qPrintable(b.lastError().text()));
            int rows = 0;
            while (a.next()) {
                QVERIFY2(b.next(), qPrintable(table));
                for (int i = 0; i < names.size(); ++i) {
                    if (names[i] == "sort_title"_L1 || names[i] == "title"_L1
                        || names[i] == "notes"_L1 || names[i] == "tag"_L1)
                        QCOMPARE(b.value(i).toString(), a.value(i).toString());
                    QVERIFY2(canonical(a.value(i)) == canonical(b.value(i)),
                             qPrintable(u"%1.%2: %3 against %4"_s.arg(table, names[i],
                                                                      canonical(a.value(i)),
                                                                      canonical(b.value(i)))));
                }
                ++rows;
            }
            QVERIFY2(!b.next(), qPrintable(table + u" has more rows on PostgreSQL"_s));
            if (table == "movies"_L1)
                QCOMPARE(rows, 3201); // 3,201 bundled, one added, one deleted
        }
    }
    from.close();
    to.close();
    from = QSqlDatabase();
    to = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"from"_s);
    QSqlDatabase::removeDatabase(u"to"_s);

    // The same people, sessions and films, served from PostgreSQL.
    const HttpClient pg = onPostgres.client();
    QCOMPARE(pg.get("/userdetails", ada).status, 200); // the desktop's session, same key
    QVERIFY(!onPostgres.login(u"ada@example.com"_s, Password).isEmpty());
    const auto poster10 = pg.get("/moviedata/10/poster", ada);
    QCOMPARE(poster10.status, 200);
    QCOMPARE(pg.get("/moviedata?q=unicode", ada).json().value("total"_L1).toInt(), 1);
    QCOMPARE(pg.get("/moviedata/250", ada)
                     .json()
                     .value("mine"_L1)
                     .toObject()
                     .value("tags"_L1)
                     .toArray()
                     .size(),
             2);
    // New rows are numbered after the copied ones.
    QCOMPARE(pg.post("/register", {{u"email"_s, u"bea@example.com"_s}, {u"password"_s, Password}})
                     .status,
             201);
    const QByteArray bea = onPostgres.login(u"bea@example.com"_s, Password);
    QCOMPARE(onPostgres.addViewing(bea, 11, "2026-01-01"_L1), 201);
    onPostgres.stop();
    TestServer::dropDatabase(name);
}

void TestMigrateTo::refusesATargetThatIsNotEmpty()
{
    TestServer desktop;
    ServerConfig sqlite;
    sqlite.database = DatabaseUrl::sqlite(desktop.dataDir() + u"/reelvault.sqlite"_s);
    QVERIFY(desktop.start(sqlite));
    desktop.registerToken(u"ada@example.com"_s, Password);
    desktop.stop();
    // A database a server already uses (seeded, with an account).
    TestServer other;
    QVERIFY(other.start());
    other.registerToken(u"bea@example.com"_s, Password);
    QByteArray out;
    QCOMPARE(reelvault({u"--data-dir"_s, desktop.dataDir(), u"--migrate-to"_s,
                        other.database()->display()},
                       &out),
             1);
    QVERIFY2(out.contains("not empty"), out.constData());
    // Untouched: one account still.
    QSqlDatabase db = other.inspect(u"other"_s);
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM users"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other"_s);
    // A URL that is not one: refused before anything is opened.
    QCOMPARE(reelvault({u"--data-dir"_s, desktop.dataDir(), u"--migrate-to"_s, u"mysql://x"_s},
                       &out),
             2);
}

QTEST_GUILESS_MAIN(TestMigrateTo)
#include "tst_migrateto.moc"
