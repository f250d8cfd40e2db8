// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/migrations.h"
#include "store/movieseeder.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMovieSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releaseDate_data();
    void releaseDate();
    void bundledCatalogueIsAResource();
    void seedsANewDatabaseOnce();
    void repairTitle_data();
    void repairTitle();
    void repairsExactlyTheMisencodedTitles();
    void migrationRepairsAnOlderDatabase();
    void taggedSchema3DatabaseOpens();

private:
    void checkCatalogue(Database &db);
};

void TestMovieSeeder::releaseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addRow("ordinary") << u"Jun 12 1998"_s << QDate(1998, 6, 12);
    QTest::addRow("2012 stays") << u"Dec 21 2012"_s << QDate(2012, 12, 21);
    QTest::addRow("2039 is 1939") << u"Dec 15 2039"_s << QDate(1939, 12, 15);
    QTest::addRow("2046 is 1946") << u"Dec 31 2046"_s << QDate(1946, 12, 31);
    QTest::addRow("unknown month") << u"Foo 12 1998"_s << QDate();
    QTest::addRow("impossible day") << u"Feb 30 1998"_s << QDate();
    QTest::addRow("empty") << QString() << QDate();
}

void TestMovieSeeder::releaseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(MovieSeeder::parseReleaseDate(text), date);
}

void TestMovieSeeder::bundledCatalogueIsAResource()
{
    QFile file(QString::fromLatin1(MovieSeeder::BundledPath));
    QVERIFY2(file.open(QIODevice::ReadOnly), "the server library's resources did not link in");
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 3201);
}

void TestMovieSeeder::seedsANewDatabaseOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"test.sqlite"_s);
    for (int run = 0; run < 2; ++run) {
        Database db(path);
        const Done opened = db.open();
        QVERIFY2(opened, opened ? "" : qPrintable(opened.fault().detail()));
        checkCatalogue(db);
    }
}

void TestMovieSeeder::repairTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("repaired");
    QTest::addRow("Déjà Vu") << u"DÈj‡ Vu"_s << u"Déjà Vu"_s;
    QTest::addRow("Léon") << u"LÈon"_s << u"Léon"_s;
    QTest::addRow("Amélie") << u"Le Fabuleux destin d'AmÈlie Poulain"_s
                            << u"Le Fabuleux destin d'Amélie Poulain"_s;
    QTest::addRow("La Môme") << u"La MÙme"_s << u"La Môme"_s;
    QTest::addRow("Die Fälscher") << u"Die F‰lscher"_s << u"Die Fälscher"_s;
    QTest::addRow("2½") << u"The Naked Gun 2Ω: The Smell of Fear"_s
                        << u"The Naked Gun 2½: The Smell of Fear"_s;
    QTest::addRow("ellipsis (Windows-1252 0x85)")
            << u"I Love You Ö Don't Touch Me!"_s << u"I Love You … Don't Touch Me!"_s;
    QTest::addRow("krále") << u"Obsluhoval jsem anglickÈho kr·le"_s
                           << u"Obsluhoval jsem anglického krále"_s;
    QTest::addRow("ASCII stays") << u"Gone with the Wind"_s << u"Gone with the Wind"_s;
    QTest::addRow("Alien³ stays: ³ is not Mac Roman") << u"Alien³"_s << u"Alien³"_s;
    QTest::addRow("Ri¢hie Ri¢h stays: the same byte") << u"Ri¢hie Ri¢h"_s << u"Ri¢hie Ri¢h"_s;
}

void TestMovieSeeder::repairTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, repaired);
    QCOMPARE(MovieSeeder::repairTitle(title), repaired);
}

namespace {
// The bundled titles the seeder changes, as they are in the file.
QStringList misencodedBundledTitles()
{
    QFile file(QString::fromLatin1(MovieSeeder::BundledPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList broken;
    for (const auto &film : QJsonDocument::fromJson(file.readAll()).array()) {
        const QString title = film.toObject().value("Title"_L1).toString();
        if (MovieSeeder::repairTitle(title) != title)
            broken << title;
    }
    return broken;
}

QStringList titlesMatching(const QSqlDatabase &db, const QString &fts)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT m.title FROM movies_fts JOIN movies m ON m.id = movies_fts.rowid "
              u"WHERE movies_fts MATCH ? ORDER BY m.title"_s);
    q.addBindValue(fts);
    QStringList titles;
    if (q.exec()) {
        while (q.next())
            titles << q.value(0).toString();
    }
    return titles;
}
} // namespace

void TestMovieSeeder::repairsExactlyTheMisencodedTitles()
{
    QCOMPARE(misencodedBundledTitles().size(), 18);
    QTemporaryDir dir;
    Database db(dir.filePath(u"test.sqlite"_s));
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    // None of the mis-read glyphs is left in a title.
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM movies WHERE title GLOB '*[ÈÍÛÙ‡‰ËÎΩ˘·]*'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(titlesMatching(db.connection(), u"deja*"_s), QStringList{u"Déjà Vu"_s});
    QCOMPARE(titlesMatching(db.connection(), u"amelie"_s),
             QStringList{u"Le Fabuleux destin d'Amélie Poulain"_s});
    QCOMPARE(titlesMatching(db.connection(), u"leon"_s), QStringList{u"Léon"_s});
}

