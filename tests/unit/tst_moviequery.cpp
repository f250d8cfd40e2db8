// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/moviequery.h"
#include "store/sqldialect.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMovieQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void searchText_data();
    void searchText();
};

void TestMovieQuery::defaults()
{
    const auto q = MovieQuery::parse(QUrlQuery());
    QVERIFY(q);
    QCOMPARE(q->page, 1);
    QCOMPARE(q->pageSize, 50);
    QCOMPARE(q->sort, MovieQuery::Sort::Default);
    QVERIFY(!q->yearFrom && !q->yearTo);
    QVERIFY(q->text.isEmpty() && q->genre.isEmpty());
    QCOMPARE(q->offset(), 0);
}

void TestMovieQuery::accepted_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("page");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addRow("page and size") << u"page=3&pageSize=20"_s << qint64(3) << 20 << 0 << false;
    QTest::addRow("smallest page size") << u"pageSize=1"_s << qint64(1) << 1 << 0 << false;
    QTest::addRow("largest page size") << u"pageSize=200"_s << qint64(1) << 200 << 0 << false;
    QTest::addRow("far page") << u"page=1000000"_s << qint64(1000000) << 50 << 0 << false;
    QTest::addRow("sort title") << u"sort=title"_s << qint64(1) << 50 << 1 << false;
    QTest::addRow("sort -year") << u"sort=-year"_s << qint64(1) << 50 << 2 << true;
    QTest::addRow("sort rating") << u"sort=rating"_s << qint64(1) << 50 << 3 << false;
    QTest::addRow("unknown parameter ignored") << u"colour=blue"_s << qint64(1) << 50 << 0 << false;
}

void TestMovieQuery::accepted()
{
    QFETCH(QString, query);
    QFETCH(qint64, page);
    QFETCH(int, pageSize);
    QFETCH(int, sort);
    QFETCH(bool, descending);
    const auto q = MovieQuery::parse(QUrlQuery(query));
    const QByteArray why = q ? QByteArray() : QJsonDocument(q.fault().fields().messages()).toJson();
    QVERIFY2(q, why.constData());
    QCOMPARE(q->page, page);
    QCOMPARE(q->pageSize, pageSize);
    QCOMPARE(int(q->sort), sort);
    QCOMPARE(q->descending, descending);
    QCOMPARE(q->offset(), (page - 1) * pageSize);
}

void TestMovieQuery::refused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addRow("page 0") << u"page=0"_s << u"page"_s << u"out_of_range"_s;
    QTest::addRow("negative page") << u"page=-1"_s << u"page"_s << u"out_of_range"_s;
    QTest::addRow("page not a number") << u"page=two"_s << u"page"_s << u"out_of_range"_s;
    QTest::addRow("page with a plus sign") << u"page=%2B2"_s << u"page"_s << u"out_of_range"_s;
    QTest::addRow("page fraction") << u"page=1.5"_s << u"page"_s << u"out_of_range"_s;
    QTest::addRow("page overflows")
            << u"page=99999999999999999999999"_s << u"page"_s << u"out_of_range"_s;
    QTest::addRow("page empty") << u"page="_s << u"page"_s << u"out_of_range"_s;
    QTest::addRow("pageSize 0") << u"pageSize=0"_s << u"pageSize"_s << u"out_of_range"_s;
    QTest::addRow("pageSize 201") << u"pageSize=201"_s << u"pageSize"_s << u"out_of_range"_s;
    QTest::addRow("pageSize hex") << u"pageSize=0x10"_s << u"pageSize"_s << u"out_of_range"_s;
    QTest::addRow("unknown sort") << u"sort=budget"_s << u"sort"_s << u"unknown_value"_s;
    QTest::addRow("sort double minus") << u"sort=--year"_s << u"sort"_s << u"unknown_value"_s;
    QTest::addRow("sort wrong case") << u"sort=Title"_s << u"sort"_s << u"unknown_value"_s;
    QTest::addRow("yearFrom words") << u"yearFrom=nineteen"_s << u"yearFrom"_s << u"out_of_range"_s;
    QTest::addRow("yearTo too large") << u"yearTo=10000"_s << u"yearTo"_s << u"out_of_range"_s;
    QTest::addRow("years reversed")
            << u"yearFrom=2000&yearTo=1990"_s << u"yearTo"_s << u"before_year_from"_s;
}

void TestMovieQuery::refused()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto q = MovieQuery::parse(QUrlQuery(query));
    QVERIFY(q.is(Fault::Kind::InvalidFields));
    const FieldErrors &errors = q.fault().fields();
    QVERIFY2(errors.contains(field), qPrintable(errors.messages().keys().join(u',')));
    QCOMPARE(errors.code(field), code);
    QVERIFY(!errors.messages().value(field).toString().isEmpty());
}

// The words of q, as each engine's search is given them: FTS5 quoted prefixes; a tsquery of
// quoted prefixes, all required.
void TestMovieQuery::searchText_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QString>("fts5");
    QTest::addColumn<QString>("tsquery");
    QTest::addRow("one word") << u"star"_s << u"\"star\"*"_s << u"'star':*"_s;
    QTest::addRow("two words") << u"star wars"_s << u"\"star\"* \"wars\"*"_s
                               << u"'star':* & 'wars':*"_s;
    QTest::addRow("punctuation dropped") << u"Ep. III: Sith!"_s << u"\"Ep\"* \"III\"* \"Sith\"*"_s
                                         << u"'Ep':* & 'III':* & 'Sith':*"_s;
    QTest::addRow("search syntax is just text")
            << u"title:x OR y NEAR(z) \"q\" !a | b & c <-> d"_s
            << u"\"title\"* \"x\"* \"OR\"* \"y\"* \"NEAR\"* \"z\"* \"q\"* \"a\"* \"b\"* \"c\"* \"d\"*"_s
            << u"'title':* & 'x':* & 'OR':* & 'y':* & 'NEAR':* & 'z':* & 'q':* & 'a':* & 'b':* & "
               u"'c':* & 'd':*"_s;
    QTest::addRow("SQL-looking text")
            << u"'; DROP TABLE movies;--"_s << u"\"DROP\"* \"TABLE\"* \"movies\"*"_s
            << u"'DROP':* & 'TABLE':* & 'movies':*"_s;
    QTest::addRow("accents kept") << u"amélie"_s << u"\"amélie\"*"_s << u"'amélie':*"_s;
    QTest::addRow("nothing searchable") << u"!!! ---"_s << QString() << QString();
}

void TestMovieQuery::searchText()
{
    QFETCH(QString, q);
    QFETCH(QString, fts5);
    QFETCH(QString, tsquery);
    MovieQuery query;
    query.text = q;
    const QStringList words = query.searchWords();
    QCOMPARE(words.isEmpty(), fts5.isEmpty());
    if (words.isEmpty())
        return;
    QCOMPARE(SqlDialect::of(DatabaseUrl::Engine::Sqlite).searchText(words), fts5);
    QCOMPARE(SqlDialect::of(DatabaseUrl::Engine::Postgres).searchText(words), tsquery);
}

QTEST_GUILESS_MAIN(TestMovieQuery)
#include "tst_moviequery.moc"
