// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray DiaryHeader = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n";
const QByteArray ImdbRatingsHeader
        = "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,"
          "Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n";

// A ZIP made here, never a real person's export: name → content.
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &files)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"export.zip"_s));
    int error = 0;
    zip_t *archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return {};
    QList<QByteArray> keep; // the buffers live until zip_close
    for (const auto &[name, content] : files) {
        keep << content;
        zip_source_t *source = zip_source_buffer(archive, keep.last().constData(),
                                                 zip_uint64_t(keep.last().size()), 0);
        if (!source
            || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            return {};
    }
    if (zip_close(archive) != 0)
        return {};
    QFile file(dir.filePath(u"export.zip"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void letterboxdDiary();
    void letterboxdReviewsSpanLines();
    void letterboxdRatingsAndNamedFiles();
    void imdbRatings_data();
    void imdbRatings();
    void imdbList();
    void halfStars_data();
    void halfStars();
    void unrecognised_data();
    void unrecognised();
    void letterboxdZip();
    void zipInAFolder();
    void zipBombIsRefused();
    void zipWithoutLetterboxdFiles();
};

void TestImportReader::letterboxdDiary()
{
    const QByteArray csv = "\xEF\xBB\xBF" + DiaryHeader
            + "2024-01-05,\"Godfather, The\",1972,https://boxd.it/abc,4.5,Yes,\"mafia, "
              "classics\",2024-01-04\r\n"
              "2024-02-01,Amélie,,https://boxd.it/def,,,,2024-01-31\r\n";
    const auto set = ImportReader::read(csv);
    QVERIFY(set);
    QCOMPARE(set->format, u"letterboxd"_s);
    QCOMPARE(set->files, QStringList{u"diary.csv"_s});
    QCOMPARE(set->rows.size(), 2);
    const ImportRow &first = set->rows[0];
    QCOMPARE(first.source, ImportRow::Source::Diary);
    QCOMPARE(first.title, u"Godfather, The"_s);
    QCOMPARE(first.year, std::optional<int>(1972));
    QCOMPARE(first.externalId, u"https://boxd.it/abc"_s);
    QCOMPARE(first.rating, std::optional<double>(4.5));
    QVERIFY(first.rewatch);
    QCOMPARE(first.tags, (QStringList{u"mafia"_s, u"classics"_s}));
    QCOMPARE(first.watchedOn, std::optional<QDate>(QDate(2024, 1, 4)));
    QCOMPARE(first.date, std::optional<QDate>(QDate(2024, 1, 5)));
    QCOMPARE(first.line, 2);
    const ImportRow &second = set->rows[1];
    QCOMPARE(second.title, u"Amélie"_s);
    QVERIFY(!second.year); // an empty Year is no year, not an error
    QVERIFY(!second.rating);
    QVERIFY(!second.rewatch);
    QVERIFY(second.tags.isEmpty());
    QCOMPARE(second.line, 3);
}

void TestImportReader::letterboxdReviewsSpanLines()
{
    const QByteArray csv
            = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
              "2024-03-03,Heat,1995,https://boxd.it/h,5,,\"The bank scene.\n\nStill, \"\"the\"\" "
              "best.\",heists,2024-03-02\n"
              "2024-03-04,Ran,1985,https://boxd.it/r,4,Yes,Short.,,2024-03-04\n";
    const auto set = ImportReader::read(csv);
    QVERIFY(set);
    QCOMPARE(set->files, QStringList{u"reviews.csv"_s});
    QCOMPARE(set->rows.size(), 2);
    QCOMPARE(set->rows[0].source, ImportRow::Source::Reviews);
    QCOMPARE(set->rows[0].review, u"The bank scene.\n\nStill, \"the\" best."_s);
    QCOMPARE(set->rows[0].tags, QStringList{u"heists"_s});
    QCOMPARE(set->rows[1].line, 5);
    QCOMPARE(set->rows[1].title, u"Ran"_s);
    QVERIFY(set->rows[1].rewatch);
}

void TestImportReader::letterboxdRatingsAndNamedFiles()
{
    const auto ratings = ImportReader::read(
            "Date,Name,Year,Letterboxd URI,Rating\n2020-01-01,Alien,1979,https://boxd.it/a,3.5\n");
    QVERIFY(ratings);
    QCOMPARE(ratings->rows[0].source, ImportRow::Source::Ratings);
    QCOMPARE(ratings->rows[0].rating, std::optional<double>(3.5));
    QVERIFY(!ratings->rows[0].watchedOn);
    // The three files with one header: the name says which.
    const QByteArray shared
            = "Date,Name,Year,Letterboxd URI\n2021-06-01,Alien,1979,https://boxd.it/a\n";
    const auto watched = ImportReader::read(shared, u"watched.csv"_s);
    QVERIFY(watched);
    QCOMPARE(watched->rows[0].source, ImportRow::Source::Watched);
    QCOMPARE(watched->rows[0].watchedOn, std::optional<QDate>(QDate(2021, 6, 1)));
    QCOMPARE(ImportReader::read(shared, u"watchlist.csv"_s)->rows[0].source,
             ImportRow::Source::Watchlist);
    QCOMPARE(ImportReader::read(shared, u"likes/films.csv"_s)->rows[0].source,
             ImportRow::Source::Likes);
    const auto unnamed = ImportReader::read(shared);
    QVERIFY(!unnamed);
    QVERIFY(unnamed.is(Fault::Kind::UnrecognisedFormat));
    QVERIFY2(unnamed.fault().detail().contains(u"fileName"_s),
             qPrintable(unnamed.fault().detail()));
}

void TestImportReader::imdbRatings_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("with Original Title") << ImdbRatingsHeader
                    + "tt0068646,10,2020-05-01,The Godfather,The Godfather,https://www.imdb.com/"
                      "title/tt0068646/,Movie,9.2,175,1972,\"Crime, Drama\",1900000,1972-03-14,"
                      "Francis Ford Coppola\n"
                      "tt0903747,9,2020-05-02,Breaking Bad,Breaking Bad,https://www.imdb.com/title/"
                      "tt0903747/,TV Series,9.5,49,2008,Drama,2000000,2008-01-20,\n"
                      "tt0211915,7,2020-05-03,Amélie,Le fabuleux destin d'Amélie Poulain,https://"
                      "www.imdb.com/title/tt0211915/,movie,8.3,122,2001,\"Comedy, Romance\",800000,"
                      "2001-04-25,Jean-Pierre Jeunet\n";
    QTest::newRow("the older header, without Original Title")
            << QByteArray("Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime "
                          "(mins),Year,Genres,Num Votes,Release Date,Directors\n"
                          "tt0068646,10,2020-05-01,The Godfather,https://www.imdb.com/title/"
                          "tt0068646/,movie,9.2,175,1972,\"Crime, Drama\",1900000,1972-03-14,"
                          "Francis Ford Coppola\n"
                          "tt0903747,9,2020-05-02,Breaking Bad,https://www.imdb.com/title/"
                          "tt0903747/,tvSeries,9.5,49,2008,Drama,2000000,2008-01-20,\n"
                          "tt0211915,7,2020-05-03,Amélie,https://www.imdb.com/title/tt0211915/,"
                          "movie,8.3,122,2001,Comedy,800000,2001-04-25,Jean-Pierre Jeunet\n");
}

void TestImportReader::imdbRatings()
{
    QFETCH(QByteArray, csv);
    const auto set = ImportReader::read(csv);
    QVERIFY(set);
    QCOMPARE(set->format, u"imdb-ratings"_s);
    QCOMPARE(set->rows.size(), 3);
    QCOMPARE(set->rows[0].source, ImportRow::Source::ImdbRatings);
    QCOMPARE(set->rows[0].rating, std::optional<double>(5.0));
    QCOMPARE(set->rows[0].externalId, u"tt0068646"_s);
    QCOMPARE(set->rows[0].directors, QStringList{u"Francis Ford Coppola"_s});
    QCOMPARE(set->rows[0].date, std::optional<QDate>(QDate(2020, 5, 1)));
    QVERIFY(set->rows[0].isFilm);
    QVERIFY(!set->rows[0].watchedOn); // a rating is not a viewing
    QVERIFY(!set->rows[1].isFilm); // a series: skipped, not unmatched
    QCOMPARE(set->rows[2].rating, std::optional<double>(3.5));
    QVERIFY(set->rows[2].isFilm);
}

void TestImportReader::imdbList()
{
    const auto set = ImportReader::read(
            "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb "
            "Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date "
            "Rated\r\n"
            "1,tt0047478,2023-07-01,2023-07-01,,Seven Samurai,Shichinin no samurai,https://"
            "www.imdb.com/title/tt0047478/,Movie,8.6,207,1954,\"Action, Drama\",350000,1954-04-26,"
            "Akira Kurosawa,,\r\n"
            "2,tt0108778,2023-07-02,2023-07-02,,Friends,Friends,https://www.imdb.com/title/"
            "tt0108778/,TV Series,8.9,22,1994,Comedy,1000000,1994-09-22,,8,2023-07-03\r\n");
    QVERIFY(set);
    QCOMPARE(set->format, u"imdb-list"_s);
    QCOMPARE(set->rows.size(), 2);
    QCOMPARE(set->rows[0].source, ImportRow::Source::ImdbList);
    QCOMPARE(set->rows[0].originalTitle, u"Shichinin no samurai"_s);
    QCOMPARE(set->rows[0].date, std::optional<QDate>(QDate(2023, 7, 1)));
    QVERIFY(!set->rows[0].rating);
    QVERIFY(!set->rows[1].isFilm);
    QCOMPARE(set->rows[1].rating, std::optional<double>(4.0));
}

void TestImportReader::halfStars_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("outOf");
    QTest::addColumn<double>("stars"); // 0: none
    QTest::newRow("10 of 10") << u"10"_s << 10 << 5.0;
    QTest::newRow("7 of 10") << u"7"_s << 10 << 3.5;
    QTest::newRow("1 of 10") << u"1"_s << 10 << 0.5;
    QTest::newRow("0 of 10") << u"0"_s << 10 << 0.0;
    QTest::newRow("11 of 10") << u"11"_s << 10 << 0.0;
    QTest::newRow("half of 5") << u"0.5"_s << 5 << 0.5;
    QTest::newRow("4.5 of 5") << u"4.5"_s << 5 << 4.5;
    QTest::newRow("4.3 of 5 rounds") << u"4.3"_s << 5 << 4.5;
    QTest::newRow("empty") << QString() << 5 << 0.0;
    QTest::newRow("words") << u"great"_s << 5 << 0.0;
    QTest::newRow("nan") << u"nan"_s << 5 << 0.0;
}

