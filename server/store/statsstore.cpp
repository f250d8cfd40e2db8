// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsstore.h"

#include "core/jsonwriter.h"
#include "database.h"

#include <QDate>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The caller's viewings in the period, with their films.
const QString Viewed = u" FROM viewings v JOIN movies m ON m.id = v.movie_id WHERE v.user_id = ? "
                       u"AND v.watched_on BETWEEN ? AND ?"_s;
// The caller's rated films: those watched in the period (all time: every rated film).
const QString RatedInYear = u" FROM user_movies um JOIN movies m ON m.id = um.movie_id WHERE "
                            u"um.user_id = ? AND um.rating IS NOT NULL AND EXISTS (SELECT 1 FROM "
                            u"viewings v WHERE v.user_id = um.user_id AND v.movie_id = um.movie_id "
                            u"AND v.watched_on BETWEEN ? AND ?)"_s;
const QString RatedEver = u" FROM user_movies um JOIN movies m ON m.id = um.movie_id WHERE "
                          u"um.user_id = ? AND um.rating IS NOT NULL"_s;

// Runs sql with binds and hands each row to write.
template<typename Write>
Done eachRow(Database &db, const QString &sql, const QVariantList &binds, Write write)
{
    QSqlQuery &q = db.prepared(sql);
    StatementScope scope(q);
    if (Done done = Database::run(q, binds); !done)
        return done;
    while (q.next())
        write(q);
    return {};
}

void text(JsonWriter &out, const QVariant &v)
{
    if (v.isNull())
        out.null();
    else
        out.string(v.toString());
}

// {"id", "title", "year", key: the fourth column} of a film row (id, title, year, value).
void film(JsonWriter &out, const QSqlQuery &q, QLatin1StringView key, bool number)
{
    out.beginObject();
    out.key("id"_L1);
    out.integer(q.value(0).toLongLong());
    out.key("title"_L1);
    text(out, q.value(1));
    out.key("year"_L1);
    if (q.value(2).isNull())
        out.null();
    else
        out.integer(q.value(2).toLongLong());
    out.key(key);
    if (number)
        out.number(q.value(3).toDouble());
    else
        text(out, q.value(3));
    out.endObject();
}

// [{name: ..., "films": n}] of (name, count) rows.
Done counts(Database &db, JsonWriter &out, const QString &sql, const QVariantList &binds,
            QLatin1StringView name, bool integerName)
{
    out.beginArray();
    Done done = eachRow(db, sql, binds, [&](const QSqlQuery &q) {
        out.beginObject();
        out.key(name);
        if (integerName)
            out.integer(q.value(0).toLongLong());
        else
            text(out, q.value(0));
        out.key("films"_L1);
        out.integer(q.value(1).toLongLong());
        out.endObject();
    });
    out.endArray();
    return done;
}

// [[id, title, x, y]] of the catalogue's films with both values.
Done pairs(Database &db, JsonWriter &out, const QString &x, const QString &y)
{
    out.beginArray();
    Done done = eachRow(db,
                        u"SELECT id, title, %1, %2 FROM movies WHERE %1 IS NOT NULL AND %2 IS NOT "
                        u"NULL ORDER BY id"_s.arg(x, y),
                        {}, [&](const QSqlQuery &q) {
                            out.beginArray();
                            out.integer(q.value(0).toLongLong());
                            text(out, q.value(1));
                            out.number(q.value(2).toDouble());
                            out.number(q.value(3).toDouble());
                            out.endArray();
                        });
    out.endArray();
    return done;
}

} // namespace

StatsStore::StatsStore(Database &db)
    : m_db(db)
{ }