// A database seeded before the repair (schema 1) is repaired by migration 2: each of the 18
// broken titles becomes what the seeder now makes of it, and nothing else changes.
void TestMovieSeeder::migrationRepairsAnOlderDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    const QStringList broken = misencodedBundledTitles();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrations::apply(db, 1));
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO movies (title) VALUES (?)"_s);
        QSqlQuery user(db);
        QVERIFY(user.exec(u"INSERT INTO users (email, email_key, name, role, password_hash, "
                          u"created_at) VALUES ('a@b.c', 'a@b.c', 'A', 'admin', 'x', 0)"_s));
        // A title someone typed correctly themselves is left alone.
        for (const QString &title : broken + QStringList{u"Amélie (my copy)"_s}) {
            insert.addBindValue(title);
            QVERIFY(insert.exec());
        }
        QSqlQuery version(db);
        QVERIFY(version.exec(u"PRAGMA user_version"_s) && version.next());
        QCOMPARE(version.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    Database db(path);
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT title FROM movies ORDER BY id"_s));
    QStringList titles;
    while (q.next())
        titles << q.value(0).toString();
    QStringList expected;
    for (const QString &title : broken)
        expected << MovieSeeder::repairTitle(title);
    expected << u"Amélie (my copy)"_s;
    QCOMPARE(titles, expected);
    QCOMPARE(titlesMatching(db.connection(), u"deja*"_s), QStringList{u"Déjà Vu"_s});
    QCOMPARE(titlesMatching(db.connection(), u"amelie"_s).size(), 2);
    QVERIFY(q.exec(u"SELECT sort_title FROM movies WHERE title LIKE 'The Naked Gun%'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"Naked Gun 2½: The Smell of Fear"_s);
    // Migration 3: the user of the old database gets a diary, and the triggers keep their
    // film's watched count.
    QVERIFY(q.exec(u"INSERT INTO viewings (user_id, movie_id, watched_on, created_at) "
                   u"VALUES (1, 1, '2024-01-01', 0), (1, 1, '2024-02-01', 0)"_s));
    QVERIFY(q.exec(u"SELECT times_watched, last_watched_on FROM user_movies "
                   u"WHERE user_id = 1 AND movie_id = 1"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toString(), u"2024-02-01"_s);
    QVERIFY(q.exec(u"DELETE FROM users WHERE id = 1"_s));
    QVERIFY(q.exec(
            u"SELECT (SELECT COUNT(*) FROM viewings) + (SELECT COUNT(*) FROM user_movies)"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestMovieSeeder::taggedSchema3DatabaseOpens()
{
    // Schema 3 with a tag: SQLite 3.40's check calls it damaged ("NULL value in user_tags.tag");
    // it must open, keep its tags, and be rebuilt so the check is clean again.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tagged.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tagged"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrations::apply(db, 3));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO users (email, email_key, name, role, password_hash, "
                       u"created_at) VALUES ('a@b.c', 'a@b.c', 'A', 'admin', 'x', 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO movies (title) VALUES ('Heat')"_s));
        QVERIFY(q.exec(u"INSERT INTO user_movies (user_id, movie_id) VALUES (1, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO user_tags (user_id, movie_id, tag, tag_key) "
                       u"VALUES (1, 1, 'Cosy', 'cosy'), (1, 1, 'Noir', 'noir')"_s));
        QVERIFY(q.exec(u"PRAGMA quick_check"_s) && q.next());
        const QString before = q.value(0).toString();
        qInfo() << "schema 3's quick_check says:" << before;
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tagged"_s);
    for (int launch = 0; launch < 2; ++launch) {
        Database db(path);
        const Done opened = db.open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.fault().detail()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA quick_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT tag FROM user_tags WHERE user_id = 1 ORDER BY tag_key"_s));
        QStringList tags;
        while (q.next())
            tags << q.value(0).toString();
        QCOMPARE(tags, (QStringList{u"Cosy"_s, u"Noir"_s}));
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
        // Still cascades from the user's film row.
        if (launch == 1) {
            QVERIFY(q.exec(u"DELETE FROM user_movies WHERE user_id = 1"_s));
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM user_tags"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
    }
}

void TestMovieSeeder::checkCatalogue(Database &db)
{
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*), MAX(year), COUNT(title) FROM movies"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3201);
        QCOMPARE(q.value(1).toInt(), 2011); // "Restless", "The Adventures of Tintin"
        QCOMPARE(q.value(2).toInt(), 3200); // one film of the source has no title
        QVERIFY(q.exec(
                u"SELECT year, release_date FROM movies WHERE title = 'Gone with the Wind'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1939);
        QCOMPARE(q.value(1).toString(), u"1939-12-15"_s);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM movies_fts WHERE movies_fts MATCH 'spielberg'"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 10);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::schemaVersion());
    }
}

QTEST_GUILESS_MAIN(TestMovieSeeder)
#include "tst_movieseeder.moc"