void TestImportReader::halfStars()
{
    QFETCH(QString, text);
    QFETCH(int, outOf);
    QFETCH(double, stars);
    const auto got = ImportReader::halfStars(text, outOf);
    if (stars == 0)
        QVERIFY2(!got, qPrintable(QString::number(got.value_or(-1))));
    else
        QCOMPARE(got, std::optional<double>(stars));
}

void TestImportReader::unrecognised_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("another CSV") << QByteArray("id,name,price\n1,tea,2\n") << u"header"_s;
    QTest::newRow("Letterboxd's profile.csv")
            << QByteArray("Date Joined,Username,Given Name\n2020-01-01,ada,Ada\n") << u"header"_s;
    QTest::newRow("a PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"header"_s;
    QTest::newRow("a broken ZIP") << QByteArray("PK\x03\x04garbage") << u"ZIP"_s;
    QTest::newRow("an unclosed quote")
            << QByteArray(DiaryHeader + "2024-01-01,\"Heat,1995\n") << u"not closed"_s;
}

void TestImportReader::unrecognised()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, says);
    const auto set = ImportReader::read(data);
    QVERIFY(!set);
    QVERIFY(set.is(Fault::Kind::UnrecognisedFormat));
    QVERIFY2(set.fault().detail().contains(says), qPrintable(set.fault().detail()));
    // It always says what it expected.
    QVERIFY(set.fault().detail().contains(u"Letterboxd"_s));
    QVERIFY(set.fault().detail().contains(u"IMDb"_s));
}

