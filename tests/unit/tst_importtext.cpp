// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"
#include "import/titlekey.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

// The text layer of importing a film history: CSV as Letterboxd and IMDb write it, and the
// title key the matching compares.
class TestImportText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data();
    void csv();
    void csvErrors_data();
    void csvErrors();
    void csvLineNumbers();
    void csvManyRows();
    void titleKey_data();
    void titleKey();
    void titleKeysThatMustDiffer();

private:
    static Records readAll(const QByteArray &data, QString *error = nullptr);
};

Records TestImportText::readAll(const QByteArray &data, QString *error)
{
    CsvReader reader(data);
    Records out;
    QStringList fields;
    while (reader.next(&fields))
        out << fields;
    if (error)
        *error = reader.error();
    return out;
}

void TestImportText::csv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Records>("records");
    QTest::newRow("plain") << QByteArray("Date,Name,Year\n2024-01-02,Heat,1995\n")
                           << Records{{u"Date"_s, u"Name"_s, u"Year"_s},
                                      {u"2024-01-02"_s, u"Heat"_s, u"1995"_s}};
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFName,Year\r\nHeat,1995\r\n")
                                  << Records{{u"Name"_s, u"Year"_s}, {u"Heat"_s, u"1995"_s}};
    QTest::newRow("no newline at the end")
            << QByteArray("Name,Year\nHeat,1995")
            << Records{{u"Name"_s, u"Year"_s}, {u"Heat"_s, u"1995"_s}};
    QTest::newRow("empty year and empty last field")
            << QByteArray("Name,Year,Rating\nHeat,,\n")
            << Records{{u"Name"_s, u"Year"_s, u"Rating"_s}, {u"Heat"_s, QString(), QString()}};
    QTest::newRow("quoted commas")
            << QByteArray("Name,Year\n\"Good, the Bad and the Ugly, The\",1966\n")
            << Records{{u"Name"_s, u"Year"_s}, {u"Good, the Bad and the Ugly, The"_s, u"1966"_s}};
    QTest::newRow("doubled quotes") << QByteArray("Review\n\"She said \"\"no\"\".\"\n")
                                    << Records{{u"Review"_s}, {u"She said \"no\"."_s}};
    QTest::newRow("a review over lines, CRLF inside")
            << QByteArray("Name,Review,Year\r\nHeat,\"First line.\r\n\r\nSecond, with a "
                          "comma.\",1995\r\n")
            << Records{{u"Name"_s, u"Review"_s, u"Year"_s},
                       {u"Heat"_s, u"First line.\r\n\r\nSecond, with a comma."_s, u"1995"_s}};
    QTest::newRow("blank lines skipped")
            << QByteArray("\n\nName\n\nHeat\n\n") << Records{{u"Name"_s}, {u"Heat"_s}};
    QTest::newRow("UTF-8 titles") << QByteArray("Name\nAmélie\nLéon\n八月の狂詩曲\n")
                                  << Records{{u"Name"_s},
                                             {u"Amélie"_s},
                                             {u"Léon"_s},
                                             {u"八月の狂詩曲"_s}};
    QTest::newRow("a stray quote in an unquoted field is kept")
            << QByteArray("Name\n12\" Single\n") << Records{{u"Name"_s}, {u"12\" Single"_s}};
    QTest::newRow("text after a closing quote is kept")
            << QByteArray("Name\n\"Heat\" (1995)\n") << Records{{u"Name"_s}, {u"Heat (1995)"_s}};
    QTest::newRow("invalid UTF-8 is replaced, not refused")
            << QByteArray("Name\nCaf\xE9\n") << Records{{u"Name"_s}, {u"Caf\uFFFD"_s}};
    QTest::newRow("lone CR") << QByteArray("A\rB\r") << Records{{u"A"_s}, {u"B"_s}};
    QTest::newRow("empty") << QByteArray() << Records{};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << Records{};
}

void TestImportText::csv()
{
    QFETCH(QByteArray, data);
    QFETCH(Records, records);
    QString error;
    QCOMPARE(readAll(data, &error), records);
    QCOMPARE(error, QString());
}

void TestImportText::csvErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("recordsBefore");
    QTest::newRow("quote never closed") << QByteArray("Name,Review\nHeat,\"It goes on\nand on\n")
                                        << u"line 2: a quoted field is not closed"_s << 1;
    QTest::newRow("too many fields")
            << QByteArray("A\n" + QByteArray(",").repeated(CsvReader::MaxFields) + "\n")
            << u"line 2: more than 256 fields"_s << 1;
    QTest::newRow("a field over 1 MiB")
            << QByteArray("A\n\"" + QByteArray(CsvReader::MaxFieldBytes + 1, 'x') + "\"\n")
            << u"line 2: a field is longer than 1 MiB"_s << 1;
}

