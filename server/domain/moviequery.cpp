// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviequery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Plain decimal digits only: no sign, spaces, hex or exponent. Overflow is an error too.
std::optional<qint64> parseWhole(const QString &text, qint64 min, qint64 max)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

} // namespace

QStringList MovieQuery::parameterNames()
{
    return {u"q"_s,         u"genre"_s,   u"yearFrom"_s,  u"yearTo"_s,    u"maxRuntime"_s,
            u"minImdb"_s,   u"watched"_s, u"watchlist"_s, u"favourite"_s, u"tag"_s,
            u"minRating"_s, u"sort"_s,    u"page"_s,      u"pageSize"_s};
}

QStringList MovieQuery::sortNames()
{
    return {u"title"_s,          u"year"_s,  u"rating"_s,   u"director"_s,    u"runtime"_s,
            u"rottenTomatoes"_s, u"genre"_s, u"myRating"_s, u"lastWatched"_s, u"added"_s};
}

Result<MovieQuery> MovieQuery::parse(const QUrlQuery &query)
{
    MovieQuery q;
    FieldErrors errors;
    const auto outOfRange
            = [&errors](const QString &name, qint64 min, qint64 max, const QString &message) {
                  errors.add(name, u"out_of_range"_s, message, {{u"min"_s, min}, {u"max"_s, max}});
              };
    auto param = [&](QLatin1StringView name) -> std::optional<QString> {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };

    if (auto v = param("q"_L1))
        q.text = v->trimmed();
    if (auto v = param("genre"_L1))
        q.genre = v->trimmed();
    if (auto v = param("yearFrom"_L1)) {
        if (auto y = parseWhole(*v, 1, 9999))
            q.yearFrom = int(*y);
        else
            outOfRange(u"yearFrom"_s, 1, 9999, u"yearFrom must be a year from 1 to 9999."_s);
    }
    if (auto v = param("yearTo"_L1)) {
        if (auto y = parseWhole(*v, 1, 9999))
            q.yearTo = int(*y);
        else
            outOfRange(u"yearTo"_s, 1, 9999, u"yearTo must be a year from 1 to 9999."_s);
    }
    if (auto v = param("maxRuntime"_L1)) {
        if (auto m = parseWhole(*v, 1, 1000))
            q.maxRuntime = int(*m);
        else
            outOfRange(u"maxRuntime"_s, 1, 1000, u"maxRuntime must be minutes from 1 to 1000."_s);
    }
    const auto decimal = [&](QLatin1StringView name, double min, double max,
                             std::optional<double> &into) {
        const auto v = param(name);
        if (!v)
            return;
        bool ok = false;
        const double d = v->toDouble(&ok);
        if (ok && !v->contains(u'e', Qt::CaseInsensitive) && d >= min && d <= max)
            into = d;
        else
            errors.add(name, u"out_of_range"_s,
                       u"%1 must be a number from %2 to %3."_s.arg(name).arg(min).arg(max),
                       {{u"min"_s, min}, {u"max"_s, max}});
    };
    decimal("minImdb"_L1, 0, 10, q.minImdb);
    decimal("minRating"_L1, 0.5, 5, q.minRating);
    const auto boolean = [&](QLatin1StringView name, std::optional<bool> &into) {
        const auto v = param(name);
        if (!v)
            return;
        if (*v == "true"_L1 || *v == "false"_L1)
            into = *v == "true"_L1;
        else
            errors.add(name, u"unknown_value"_s, u"%1 must be true or false."_s.arg(name),
                       {{u"allowed"_s, QJsonArray{u"true"_s, u"false"_s}}});
    };
    boolean("watched"_L1, q.watched);
    boolean("watchlist"_L1, q.watchlist);
    boolean("favourite"_L1, q.favourite);
    if (auto v = param("tag"_L1))
        q.tag = v->trimmed();
    if (q.yearFrom && q.yearTo && *q.yearFrom > *q.yearTo)
        errors.add(u"yearTo"_s, u"before_year_from"_s, u"yearTo must not be before yearFrom."_s);
    if (auto v = param("sort"_L1)) {
        QString s = *v;
        q.descending = s.startsWith(u'-');
        if (q.descending)
            s.remove(0, 1);
        const QStringList names = sortNames();
        if (const qsizetype i = names.indexOf(s); i >= 0)
            q.sort = Sort(i + 1);
        else
            errors.add(u"sort"_s, u"unknown_value"_s,
                       u"sort must be one of %1, optionally prefixed with -."_s.arg(
                               names.join(u", "_s)),
                       {{u"allowed"_s, QJsonArray::fromStringList(names)}});
    }
    if (auto v = param("page"_L1)) {
        if (auto p = parseWhole(*v, 1, MaxPage))
            q.page = *p;
        else
            outOfRange(u"page"_s, 1, MaxPage, u"page must be a whole number from 1."_s);
    }
    if (auto v = param("pageSize"_L1)) {
        if (auto p = parseWhole(*v, 1, MaxPageSize))
            q.pageSize = int(*p);
        else
            outOfRange(u"pageSize"_s, 1, MaxPageSize,
                       u"pageSize must be a whole number from 1 to 200."_s);
    }
    if (!errors.isEmpty())
        return Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s);
    return q;
}

QStringList MovieQuery::searchWords() const
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QStringList words;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        words << it.next().captured();
    return words;
}
