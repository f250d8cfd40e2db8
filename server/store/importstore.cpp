// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstore.h"

#include "core/clock.h"
#include "database.h"
#include "domain/mine.h"
#include "import/titlekey.h"
#include "importapplier.h"
#include "personalstore.h"
#include "sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

using Source = ImportRow::Source;

QString sourceName(Source s)
{
    switch (s) {
    case Source::Diary:
        return u"diary"_s;
    case Source::Reviews:
        return u"reviews"_s;
    case Source::Ratings:
        return u"ratings"_s;
    case Source::Watched:
        return u"watched"_s;
    case Source::Watchlist:
        return u"watchlist"_s;
    case Source::Likes:
        return u"likes"_s;
    case Source::ImdbRatings:
        return u"imdb-ratings"_s;
    case Source::ImdbList:
        return u"imdb-list"_s;
    case Source::ExportFilm:
        return u"film"_s;
    case Source::ExportViewing:
        return u"viewing"_s;
    }
    return {};
}

QJsonObject rowJson(const ImportRow &row)
{
    QJsonObject o{{u"file"_s, row.file},
                  {u"line"_s, row.line},
                  {u"title"_s, row.title},
                  {u"year"_s, row.year ? QJsonValue(*row.year) : QJsonValue()},
                  {u"kind"_s, sourceName(row.source)}};
    if (!row.originalTitle.isEmpty())
        o.insert(u"originalTitle"_s, row.originalTitle);
    o.insert(u"key"_s, ImportStore::rowKey(row));
    return o;
}

QJsonObject filmJson(const TitleMatcher::Film &f)
{
    return {{u"id"_s, f.id},
            {u"title"_s, f.title},
            {u"year"_s, f.year ? QJsonValue(*f.year) : QJsonValue()},
            {u"director"_s, f.director.isEmpty() ? QJsonValue() : QJsonValue(f.director)}};
}

QJsonObject parsed(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

ImportStore::ImportStore(Database &db, const Clock &clock, PersonalStore &personal)
    : m_db(db)
    , m_clock(clock)
    , m_personal(personal)
{ }

QString ImportStore::rowKey(const ImportRow &row)
{
    if (!row.externalId.isEmpty())
        return row.externalId;
    return TitleKey::of(row.title) + u'|' + (row.year ? QString::number(*row.year) : QString());
}

Result<TitleMatcher> ImportStore::matcher()
{
    QSqlQuery &q = m_db.prepared(u"SELECT id, title, year, director FROM movies"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {}); !done)
        return done.fault();
    QList<TitleMatcher::Film> films;
    while (q.next())
        films.append({q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(2).isNull() ? std::nullopt : std::optional(q.value(2).toInt()),
                      q.value(3).toString()});
    return TitleMatcher(std::move(films));
}

Result<ImportStore::Outcome> ImportStore::preview(qint64 userId, const ImportSet &set,
                                                  const Choices &choices)
{
    return run(userId, set, choices, false);
}

Result<ImportStore::Outcome> ImportStore::apply(qint64 userId, const ImportSet &set,
                                                const Choices &choices)
{
    return run(userId, set, choices, true);
}