void TestImportText::csvErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QFETCH(int, recordsBefore);
    QString said;
    QCOMPARE(readAll(data, &said).size(), recordsBefore);
    QCOMPARE(said, error);
}

void TestImportText::csvLineNumbers()
{
    CsvReader reader("A,B\n1,\"two\nlines\"\n\n3,4\n");
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QCOMPARE(reader.line(), 1);
    QVERIFY(reader.next(&fields));
    QCOMPARE(reader.line(), 2);
    QVERIFY(reader.next(&fields));
    QCOMPARE(reader.line(), 5); // after the two-line field and a blank line
    QCOMPARE(fields, (QStringList{u"3"_s, u"4"_s}));
    QVERIFY(!reader.next(&fields));
    QVERIFY(!reader.hasError());
}

void TestImportText::csvManyRows()
{
    // 100,000 diary rows (about 7 MB): every one read, in order.
    QByteArray data("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n");
    for (int i = 0; i < 100'000; ++i)
        data += "2024-01-01,\"Film " + QByteArray::number(i) + ", The\",1999,https://boxd.it/"
                + QByteArray::number(i) + ",4.5,Yes,\"a, b\",2023-12-31\n";
    CsvReader reader(data);
    QStringList fields;
    QVERIFY(reader.next(&fields));
    int rows = 0;
    while (reader.next(&fields)) {
        if (fields.size() != 8 || fields[1] != u"Film %1, The"_s.arg(rows))
            QFAIL(qPrintable(u"row %1: %2"_s.arg(rows).arg(fields.join(u'|'))));
        ++rows;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(rows, 100'000);
}

void TestImportText::titleKey_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");
    QTest::newRow("case and spaces") << u"  The  GODFATHER "_s << u"godfather"_s;
    QTest::newRow("trailing article") << u"Godfather, The"_s << u"godfather"_s;
    QTest::newRow("accents") << u"Amélie"_s << u"amelie"_s;
    QTest::newRow("accents, other letters")
            << u"Ænima Straße Smørrebrød Łódź"_s << u"aenima strasse smorrebrod lodz"_s;
    QTest::newRow("ampersand") << u"Fast & Furious"_s << u"fast and furious"_s;
    QTest::newRow("apostrophe joins") << u"Schindler's List"_s << u"schindlers list"_s;
    QTest::newRow("typographic apostrophe") << u"Schindler’s List"_s << u"schindlers list"_s;
    QTest::newRow("French article with apostrophe") << u"L'Atalante"_s << u"atalante"_s;
    QTest::newRow("German article") << u"Das Boot"_s << u"boot"_s;
    QTest::newRow("a title that is only an article") << u"The"_s << u"the"_s;
    QTest::newRow("roman numerals") << u"The Godfather: Part II"_s << u"godfather part 2"_s;
    QTest::newRow("arabic numerals") << u"Godfather Part 2, The"_s << u"godfather part 2"_s;
    QTest::newRow("I stays") << u"I, Robot"_s << u"i robot"_s;
    QTest::newRow("Star Wars, Letterboxd's long form")
            << u"Star Wars: Episode IV – A New Hope"_s << u"star wars episode 4 a new hope"_s;
    QTest::newRow("Star Wars, the catalogue's")
            << u"Star Wars Ep. IV: A New Hope"_s << u"star wars episode 4 a new hope"_s;
    QTest::newRow("dashes and colons")
            << u"Mission: Impossible — Fallout"_s << u"mission impossible fallout"_s;
    QTest::newRow("fraction") << u"Naked Gun 2½: The Smell of Fear"_s
                              << u"naked gun 21 2 the smell of fear"_s;
    QTest::newRow("superscript") << u"Alien³"_s << u"alien3"_s;
    QTest::newRow("volume") << u"Kill Bill: Vol. 1"_s << u"kill bill volume 1"_s;
    QTest::newRow("non-Latin") << u"八月の狂詩曲"_s << u"八月の狂詩曲"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << u"?!"_s << QString();
}

void TestImportText::titleKey()
{
    QFETCH(QString, title);
    QFETCH(QString, key);
    QCOMPARE(TitleKey::of(title), key);
}

void TestImportText::titleKeysThatMustDiffer()
{
    // Normalising must not make different films one.
    QVERIFY(TitleKey::of(u"Alien"_s) != TitleKey::of(u"Aliens"_s));
    QVERIFY(TitleKey::of(u"Rocky II"_s) != TitleKey::of(u"Rocky III"_s));
    QVERIFY(TitleKey::of(u"Se7en"_s) != TitleKey::of(u"Seven"_s));
    // An article is not enough to tell films apart: "Heat" (1995) and "The Heat" (2013) have
    // one key, and their years tell them apart.
    QCOMPARE(TitleKey::of(u"The Heat"_s), TitleKey::of(u"Heat"_s));
}

QTEST_GUILESS_MAIN(TestImportText)
#include "tst_importtext.moc"
