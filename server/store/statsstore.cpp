// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsstore.h"

#include "core/jsonwriter.h"
#include "database.h"
#include "moviestore.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The caller's viewings in the period, with their films.
const QString Viewed = u" FROM viewings v JOIN movies m ON m.id = v.movie_id WHERE v.user_id = ? "
                       u"AND v.watched_on BETWEEN ? AND ?"_s;
// The caller's rated films: those watched in the period (all time: every rated film). The films
// of the period are found once (not per rated film, which took 1.9 s at 10,000 viewings).
const QString RatedInYear = u" FROM user_movies um JOIN movies m ON m.id = um.movie_id WHERE "
                            u"um.user_id = ? AND um.rating IS NOT NULL AND um.movie_id IN (SELECT "
                            u"v.movie_id FROM viewings v WHERE v.user_id = ? AND v.watched_on "
                            u"BETWEEN ? AND ?)"_s;
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

// {"id", "title", "year", … of a film: the caller writes its last member and ends the object.
void beginFilm(JsonWriter &out, qint64 id, const QString &title, const QVariant &year)
{
    out.beginObject();
    out.key("id"_L1);
    out.integer(id);
    out.key("title"_L1);
    out.string(title);
    out.key("year"_L1);
    if (year.isNull())
        out.null();
    else
        out.integer(year.toLongLong());
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

// One scatter of the catalogue: [[id, title, x, y]] of the films with both values, all of them
// up to StatsStore::MaxPairs, else an even sample of that many (by id).
class Pairs
{
public:
    Pairs(qint64 films)
        : m_films(films)
        , m_out(films > 0 ? 64 * qMin<qint64>(films, StatsStore::MaxPairs) : 16)
    {
        m_out.beginArray();
    }
    // A film with both values, in id order.
    void add(qint64 id, const QVariant &title, double x, double y)
    {
        // Row i is kept when it starts a new one of MaxPairs equal slices of the rows.
        const qint64 i = m_seen++;
        const qint64 max = StatsStore::MaxPairs;
        if (m_films > max && (i == 0 ? false : (i * max) / m_films == ((i - 1) * max) / m_films))
            return;
        m_out.beginArray();
        m_out.integer(id);
        text(m_out, title);
        m_out.number(x);
        m_out.number(y);
        m_out.endArray();
    }
    QByteArray take()
    {
        m_out.endArray();
        return m_out.take();
    }

private:
    qint64 m_films;
    qint64 m_seen = 0;
    JsonWriter m_out;
};

} // namespace

StatsStore::StatsStore(Database &db, MovieStore &movies)
    : m_db(db)
    , m_movies(movies)
{ }

