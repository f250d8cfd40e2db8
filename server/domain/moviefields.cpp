// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviefields.h"

#include "core/jsonwriter.h"
#include "domain/mine.h"

#include <QDate>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

using K = MovieFields::Kind;
constexpr double Money = 1e13; // larger than any gross or budget, exact as a JSON number

constexpr std::array<MovieFields::Field, MovieFields::Count> fields{{
        {"title", "title", K::Text, 0, 300},
        {"year", "year", K::Integer, 1870, 2100},
        {"releaseDate", "release_date", K::Date, 1870, 2100}, // the same years as `year`
        {"genre", "genre", K::Text, 0, 100},
        {"director", "director", K::Text, 0, 200},
        {"runtimeMinutes", "runtime_minutes", K::Integer, 1, 1000},
        {"mpaaRating", "mpaa_rating", K::Text, 0, 20},
        {"imdbRating", "imdb_rating", K::Real, 0, 10},
        {"rottenTomatoesRating", "rotten_tomatoes_rating", K::Integer, 0, 100},
        {"distributor", "distributor", K::Text, 0, 200},
        {"usGross", "us_gross", K::Integer, 0, Money},
        {"worldwideGross", "worldwide_gross", K::Integer, 0, Money},
        {"productionBudget", "production_budget", K::Integer, 0, Money},
}};

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// One field's JSON value -> its column value (a null QVariant for JSON null), or what is wrong.
std::variant<QVariant, FieldErrors::Entry> convert(const MovieFields::Field &f, const QJsonValue &v)
{
    const QString name = QLatin1StringView(f.json);
    if (v.isNull())
        return QVariant();
    switch (f.kind) {
    case K::Text: {
        if (!v.isString())
            return FieldErrors::Entry{u"wrong_type"_s,
                                      u"%1 must be a string or null."_s.arg(name),
                                      {{u"type"_s, u"string"_s}}};
        const QString text = v.toString().trimmed();
        if (text.isEmpty())
            return FieldErrors::Entry{
                    u"empty"_s, u"%1 must not be empty (use null for unknown)."_s.arg(name), {}};
        if (text.size() > f.max)
            return FieldErrors::Entry{u"too_long"_s,
                                      u"%1 must be at most %2 characters."_s.arg(name).arg(f.max),
                                      {{u"max"_s, f.max}}};
        if (hasControlCharacter(text))
            return FieldErrors::Entry{u"forbidden_character"_s,
                                      u"%1 must not contain control characters."_s.arg(name),
                                      {}};
        return QVariant(text);
    }
    case K::Integer: {
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < f.min || d > f.max)
            return FieldErrors::Entry{
                    u"out_of_range"_s,
                    u"%1 must be a whole number from %2 to %3, or null."_s.arg(name)
                            .arg(qint64(f.min))
                            .arg(qint64(f.max)),
                    {{u"min"_s, f.min}, {u"max"_s, f.max}}};
        return QVariant(qint64(d));
    }
    case K::Real: {
        const double d = v.toDouble();
        if (!v.isDouble() || d < f.min || d > f.max)
            return FieldErrors::Entry{
                    u"out_of_range"_s,
                    u"%1 must be a number from %2 to %3, or null."_s.arg(name).arg(f.min).arg(
                            f.max),
                    {{u"min"_s, f.min}, {u"max"_s, f.max}}};
        return QVariant(d);
    }
    case K::Date: {
        const QDate date = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!date.isValid() || v.toString().size() != 10 || date.year() < f.min
            || date.year() > f.max)
            return FieldErrors::Entry{
                    u"invalid_date"_s,
                    u"%1 must be a date as YYYY-MM-DD in the years %2 to %3, or null."_s.arg(name)
                            .arg(f.min)
                            .arg(f.max),
                    {{u"min"_s, f.min}, {u"max"_s, f.max}}};
        return QVariant(date.toString(Qt::ISODate));
    }
    }
    return QVariant();
}

} // namespace

const std::array<MovieFields::Field, MovieFields::Count> &MovieFields::all()
{
    return fields;
}

QString MovieFields::selectList(const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    QStringList columns{prefix + u"id"_s};
    for (const Field &f : fields)
        columns << prefix + QLatin1StringView(f.column);
    // hasPoster: a lookup of the posters' primary key, without reading the image.
    columns << u"EXISTS (SELECT 1 FROM posters WHERE posters.movie_id = %1id)"_s.arg(prefix);
    return columns.join(u", "_s);
}

QJsonObject MovieFields::fromRow(const QSqlQuery &row, bool withMine)
{
    // One serialisation of a row (writeRow) for lists and single films alike.
    JsonWriter out(768);
    writeRow(out, row, withMine);
    return QJsonDocument::fromJson(out.take()).object();
}

void MovieFields::writeRow(JsonWriter &out, const QSqlQuery &row, bool withMine)
{
    out.beginObject();
    out.key("id"_L1);
    out.integer(row.value(0).toLongLong());
    int column = 1;
    for (const Field &f : fields) {
        const QVariant v = row.value(column++);
        out.key(QLatin1StringView(f.json));
        if (v.isNull()) {
            out.null();
            continue;
        }
        switch (f.kind) {
        case Kind::Text:
        case Kind::Date:
            out.string(v.toString());
            break;
        case Kind::Integer:
            out.integer(v.toLongLong());
            break;
        case Kind::Real:
            out.number(v.toDouble());
            break;
        }
    }
    out.key("hasPoster"_L1);
    out.boolean(row.value(column++).toBool());
    if (withMine)
        Mine::write(out, row, column);
    out.endObject();
}

Result<QVariantMap> MovieFields::validate(const QJsonObject &body, bool partial)
{
    QVariantMap columns;
    FieldErrors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto field = std::find_if(fields.begin(), fields.end(), [&](const Field &f) {
            return it.key() == QLatin1StringView(f.json);
        });
        if (field == fields.end()) {
            if (it.key() == "id"_L1)
                errors.add(it.key(), u"read_only"_s, u"id is chosen by the server."_s);
            else
                errors.add(it.key(), u"unknown_field"_s, u"Unknown field."_s);
            continue;
        }
        auto converted = convert(*field, it.value());
        if (auto *wrong = std::get_if<FieldErrors::Entry>(&converted))
            errors.add(it.key(), wrong->code, wrong->message, wrong->limits);
        else
            columns.insert(QLatin1StringView(field->column), std::get<QVariant>(converted));
    }
    const bool titleGiven = columns.contains(u"title"_s);
    if ((!partial || titleGiven) && columns.value(u"title"_s).isNull()
        && !errors.contains(u"title"_s))
        errors.add(u"title"_s, u"required"_s, u"title is required."_s);
    const QVariant date = columns.value(u"release_date"_s);
    if (!date.isNull()) {
        const int dateYear = QDate::fromString(date.toString(), Qt::ISODate).year();
        if (!columns.contains(u"year"_s))
            columns.insert(u"year"_s, dateYear);
        else if (!columns.value(u"year"_s).isNull() && columns.value(u"year"_s).toInt() != dateYear)
            errors.add(u"year"_s, u"mismatch"_s, u"year must match releaseDate."_s);
    }
    if (partial && body.isEmpty())
        errors.add(u"body"_s, u"nothing_to_change"_s, u"Give at least one field to change."_s);
    if (!errors.isEmpty())
        return Fault::invalid(std::move(errors));
    return columns;
}