Result<QByteArray> StatsStore::stats(qint64 userId, std::optional<int> year)
{
    const QString from = year ? QDate(*year, 1, 1).toString(Qt::ISODate) : u"0000-01-01"_s;
    const QString to = year ? QDate(*year, 12, 31).toString(Qt::ISODate) : u"9999-12-31"_s;
    const QVariantList period{userId, from, to};
    const QString &rated = year ? RatedInYear : RatedEver;
    const QVariantList ratedBinds = year ? period : QVariantList{userId};
    Transaction read(m_db.connection()); // one snapshot for every part
    if (Done begun = read.begun(); !begun)
        return begun.fault();

    JsonWriter out(4096);
    out.beginObject();
    out.key("year"_L1);
    if (year)
        out.integer(*year);
    else
        out.null();
    Done done = eachRow(m_db,
                        u"SELECT COUNT(*), COUNT(DISTINCT v.movie_id), TOTAL(v.rewatch), "
                        u"TOTAL(m.runtime_minutes), TOTAL(m.runtime_minutes IS NULL)"_s
                                + Viewed,
                        period, [&](const QSqlQuery &q) {
                            const char *keys[] = {"viewings", "films", "rewatches", "minutes",
                                                  "viewingsWithoutRuntime"};
                            for (int i = 0; i < 5; ++i) {
                                out.key(QLatin1StringView(keys[i]));
                                out.integer(q.value(i).toLongLong());
                            }
                        });
    if (!done)
        return done.fault();

    // Viewings per month: the year's twelve, or every month from the first to the last.
    QMap<QString, qint64> months;
    if (done = eachRow(m_db,
                       u"SELECT substr(v.watched_on, 1, 7), COUNT(*)"_s + Viewed + u" GROUP BY 1"_s,
                       period,
                       [&](const QSqlQuery &q) {
                           months.insert(q.value(0).toString(), q.value(1).toLongLong());
                       });
        !done)
        return done.fault();
    out.key("perMonth"_L1);
    out.beginArray();
    if (year || !months.isEmpty()) {
        QDate month = year ? QDate(*year, 1, 1)
                           : QDate::fromString(months.firstKey() + u"-01"_s, Qt::ISODate);
        const QDate last = year ? QDate(*year, 12, 1)
                                : QDate::fromString(months.lastKey() + u"-01"_s, Qt::ISODate);
        for (; month.isValid() && month <= last; month = month.addMonths(1)) {
            const QString key = month.toString(u"yyyy-MM"_s);
            out.beginObject();
            out.key("month"_L1);
            out.string(key);
            out.key("viewings"_L1);
            out.integer(months.value(key));
            out.endObject();
        }
    }
    out.endArray();

    std::array<qint64, 7> weekdays{}; // Monday first; SQLite's %w counts from Sunday = 0
    if (done = eachRow(m_db,
                       u"SELECT CAST(strftime('%w', v.watched_on) AS INTEGER), COUNT(*)"_s + Viewed
                               + u" GROUP BY 1"_s,
                       period,
                       [&](const QSqlQuery &q) {
                           weekdays[std::size_t((q.value(0).toInt() + 6) % 7)]
                                   = q.value(1).toLongLong();
                       });
        !done)
        return done.fault();
    out.key("byWeekday"_L1);
    out.beginArray();
    for (const qint64 n : weekdays)
        out.integer(n);
    out.endArray();

    const auto distinctBy = [&](const char *key, const QString &column, const QString &order,
                                bool integerName, const QString &limit = {}) -> Done {
        out.key(QLatin1StringView(key));
        return counts(m_db, out,
                      u"SELECT %1, COUNT(DISTINCT v.movie_id)"_s.arg(column) + Viewed
                              + u" AND %1 IS NOT NULL GROUP BY 1 ORDER BY %2"_s.arg(column, order)
                              + limit,
                      period,
                      integerName ? "decade"_L1
                                  : (qstrcmp(key, "byGenre") == 0 ? "genre"_L1 : "director"_L1),
                      integerName);
    };
    if (done = distinctBy("byGenre", u"m.genre"_s, u"2 DESC, 1"_s, false); !done)
        return done.fault();
    if (done = distinctBy("byDecade", u"(m.year / 10) * 10"_s, u"1"_s, true); !done)
        return done.fault();
    if (done = distinctBy("topDirectors", u"m.director"_s, u"2 DESC, 1"_s, false, u" LIMIT 10"_s);
        !done)
        return done.fault();

    std::array<qint64, 10> buckets{}; // 0.5 … 5
    if (done = eachRow(m_db, u"SELECT um.rating, COUNT(*)"_s + rated + u" GROUP BY 1"_s, ratedBinds,
                       [&](const QSqlQuery &q) {
                           const int half = qRound(q.value(0).toDouble() * 2);
                           if (half >= 1 && half <= 10)
                               buckets[std::size_t(half - 1)] += q.value(1).toLongLong();
                       });
        !done)
        return done.fault();
    out.key("ratings"_L1);
    out.beginArray();
    for (int i = 0; i < 10; ++i) {
        out.beginObject();
        out.key("rating"_L1);
        out.number((i + 1) / 2.0);
        out.key("films"_L1);
        out.integer(buckets[std::size_t(i)]);
        out.endObject();
    }
    out.endArray();

    out.key("ratingVsImdb"_L1);
    out.beginArray();
    if (done = eachRow(m_db,
                       u"SELECT m.id, m.title, um.rating, m.imdb_rating"_s + rated
                               + u" AND m.imdb_rating IS NOT NULL ORDER BY m.id"_s,
                       ratedBinds,
                       [&](const QSqlQuery &q) {
                           out.beginArray();
                           out.integer(q.value(0).toLongLong());
                           text(out, q.value(1));
                           out.number(q.value(2).toDouble());
                           out.number(q.value(3).toDouble());
                           out.endArray();
                       });
        !done)
        return done.fault();
    out.endArray();

    // One film, or null: the first and last viewing, the longest film watched.
    const auto one = [&](const char *key, const QString &sql, const QVariantList &binds,
                         QLatin1StringView valueKey, bool number) -> Done {
        out.key(QLatin1StringView(key));
        bool any = false;
        Done d = eachRow(m_db, sql, binds, [&](const QSqlQuery &q) {
            film(out, q, valueKey, number);
            any = true;
        });
        if (!any)
            out.null();
        return d;
    };
    if (done = one("first",
                   u"SELECT m.id, m.title, m.year, v.watched_on"_s + Viewed
                           + u" ORDER BY v.watched_on, v.id LIMIT 1"_s,
                   period, "watchedOn"_L1, false);
        !done)
        return done.fault();
    if (done = one("last",
                   u"SELECT m.id, m.title, m.year, v.watched_on"_s + Viewed
                           + u" ORDER BY v.watched_on DESC, v.id DESC LIMIT 1"_s,
                   period, "watchedOn"_L1, false);
        !done)
        return done.fault();
    if (done = one("longest",
                   u"SELECT m.id, m.title, m.year, m.runtime_minutes"_s + Viewed
                           + u" AND m.runtime_minutes IS NOT NULL ORDER BY "
                             u"m.runtime_minutes DESC, m.title LIMIT 1"_s,
                   period, "runtimeMinutes"_L1, true);
        !done)
        return done.fault();
    out.key("highestRated"_L1);
    out.beginArray();
    if (done = eachRow(m_db,
                       u"SELECT m.id, m.title, m.year, um.rating"_s + rated
                               + u" ORDER BY um.rating DESC, m.title LIMIT 5"_s,
                       ratedBinds, [&](const QSqlQuery &q) { film(out, q, "rating"_L1, true); });
        !done)
        return done.fault();
    out.endArray();

    out.key("catalogue"_L1);
    out.beginObject();
    if (done = eachRow(m_db, u"SELECT COUNT(*) FROM movies"_s, {},
                       [&](const QSqlQuery &q) {
                           out.key("films"_L1);
                           out.integer(q.value(0).toLongLong());
                       });
        !done)
        return done.fault();
    out.key("perDecade"_L1);
    if (done = counts(m_db, out,
                      u"SELECT (year / 10) * 10, COUNT(*) FROM movies WHERE year IS NOT NULL "
                      u"GROUP BY 1 ORDER BY 1"_s,
                      {}, "decade"_L1, true);
        !done)
        return done.fault();
    out.key("imdbVsRottenTomatoes"_L1);
    if (done = pairs(m_db, out, u"imdb_rating"_s, u"rotten_tomatoes_rating"_s); !done)
        return done.fault();
    out.key("budgetVsGross"_L1);
    if (done = pairs(m_db, out, u"production_budget"_s, u"worldwide_gross"_s); !done)
        return done.fault();
    out.endObject();
    out.endObject();
    return out.take();
}