Result<QByteArray> StatsStore::stats(qint64 userId, std::optional<int> year)
{
    const QString from = year ? QDate(*year, 1, 1).toString(Qt::ISODate) : u"0000-01-01"_s;
    const QString to = year ? QDate(*year, 12, 31).toString(Qt::ISODate) : u"9999-12-31"_s;
    const QVariantList period{userId, from, to};
    const QString &rated = year ? RatedInYear : RatedEver;
    const QVariantList ratedBinds
            = year ? QVariantList{userId, userId, from, to} : QVariantList{userId};
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
    // The period's diary in one pass, in date order (the index's): every count but the ratings.
    struct Film
    {
        qint64 id = 0;
        QString title;
        QVariant year;
        QString value;
    };
    qint64 viewings = 0, rewatches = 0, minutes = 0, withoutRuntime = 0;
    QSet<qint64> films;
    QMap<QString, qint64> months;
    std::array<qint64, 7> weekdays{}; // Monday first
    QHash<QString, QSet<qint64>> genres, directors;
    QMap<int, QSet<qint64>> decades;
    std::optional<Film> first, last, longest;
    qint64 longestMinutes = -1;
    Done done = eachRow(
            m_db,
            u"SELECT v.movie_id, v.watched_on, v.rewatch, m.runtime_minutes, m.genre, m.year, "
            u"m.director, m.title"_s
                    + Viewed + u" ORDER BY v.watched_on, v.id"_s,
            period, [&](const QSqlQuery &q) {
                const qint64 movie = q.value(0).toLongLong();
                const QString watchedOn = q.value(1).toString();
                ++viewings;
                films.insert(movie);
                rewatches += q.value(2).toInt() != 0;
                const Film film{movie, q.value(7).toString(), q.value(5), watchedOn};
                if (q.value(3).isNull()) {
                    ++withoutRuntime;
                } else {
                    const qint64 runtime = q.value(3).toLongLong();
                    minutes += runtime;
                    if (runtime > longestMinutes
                        || (runtime == longestMinutes && film.title < longest->title)) {
                        longestMinutes = runtime;
                        longest = film;
                        longest->value = QString::number(runtime);
                    }
                }
                ++months[watchedOn.left(7)];
                const int weekday = QDate::fromString(watchedOn, Qt::ISODate).dayOfWeek();
                if (weekday >= 1)
                    ++weekdays[std::size_t(weekday - 1)];
                if (!q.value(4).isNull())
                    genres[q.value(4).toString()].insert(movie);
                if (!q.value(5).isNull())
                    decades[q.value(5).toInt() / 10 * 10].insert(movie);
                if (!q.value(6).isNull())
                    directors[q.value(6).toString()].insert(movie);
                if (!first)
                    first = film;
                last = film;
            });
    if (!done)
        return done.fault();
    for (const auto &[key, value] :
         {std::pair{"viewings", viewings}, std::pair{"films", qint64(films.size())},
          std::pair{"rewatches", rewatches}, std::pair{"minutes", minutes},
          std::pair{"viewingsWithoutRuntime", withoutRuntime}}) {
        out.key(QLatin1StringView(key));
        out.integer(value);
    }

    // Viewings per month: the year's twelve, or every month from the first to the last.
    out.key("perMonth"_L1);
    out.beginArray();
    if (year || !months.isEmpty()) {
        QDate month = year ? QDate(*year, 1, 1)
                           : QDate::fromString(months.firstKey() + u"-01"_s, Qt::ISODate);
        const QDate end = year ? QDate(*year, 12, 1)
                               : QDate::fromString(months.lastKey() + u"-01"_s, Qt::ISODate);
        for (; month.isValid() && month <= end; month = month.addMonths(1)) {
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
    out.key("byWeekday"_L1);
    out.beginArray();
    for (const qint64 n : weekdays)
        out.integer(n);
    out.endArray();

    // Distinct films per genre and director (most first, ties by name; ten directors at most),
    // and per decade of release (in order).
    const auto ranked = [&](const char *key, const QHash<QString, QSet<qint64>> &groups,
                            QLatin1StringView name, qsizetype limit) {
        QList<std::pair<QString, qint64>> rows;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            rows.append({it.key(), it->size()});
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        out.key(QLatin1StringView(key));
        out.beginArray();
        for (qsizetype i = 0; i < rows.size() && i < limit; ++i) {
            out.beginObject();
            out.key(name);
            out.string(rows[i].first);
            out.key("films"_L1);
            out.integer(rows[i].second);
            out.endObject();
        }
        out.endArray();
    };
    ranked("byGenre", genres, "genre"_L1, std::numeric_limits<qsizetype>::max());
    out.key("byDecade"_L1);
    out.beginArray();
    for (auto it = decades.cbegin(); it != decades.cend(); ++it) {
        out.beginObject();
        out.key("decade"_L1);
        out.integer(it.key());
        out.key("films"_L1);
        out.integer(it->size());
        out.endObject();
    }
    out.endArray();
    ranked("topDirectors", directors, "director"_L1, 10);

    // One film, or null: the first and last viewing, the longest film watched.
    const auto one = [&](const char *key, const std::optional<Film> &film,
                         QLatin1StringView valueKey, bool number) {
        out.key(QLatin1StringView(key));
        if (!film) {
            out.null();
            return;
        }
        beginFilm(out, film->id, film->title, film->year);
        out.key(valueKey);
        if (number)
            out.integer(film->value.toLongLong());
        else
            out.string(film->value);
        out.endObject();
    };
    one("first", first, "watchedOn"_L1, false);
    one("last", last, "watchedOn"_L1, false);
    one("longest", longest, "runtimeMinutes"_L1, true);

    // The rated films in one pass: the histogram, rating against IMDb, the five highest rated
    // (ties by title).
    std::array<qint64, 10> buckets{}; // 0.5 … 5
    struct Rated
    {
        qint64 id;
        QString title;
        QVariant year;
        double rating;
    };
    QList<Rated> best;
    out.key("ratingVsImdb"_L1);
    out.beginArray();
    if (done = eachRow(m_db,
                       u"SELECT m.id, m.title, m.year, um.rating, m.imdb_rating"_s + rated
                               + u" ORDER BY m.id"_s,
                       ratedBinds,
                       [&](const QSqlQuery &q) {
                           const double rating = q.value(3).toDouble();
                           const int half = qRound(rating * 2);
                           if (half >= 1 && half <= 10)
                               ++buckets[std::size_t(half - 1)];
                           if (!q.value(4).isNull()) {
                               out.beginArray();
                               out.integer(q.value(0).toLongLong());
                               text(out, q.value(1));
                               out.number(rating);
                               out.number(q.value(4).toDouble());
                               out.endArray();
                           }
                           const Rated film{q.value(0).toLongLong(), q.value(1).toString(),
                                            q.value(2), rating};
                           const auto before = [](const Rated &a, const Rated &b) {
                               return a.rating != b.rating ? a.rating > b.rating
                                                           : a.title < b.title;
                           };
                           if (best.size() < 5 || before(film, best.constLast())) {
                               best.insert(std::upper_bound(best.begin(), best.end(), film, before)
                                                   - best.begin(),
                                           film);
                               if (best.size() > 5)
                                   best.removeLast();
                           }
                       });
        !done)
        return done.fault();
    out.endArray();
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
    out.key("highestRated"_L1);
    out.beginArray();
    for (const Rated &film : std::as_const(best)) {
        beginFilm(out, film.id, film.title, film.year);
        out.key("rating"_L1);
        out.number(film.rating);
        out.endObject();
    }
    out.endArray();

    const auto catalogue = this->catalogue();
    if (!catalogue)
        return catalogue.fault();
    out.key("catalogue"_L1);
    out.raw(*catalogue);
    out.endObject();
    return out.take();
}

void StatsStore::warm()
{
    // (A failure is the next request's to report.)
    Q_UNUSED(catalogue());
}

Result<QByteArray> StatsStore::catalogue()
{
    // Everyone's, and large (four values per film): made once per version of the catalogue.
    const auto kept = [this](quint64 version) -> std::optional<QByteArray> {
        if (!m_movies.keepsCaches())
            return std::nullopt;
        QMutexLocker lock(&m_cacheLock);
        return m_catalogueVersion == version ? std::optional(m_catalogue) : std::nullopt;
    };
    quint64 version = m_movies.version(); // read first: a write meanwhile makes it stale
    if (auto json = kept(version))
        return *json;
    // Another thread may be making it (the warm-up): wait for that rather than do it twice.
    QMutexLocker making(&m_makeLock);
    version = m_movies.version();
    if (auto json = kept(version))
        return *json;
    JsonWriter out(1024 * 1024);
    Done done;
    out.beginObject();
    out.key("perDecade"_L1);
    if (done = counts(m_db, out,
                      u"SELECT (year / 10) * 10, COUNT(*) FROM movies WHERE year IS NOT NULL "
                      u"GROUP BY 1 ORDER BY 1"_s,
                      {}, "decade"_L1, true);
        !done)
        return done.fault();
    // The two scatters in one pass over the catalogue (after counting what each has).
    const QString scores = u"imdb_rating IS NOT NULL AND rotten_tomatoes_rating IS NOT NULL"_s;
    const QString money = u"production_budget IS NOT NULL AND worldwide_gross IS NOT NULL"_s;
    qint64 films = 0, scored = 0, costed = 0;
    if (done = eachRow(
                m_db,
                u"SELECT COUNT(*), COUNT(CASE WHEN %1 THEN 1 END), COUNT(CASE WHEN %2 THEN 1 END) "
                u"FROM movies"_s.arg(scores, money),
                {},
                [&](const QSqlQuery &q) {
                    films = q.value(0).toLongLong();
                    scored = q.value(1).toLongLong();
                    costed = q.value(2).toLongLong();
                });
        !done)
        return done.fault();
    Pairs scorePairs(scored), moneyPairs(costed);
    if (done = eachRow(m_db,
                       u"SELECT id, title, %1, imdb_rating, rotten_tomatoes_rating, %2, "
                       u"production_budget, worldwide_gross FROM movies WHERE (%1) OR (%2) "
                       u"ORDER BY id"_s.arg(scores, money),
                       {},
                       [&](const QSqlQuery &q) {
                           if (q.value(2).toInt())
                               scorePairs.add(q.value(0).toLongLong(), q.value(1),
                                              q.value(3).toDouble(), q.value(4).toDouble());
                           if (q.value(5).toInt())
                               moneyPairs.add(q.value(0).toLongLong(), q.value(1),
                                              q.value(6).toDouble(), q.value(7).toDouble());
                       });
        !done)
        return done.fault();
    out.key("films"_L1);
    out.integer(films);
    out.key("imdbVsRottenTomatoesFilms"_L1);
    out.integer(scored);
    out.key("imdbVsRottenTomatoes"_L1);
    out.raw(scorePairs.take());
    out.key("budgetVsGrossFilms"_L1);
    out.integer(costed);
    out.key("budgetVsGross"_L1);
    out.raw(moneyPairs.take());
    out.endObject();
    QByteArray json = out.take();
    QMutexLocker lock(&m_cacheLock);
    m_catalogue = json;
    m_catalogueVersion = version;
    return json;
}
