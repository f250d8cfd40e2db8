// SPDX-License-Identifier: GPL-3.0-or-later
#include "movieseeder.h"

#include "database.h"
#include "logging.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// The data set was compiled in 2010-2011: nothing in it was released after 2012.
constexpr int LastPlausibleYear = 2012;

QVariant text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QVariant(QMetaType::fromType<QString>());
}

QVariant integer(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(qint64(v.toDouble())) : QVariant(QMetaType::fromType<qint64>());
}

QVariant real(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(v.toDouble()) : QVariant(QMetaType::fromType<double>());
}

// Mac Roman 0x80-0xFF.
constexpr char16_t MacRoman[128]
        = {0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4,
           0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF,
           0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020,
           0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4,
           0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202,
           0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1,
           0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3,
           0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
           0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A,
           0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC,
           0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF,
           0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};

// Windows-1252 0x80-0x9F (0xA0-0xFF are Latin-1); 0 where it has no character.
constexpr char16_t Windows1252[32]
        = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

QString MovieSeeder::repairTitle(const QString &title)
{
    QString repaired;
    repaired.reserve(title.size());
    for (const QChar c : title) {
        if (c.unicode() < 0x80) {
            repaired += c;
            continue;
        }
        const auto *glyph = std::find(std::begin(MacRoman), std::end(MacRoman), c.unicode());
        if (glyph == std::end(MacRoman))
            return title; // not Mac Roman: not this flaw
        const int byte = 0x80 + int(glyph - std::begin(MacRoman));
        const char16_t original = byte < 0xA0 ? Windows1252[byte - 0x80] : char16_t(byte);
        if (original == 0)
            return title;
        repaired += QChar(original);
    }
    return repaired;
}

QDate MovieSeeder::parseReleaseDate(const QString &textValue)
{
    static const QStringList months{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                    u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    const QStringList parts = textValue.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return {};
    const int month = int(months.indexOf(parts[0])) + 1;
    bool dayOk = false, yearOk = false;
    const int day = parts[1].toInt(&dayOk);
    int year = parts[2].toInt(&yearOk);
    if (month < 1 || !dayOk || !yearOk)
        return {};
    if (year > LastPlausibleYear)
        year -= 100;
    return QDate(year, month, day);
}

Done MovieSeeder::seedIfEmpty(QSqlDatabase &db, const QString &sourcePath)
{
    const auto unusable = [](const QString &why) { return Fault(Fault::Kind::Unusable, why); };
    QSqlQuery count(db);
    if (!count.exec(u"SELECT EXISTS (SELECT 1 FROM movies)"_s) || !count.next())
        return unusable(count.lastError().text());
    if (count.value(0).toBool())
        return {};
    count.finish();

    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(u"cannot read the sample catalogue %1"_s.arg(sourcePath));
    const QJsonArray films = QJsonDocument::fromJson(file.readAll()).array();

    Transaction tx(db);
    QSqlQuery insert(db);
    insert.prepare(uR"(INSERT INTO movies (title, year, release_date, genre, director,
        runtime_minutes, mpaa_rating, imdb_rating, rotten_tomatoes_rating, distributor, us_gross,
        worldwide_gross, production_budget) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const auto &value : films) {
        const QJsonObject f = value.toObject();
        const QDate released = parseReleaseDate(f.value("Release Date"_L1).toString());
        const QJsonValue title = f.value("Title"_L1);
        insert.addBindValue(title.isString() ? QVariant(repairTitle(title.toString()))
                                             : text(title));
        insert.addBindValue(released.isValid() ? QVariant(released.year())
                                               : QVariant(QMetaType::fromType<int>()));
        insert.addBindValue(released.isValid() ? QVariant(released.toString(Qt::ISODate))
                                               : QVariant(QMetaType::fromType<QString>()));
        insert.addBindValue(text(f.value("Major Genre"_L1)));
        insert.addBindValue(text(f.value("Director"_L1)));
        insert.addBindValue(integer(f.value("Running Time min"_L1)));
        insert.addBindValue(text(f.value("MPAA Rating"_L1)));
        insert.addBindValue(real(f.value("IMDB Rating"_L1)));
        insert.addBindValue(integer(f.value("Rotten Tomatoes Rating"_L1)));
        insert.addBindValue(text(f.value("Distributor"_L1)));
        insert.addBindValue(integer(f.value("US Gross"_L1)));
        insert.addBindValue(integer(f.value("Worldwide Gross"_L1)));
        insert.addBindValue(integer(f.value("Production Budget"_L1)));
        if (!insert.exec())
            return unusable(u"seeding the catalogue failed: %1"_s.arg(insert.lastError().text()));
    }
    if (Done committed = tx.commit(); !committed)
        return unusable(u"seeding the catalogue failed to commit: %1"_s.arg(
                committed.fault().kind() == Fault::Kind::StorageFull ? u"the disk is full"_s
                                                                     : u"a database error"_s));
    qCInfo(lcDb) << "seeded the catalogue with" << films.size() << "films";
    return {};
}