void TestImportReader::letterboxdZip()
{
    const QByteArray zip = zipOf({
            {u"profile.csv"_s, "Date Joined,Username\n2020-01-01,ada\n"},
            {u"watchlist.csv"_s,
             "Date,Name,Year,Letterboxd URI\n2024-05-01,Ran,1985,https://boxd.it/r\n"},
            {u"ratings.csv"_s,
             "Date,Name,Year,Letterboxd URI,Rating\n2024-01-05,Heat,1995,https://boxd.it/h,5\n"},
            {u"diary.csv"_s,
             DiaryHeader + "2024-01-05,Heat,1995,https://boxd.it/h,5,,,2024-01-04\r\n"},
            {u"watched.csv"_s,
             "Date,Name,Year,Letterboxd URI\n2024-01-05,Heat,1995,https://boxd.it/h\n"},
            {u"likes/films.csv"_s,
             "Date,Name,Year,Letterboxd URI\n2024-01-06,Heat,1995,https://boxd.it/h\n"},
            {u"reviews.csv"_s,
             "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
             "2024-01-05,Heat,1995,https://boxd.it/h,5,,\"Two\nlines\",,2024-01-04\n"},
            {u"comments.csv"_s, "Date,Content,Comment\n2024-01-01,x,y\n"},
            {u"lists/best.csv"_s, "Letterboxd list export v7\n"},
            {u"deleted/diary.csv"_s,
             DiaryHeader + "2020-01-01,Gone,2000,https://boxd.it/g,1,,,2020-01-01\n"},
            {u"orphaned/diary.csv"_s,
             DiaryHeader + "2020-01-01,Lost,2000,https://boxd.it/l,1,,,2020-01-01\n"},
    });
    QVERIFY(!zip.isEmpty());
    const auto set = ImportReader::read(zip);
    QVERIFY2(set, qPrintable(set ? QString() : set.fault().detail()));
    QCOMPARE(set->format, u"letterboxd"_s);
    // Viewings first, then what is set over them; the rest of the ZIP ignored.
    QCOMPARE(set->files,
             (QStringList{u"diary.csv"_s, u"reviews.csv"_s, u"watched.csv"_s, u"ratings.csv"_s,
                          u"watchlist.csv"_s, u"likes/films.csv"_s}));
    QStringList sources;
    for (const ImportRow &row : set->rows) {
        QVERIFY2(row.title != u"Gone"_s && row.title != u"Lost"_s, qPrintable(row.title));
        sources << row.file;
    }
    QCOMPARE(set->rows.size(), 6);
    QCOMPARE(set->rows[1].review, u"Two\nlines"_s);
    QCOMPARE(set->rows[4].source, ImportRow::Source::Watchlist);
    QCOMPARE(set->rows[5].source, ImportRow::Source::Likes);
}

