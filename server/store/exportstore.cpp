// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportstore.h"

#include "database.h"
#include "domain/moviequery.h"
#include "import/csvwriter.h"
#include "import/importreader.h"
#include "moviestore.h"
#include "sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString ratingText(const QVariant &rating)
{
    return rating.isNull() ? QString() : QLocale::c().toString(rating.toDouble(), 'g', 3);
}

QJsonValue orNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

ExportStore::ExportStore(Database &db, MovieStore &movies)
    : m_db(db)
    , m_movies(movies)
{ }

Result<QList<ExportStore::Film>> ExportStore::films(qint64 userId)
{
    QList<Film> out;
    QHash<qint64, int> index;
    {
        QSqlQuery &q = m_db.prepared(
                u"SELECT m.id, m.title, m.year, m.director, m.genre, um.rating, um.watchlist, "
                u"um.favourite, um.notes, um.times_watched, um.last_watched_on FROM user_movies "
                u"um JOIN movies m ON m.id = um.movie_id WHERE um.user_id = ? ORDER BY "_s
                + m_db.dialect().nocase(u"m.sort_title"_s) + u", m.id"_s);
        StatementScope scope(q);
        if (Done done = Database::run(q, {userId}); !done)
            return done.fault();
        while (q.next()) {
            Film f;
            f.id = q.value(0).toLongLong();
            f.title = q.value(1).toString();
            f.year = q.value(2);
            f.director = q.value(3).toString();
            f.genre = q.value(4).toString();
            f.rating = q.value(5);
            f.watchlist = q.value(6).toBool();
            f.favourite = q.value(7).toBool();
            f.notes = q.value(8).toString();
            f.timesWatched = q.value(9).toInt();
            f.lastWatchedOn = q.value(10).toString();
            index.insert(f.id, int(out.size()));
            out << f;
        }
    }
    {
        QSqlQuery &q = m_db.prepared(u"SELECT movie_id, tag FROM user_tags WHERE user_id = ? "
                                     u"ORDER BY movie_id, tag_key"_s);
        StatementScope scope(q);
        if (Done done = Database::run(q, {userId}); !done)
            return done.fault();
        while (q.next()) {
            if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
                out[*it].tags << q.value(1).toString();
        }
    }
    QSqlQuery &q = m_db.prepared(u"SELECT movie_id, watched_on, rewatch, rating, note FROM "
                                 u"viewings WHERE user_id = ? ORDER BY watched_on, id"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {userId}); !done)
        return done.fault();
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
            out[*it].viewings.append({q.value(1).toString(), q.value(2).toBool(), q.value(3),
                                      q.value(4).toString()});
    }
    return out;
}

Result<QByteArray> ExportStore::json(qint64 userId, qint64 now)
{
    const auto all = films(userId);
    if (!all)
        return all.fault();
    QJsonArray items;
    for (const Film &f : *all) {
        QJsonArray viewings;
        for (const Viewing &v : f.viewings)
            viewings.append(QJsonObject{{u"watchedOn"_s, v.watchedOn},
                                        {u"rewatch"_s, v.rewatch},
                                        {u"rating"_s, orNull(v.rating)},
                                        {u"note"_s, textOrNull(v.note)}});
        items.append(QJsonObject{{u"title"_s, f.title},
                                 {u"year"_s, orNull(f.year)},
                                 {u"director"_s, textOrNull(f.director)},
                                 {u"rating"_s, orNull(f.rating)},
                                 {u"watchlist"_s, f.watchlist},
                                 {u"favourite"_s, f.favourite},
                                 {u"tags"_s, QJsonArray::fromStringList(f.tags)},
                                 {u"notes"_s, textOrNull(f.notes)},
                                 {u"viewings"_s, viewings}});
    }
    const QJsonObject doc{
            {u"format"_s, QString::fromLatin1(ImportReader::ExportFormat)},
            {u"version"_s, ImportReader::ExportVersion},
            {u"exportedAt"_s, QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)},
            {u"films"_s, items}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<QByteArray> ExportStore::letterboxd(qint64 userId)
{
    const auto all = films(userId);
    if (!all)
        return all.fault();
    CsvWriter out;
    out.row({u"Title"_s, u"Year"_s, u"Directors"_s, u"WatchedDate"_s, u"Rating"_s, u"Rewatch"_s,
             u"Tags"_s, u"Review"_s});
    for (const Film &f : *all) {
        const QString year = f.year.isNull() ? QString() : f.year.toString();
        const QString tags = f.tags.join(u", "_s);
        for (const Viewing &v : f.viewings)
            out.row({f.title, year, f.director, v.watchedOn,
                     ratingText(v.rating.isNull() ? f.rating : v.rating),
                     v.rewatch ? u"true"_s : u"false"_s, tags, v.note});
        if (f.viewings.isEmpty() && !f.rating.isNull())
            out.row({f.title, year, f.director, QString(), ratingText(f.rating), u"false"_s, tags,
                     QString()});
    }
    return out.take();
}

Result<QByteArray> ExportStore::view(MovieQuery query, qint64 userId)
{
    // The Movie fields as a spreadsheet's columns, then the user's own.
    static const QList<std::pair<QString, QString>> fields{
            {u"title"_s, u"Title"_s},
            {u"year"_s, u"Year"_s},
            {u"releaseDate"_s, u"Release date"_s},
            {u"genre"_s, u"Genre"_s},
            {u"director"_s, u"Director"_s},
            {u"runtimeMinutes"_s, u"Runtime (mins)"_s},
            {u"mpaaRating"_s, u"MPAA rating"_s},
            {u"imdbRating"_s, u"IMDb rating"_s},
            {u"rottenTomatoesRating"_s, u"Rotten Tomatoes"_s},
            {u"distributor"_s, u"Distributor"_s},
            {u"usGross"_s, u"US gross"_s},
            {u"worldwideGross"_s, u"Worldwide gross"_s},
            {u"productionBudget"_s, u"Production budget"_s}};
    QStringList header;
    for (const auto &[key, name] : fields)
        header << name;
    header << u"My rating"_s << u"Times watched"_s << u"Last watched"_s << u"Watchlist"_s
           << u"Favourite"_s << u"Tags"_s << u"Notes"_s;
    CsvWriter out;
    out.row(header);
    const auto text = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QLocale::c().toString(v.toDouble(), 'g', 15);
        return QString();
    };
    const auto yesNo = [](const QJsonValue &v) { return v.toBool() ? u"yes"_s : u"no"_s; };
    query.pageSize = MovieQuery::MaxPageSize;
    for (query.page = 1;; ++query.page) {
        const auto page = m_movies.find(query, userId);
        if (!page)
            return page.fault();
        const QJsonArray items = QJsonDocument::fromJson(page->items).array();
        for (const auto &item : items) {
            const QJsonObject movie = item.toObject();
            const QJsonObject mine = movie.value("mine"_L1).toObject();
            QStringList row;
            row.reserve(header.size());
            for (const auto &[key, name] : fields)
                row << text(movie.value(key));
            QStringList tags;
            for (const auto &tag : mine.value("tags"_L1).toArray())
                tags << tag.toString();
            row << text(mine.value("rating"_L1)) << text(mine.value("timesWatched"_L1))
                << text(mine.value("lastWatchedOn"_L1)) << yesNo(mine.value("watchlist"_L1))
                << yesNo(mine.value("favourite"_L1)) << tags.join(u", "_s)
                << text(mine.value("notes"_L1));
            out.row(row);
        }
        if (items.size() < query.pageSize)
            return out.take();
    }
}