Result<ImportStore::Outcome> ImportStore::run(qint64 userId, const ImportSet &set,
                                              const Choices &choices, bool keep)
{
    const auto titles = matcher();
    if (!titles)
        return titles.fault();
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    QHash<QString, qint64> remembered;
    {
        QSqlQuery &q = m_db.prepared(
                u"SELECT row_key, movie_id FROM import_choices WHERE user_id = ?"_s);
        StatementScope scope(q);
        if (Done done = Database::run(q, {userId}); !done)
            return done.fault();
        while (q.next())
            remembered.insert(q.value(0).toString(),
                              q.value(1).isNull() ? 0 : q.value(1).toLongLong());
    }
    const auto id = m_db.value(
            u"INSERT INTO imports (user_id, created_at, format, files, rows, summary) "
            u"VALUES (?, ?, ?, ?, ?, '{}') RETURNING id"_s,
            {userId, m_clock.now(), set.format, set.files.join(u", "_s), set.rows.size()});
    if (!id)
        return id.fault();
    const qint64 importId = id->toLongLong();

    QJsonArray matched, ambiguous, unmatched, skipped;
    ImportApplier applier(m_db, userId, importId, m_clock.now());

    for (const ImportRow &row : set.rows) {
        const QString key = rowKey(row);
        QJsonObject described = rowJson(row);
        qint64 movie = 0;
        bool decided = false;
        if (choices.contains(key)) {
            movie = choices.value(key);
            decided = true;
            if (keep) {
                if (const auto n = m_db.affected(
                            u"INSERT INTO import_choices (user_id, row_key, "
                            u"movie_id) VALUES (?, ?, ?) ON CONFLICT (user_id, row_key) DO UPDATE "
                            u"SET movie_id = excluded.movie_id"_s,
                            {userId, key,
                             movie ? QVariant(movie) : QVariant(QMetaType::fromType<qint64>())});
                    !n)
                    return n.fault();
            }
        } else if (remembered.contains(key)) {
            movie = remembered.value(key);
            decided = true;
        }
        const TitleMatcher::Match match = titles->match(row);
        if (match.kind == TitleMatcher::Match::Kind::Skipped || (decided && movie == 0)) {
            skipped.append(described);
            continue;
        }
        if (decided && !titles->film(movie))
            decided = false; // the chosen film has gone from the catalogue
        if (!decided) {
            if (match.kind == TitleMatcher::Match::Kind::Ambiguous) {
                QJsonArray candidates;
                for (const qint64 c : match.candidates)
                    candidates.append(filmJson(*titles->film(c)));
                described.insert(u"candidates"_s, candidates);
                ambiguous.append(described);
                continue;
            }
            if (match.kind == TitleMatcher::Match::Kind::Unmatched) {
                unmatched.append(described);
                continue;
            }
            movie = match.movieId;
        }
        described.insert(u"movie"_s, filmJson(*titles->film(movie)));
        matched.append(described);
        if (Done done = applier.apply(movie, row); !done)
            return done.fault();
    }
    const auto changes = applier.finish();
    if (!changes)
        return changes.fault();
    Outcome out;
    out.report = {{u"format"_s, set.format},    {u"files"_s, QJsonArray::fromStringList(set.files)},
                  {u"rows"_s, set.rows.size()}, {u"matched"_s, matched},
                  {u"ambiguous"_s, ambiguous},  {u"unmatched"_s, unmatched},
                  {u"skipped"_s, skipped},      {u"changes"_s, *changes}};
    if (!keep)
        return out; // the transaction rolls back: nothing happened
    if (const auto n = m_db.affected(u"UPDATE imports SET summary = ? WHERE id = ?"_s,
                                     {ImportApplier::compact(*changes), importId});
        !n)
        return n.fault();
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    m_personal.markChanged(userId);
    out.importId = importId;
    return out;
}

Result<QByteArray> ImportStore::list(qint64 userId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT id, created_at, format, files, rows, summary FROM "
                                 u"imports WHERE user_id = ? ORDER BY id DESC"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {userId}); !done)
        return done.fault();
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                                 {u"createdAt"_s,
                                  QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC)
                                          .toString(Qt::ISODate)},
                                 {u"format"_s, q.value(2).toString()},
                                 {u"files"_s,
                                  QJsonArray::fromStringList(q.value(3).toString().split(
                                          u", "_s, Qt::SkipEmptyParts))},
                                 {u"rows"_s, q.value(4).toInt()},
                                 {u"applied"_s, parsed(q.value(5))}});
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