void TestImportReader::zipInAFolder()
{
    const auto set = ImportReader::read(
            zipOf({{u"letterboxd-ada-2024-06-01-10-00-utc/diary.csv"_s,
                    DiaryHeader + "2024-01-05,Heat,1995,https://boxd.it/h,5,,,2024-01-04\r\n"},
                   {u"letterboxd-ada-2024-06-01-10-00-utc/likes/films.csv"_s,
                    "Date,Name,Year,Letterboxd URI\n2024-01-06,Heat,1995,https://boxd.it/h\n"}}));
    QVERIFY(set);
    QCOMPARE(set->rows.size(), 2);
    QCOMPARE(set->rows[1].source, ImportRow::Source::Likes);
}

void TestImportReader::zipBombIsRefused()
{
    // 70 MiB of one byte compresses to a few hundred KiB: refused by what it unpacks to.
    QByteArray huge = DiaryHeader;
    huge += QByteArray(70 * 1024 * 1024, ' ');
    const QByteArray zip = zipOf({{u"diary.csv"_s, huge}});
    QVERIFY(!zip.isEmpty());
    QVERIFY2(zip.size() < 1024 * 1024, qPrintable(QString::number(zip.size())));
    huge.clear();
    const auto set = ImportReader::read(zip);
    QVERIFY(!set);
    QVERIFY(set.is(Fault::Kind::BodyTooLarge));
}

void TestImportReader::zipWithoutLetterboxdFiles()
{
    const auto set = ImportReader::read(zipOf({{u"notes.txt"_s, "hello"}}));
    QVERIFY(!set);
    QVERIFY(set.is(Fault::Kind::UnrecognisedFormat));
    QVERIFY(set.fault().detail().contains(u"none of a Letterboxd export's files"_s));
}

QTEST_GUILESS_MAIN(TestImportReader)
#include "tst_importreader.moc"
