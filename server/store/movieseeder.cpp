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

} // namespace

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
        insert.addBindValue(text(f.value("Title"_L1)));
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
