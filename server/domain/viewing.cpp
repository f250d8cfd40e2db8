// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewing.h"

#include "core/jsonwriter.h"
#include "domain/mine.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

QString Viewing::selectList()
{
    return u"v.id, v.movie_id, v.watched_on, v.rewatch, v.rating, v.note, v.created_at"_s;
}

void Viewing::write(JsonWriter &out, const QSqlQuery &row, int first)
{
    out.key("id"_L1);
    out.integer(row.value(first).toLongLong());
    out.key("movieId"_L1);
    out.integer(row.value(first + 1).toLongLong());
    out.key("watchedOn"_L1);
    out.string(row.value(first + 2).toString());
    out.key("rewatch"_L1);
    out.boolean(row.value(first + 3).toInt() != 0);
    out.key("rating"_L1);
    if (row.value(first + 4).isNull())
        out.null();
    else
        out.number(row.value(first + 4).toDouble());
    out.key("note"_L1);
    if (row.value(first + 5).isNull())
        out.null();
    else
        out.string(row.value(first + 5).toString());
    out.key("createdAt"_L1);
    out.string(QDateTime::fromSecsSinceEpoch(row.value(first + 6).toLongLong(), Qt::UTC)
                       .toString(Qt::ISODate));
}

Result<Viewing::Change> Viewing::parse(const QJsonObject &body, bool partial, qint64 now)
{
    Change change;
    FieldErrors errors;
    const QDate latest = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date().addDays(1);
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == "watchedOn"_L1) {
            const QDate date = QDate::fromString(v.toString(), u"yyyy-MM-dd"_s);
            if (!v.isString() || !date.isValid())
                errors.add(key, u"invalid_date"_s, u"watchedOn must be a date, YYYY-MM-DD."_s,
                           {{u"min"_s, FirstYear}});
            else if (date.year() < FirstYear || date > latest)
                errors.add(key, u"out_of_range"_s,
                           u"watchedOn must be from 1870-01-01 to today, not in the future."_s,
                           {{u"min"_s, u"1870-01-01"_s}, {u"max"_s, latest.toString(Qt::ISODate)}});
            else
                change.watchedOn = date;
        } else if (key == "rewatch"_L1) {
            if (v.isBool())
                change.rewatch = v.toBool();
            else
                errors.add(key, u"wrong_type"_s, u"rewatch must be true or false."_s,
                           {{u"type"_s, u"boolean"_s}});
        } else if (key == "rating"_L1) {
            if (auto bad = Mine::checkRating(v))
                errors.add(key, bad->code, bad->message, bad->limits);
            else
                change.rating = v.isNull() ? std::nullopt : std::optional(v.toDouble());
        } else if (key == "note"_L1) {
            if (auto bad = Mine::checkNotes(v))
                errors.add(key, bad->code, bad->message, bad->limits);
            else
                change.note = v.toString().trimmed();
        } else {
            errors.add(key, u"unknown_field"_s,
                       u"Unknown field: watchedOn, rewatch, rating and note can be sent."_s);
        }
    }
    if (!partial && !change.watchedOn && !errors.contains(u"watchedOn"_s))
        errors.add(u"watchedOn"_s, u"required"_s, u"watchedOn is required (YYYY-MM-DD)."_s);
    if (partial && body.isEmpty())
        errors.add(u"watchedOn"_s, u"nothing_to_change"_s,
                   u"Give at least one of watchedOn, rewatch, rating and note."_s);
    if (!errors.isEmpty())
        return Fault::invalid(std::move(errors));
    return change;
}

QStringList Viewing::filterNames()
{
    return {u"from"_s, u"to"_s, u"movieId"_s, u"page"_s, u"pageSize"_s};
}

Result<Viewing::Filter> Viewing::parseFilter(const QUrlQuery &query)
{
    Filter f;
    FieldErrors errors;
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded);
    };
    for (const char *name : {"from", "to"}) {
        if (!query.hasQueryItem(QLatin1StringView(name)))
            continue;
        const QDate date = QDate::fromString(value(name), u"yyyy-MM-dd"_s);
        if (!date.isValid())
            errors.add(QLatin1StringView(name), u"invalid_date"_s,
                       u"%1 must be a date, YYYY-MM-DD."_s.arg(QLatin1StringView(name)));
        else
            (qstrcmp(name, "from") == 0 ? f.from : f.to) = date;
    }
    const auto whole = [&](const char *name, qint64 min, qint64 max, auto &into) {
        if (const auto n = errors.wholeNumber(query, QString::fromLatin1(name), min, max))
            into = std::remove_reference_t<decltype(into)>(*n);
    };
    whole("movieId", 1, std::numeric_limits<qint64>::max(), f.movieId);
    whole("page", 1, 1'000'000'000, f.page);
    whole("pageSize", 1, 200, f.pageSize);
    if (f.from && f.to && *f.from > *f.to)
        errors.add(u"to"_s, u"before_year_from"_s, u"to must not be before from."_s);
    if (!errors.isEmpty())
        return Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s);
    return f;
}