Done ImportStore::undo(qint64 userId, qint64 importId)
{
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun;
    const auto mine = m_db.value(u"SELECT 1 FROM imports WHERE id = ? AND user_id = ?"_s,
                                 {importId, userId});
    if (!mine)
        return mine.fault();
    if (!mine->isValid())
        return Fault::Kind::NotFound;
    // The viewings it added go (the triggers recount each film's watches).
    if (const auto n = m_db.affected(u"DELETE FROM viewings WHERE user_id = ? AND id IN (SELECT "
                                     u"viewing_id FROM import_viewings WHERE import_id = ?)"_s,
                                     {userId, importId});
        !n)
        return n.fault();
    // Notes it wrote are cleared where they are still its own.
    if (const auto n
        = m_db.affected(u"UPDATE viewings SET note = NULL WHERE user_id = ? AND id IN "
                        u"(SELECT viewing_id FROM import_notes WHERE import_id = ?) AND "
                        u"EXISTS (SELECT 1 FROM import_notes n WHERE n.import_id = ? AND "
                        u"n.viewing_id = viewings.id AND n.after_note IS NOT DISTINCT FROM "
                        u"viewings.note)"_s,
                        {userId, importId, importId});
        !n)
        return n.fault();
    // Each field of each film's row back to what it was, unless the user has changed it since
    // (it no longer holds what the import left): one statement per field for all the films.
    using Kind = SqlDialect::JsonKind;
    const SqlDialect &d = m_db.dialect();
    for (const auto &[field, kind] : {std::pair{"rating", Kind::Real},
                                      {"watchlist", Kind::Flag},
                                      {"favourite", Kind::Flag},
                                      {"notes", Kind::Text}}) {
        const QString f = QString::fromLatin1(field);
        if (const auto n = m_db.affected(
                    u"UPDATE user_movies SET %1 = (SELECT %2 FROM import_mine im WHERE "
                    u"im.import_id = ? AND im.movie_id = user_movies.movie_id) WHERE user_id = ? "
                    u"AND movie_id IN (SELECT movie_id FROM import_mine WHERE import_id = ?) AND "
                    u"EXISTS (SELECT 1 FROM import_mine im WHERE im.import_id = ? AND "
                    u"im.movie_id = user_movies.movie_id AND %3 IS NOT DISTINCT FROM "
                    u"user_movies.%1)"_s.arg(f, d.jsonField(u"im.before_state"_s, f, kind),
                                             d.jsonField(u"im.after_state"_s, f, kind)),
                    {importId, userId, importId, importId});
            !n)
            return n.fault();
    }
    // Tags, for the films whose tags the import changed (and the user has not since).
    struct Tagged
    {
        qint64 movie;
        QJsonValue before, after;
    };
    QList<Tagged> tagged;
    {
        QSqlQuery &q = m_db.prepared(
                u"SELECT movie_id, %1, %2 FROM import_mine WHERE import_id = ? AND %1 IS "
                u"DISTINCT FROM %2"_s.arg(d.jsonField(u"before_state"_s, u"tags"_s, Kind::Json),
                                          d.jsonField(u"after_state"_s, u"tags"_s, Kind::Json)));
        StatementScope scope(q);
        if (Done done = Database::run(q, {importId}); !done)
            return done;
        while (q.next())
            tagged.append({q.value(0).toLongLong(),
                           QJsonDocument::fromJson(q.value(1).toByteArray()).array(),
                           QJsonDocument::fromJson(q.value(2).toByteArray()).array()});
    }
    for (const Tagged &t : std::as_const(tagged)) {
        const auto now = ImportApplier::stateOf(m_db, userId, t.movie);
        if (!now)
            return now.fault();
        if (now->value(u"tags"_s) != t.after)
            continue;
        if (const auto n
            = m_db.affected(u"DELETE FROM user_tags WHERE user_id = ? AND movie_id = ?"_s,
                            {userId, t.movie});
            !n)
            return n.fault();
        for (const auto &tag : t.before.toArray()) {
            if (const auto n
                = m_db.affected(u"INSERT INTO user_tags (user_id, movie_id, tag_key, tag) "
                                u"VALUES (?, ?, ?, ?)"_s,
                                {userId, t.movie, Mine::tagKey(tag.toString()), tag.toString()});
                !n)
                return n.fault();
        }
    }
    // A row the import made, now back to nothing of the user's: gone again.
    if (const auto n = m_db.affected(
                u"DELETE FROM user_movies WHERE user_id = ? AND movie_id IN (SELECT movie_id FROM "
                u"import_mine WHERE import_id = ? AND had_row = 0) AND rating IS NULL AND "
                u"watchlist = 0 AND favourite = 0 AND notes IS NULL AND times_watched = 0 AND NOT "
                u"EXISTS (SELECT 1 FROM user_tags t WHERE t.user_id = user_movies.user_id AND "
                u"t.movie_id = user_movies.movie_id)"_s,
                {userId, importId});
        !n)
        return n.fault();
    if (const auto n = m_db.affected(u"DELETE FROM imports WHERE id = ?"_s, {importId}); !n)
        return n.fault();
    if (Done committed = tx.commit(); !committed)
        return committed;
    m_personal.markChanged(userId);
    return {};
}
