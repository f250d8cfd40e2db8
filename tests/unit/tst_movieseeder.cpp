// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
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
