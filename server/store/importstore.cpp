// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstore.h"

#include "core/clock.h"
#include "database.h"
#include "domain/mine.h"
#include "import/titlekey.h"
#include "personalstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

using Source = ImportRow::Source;
constexpr int MaxTagsPerFilm = 20; // as PATCH /moviedata/{id}/mine allows

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

// A film's own row as the import sees it: rating, watchlist, favourite, tags.
Result<QJsonObject> stateOf(Database &db, qint64 userId, qint64 movieId)
{
    QJsonObject state{{u"rating"_s, QJsonValue()},
                      {u"watchlist"_s, false},
                      {u"favourite"_s, false},
                      {u"notes"_s, QJsonValue()},
                      {u"tags"_s, QJsonArray()}};
    {
        QSqlQuery &q = db.prepared(u"SELECT rating, watchlist, favourite, notes FROM user_movies "
                                   u"WHERE user_id = ? AND movie_id = ?"_s);
        StatementScope scope(q);
        if (Done done = Database::run(q, {userId, movieId}); !done)
            return done.fault();
        if (q.next()) {
            state.insert(u"rating"_s, q.value(0).isNull() ? QJsonValue() : q.value(0).toDouble());
            state.insert(u"watchlist"_s, q.value(1).toBool());
            state.insert(u"favourite"_s, q.value(2).toBool());
            state.insert(u"notes"_s, q.value(3).isNull() ? QJsonValue() : q.value(3).toString());
        }
    }
    QSqlQuery &t = db.prepared(u"SELECT tag FROM user_tags WHERE user_id = ? AND movie_id = ? "
                               u"ORDER BY tag_key"_s);
    StatementScope scope(t);
    if (Done done = Database::run(t, {userId, movieId}); !done)
        return done.fault();
    QJsonArray tags;
    while (t.next())
        tags.append(t.value(0).toString());
    state.insert(u"tags"_s, tags);
    return state;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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

    int viewings = 0, notes = 0, ratings = 0, watchlist = 0, favourites = 0, tags = 0;
    QJsonArray matched, ambiguous, unmatched, skipped;
    QHash<qint64, QJsonObject> touched; // film → its row before the import
    // Before a film's own row changes: what it was, for undo.
    const auto touch = [&](qint64 movie) -> Done {
        if (touched.contains(movie))
            return {};
        const auto had = m_db.value(
                u"SELECT 1 FROM user_movies WHERE user_id = ? AND movie_id = ?"_s, {userId, movie});
        if (!had)
            return had.fault();
        const auto before = stateOf(m_db, userId, movie);
        if (!before)
            return before.fault();
        touched.insert(movie, *before);
        if (const auto done
            = m_db.affected(u"INSERT INTO import_mine (import_id, movie_id, had_row, "
                            u"before_state) VALUES (?, ?, ?, ?)"_s,
                            {importId, movie, int(had->isValid()), compact(*before)});
            !done)
            return done.fault();
        if (const auto done
            = m_db.affected(u"INSERT INTO user_movies (user_id, movie_id) VALUES (?, ?) "
                            u"ON CONFLICT DO NOTHING"_s,
                            {userId, movie});
            !done)
            return done.fault();
        return {};
    };
    const auto setColumn = [&](qint64 movie, const QString &column, const QVariant &value) -> Done {
        const auto n = m_db.affected(
                u"UPDATE user_movies SET %1 = ? WHERE user_id = ? AND movie_id = ?"_s.arg(column),
                {value, userId, movie});
        return n ? Done() : Done(n.fault());
    };
    const auto addTags = [&](qint64 movie, const QStringList &names) -> Done {
        for (const QString &tag : names) {
            const auto have = m_db.value(
                    u"SELECT COUNT(*) FROM user_tags WHERE user_id = ? AND movie_id = ?"_s,
                    {userId, movie});
            if (!have)
                return have.fault();
            if (have->toInt() >= MaxTagsPerFilm)
                break;
            const auto n = m_db.affected(
                    u"INSERT INTO user_tags (user_id, movie_id, tag_key, tag) "
                    u"VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                    {userId, movie, Mine::tagKey(tag), tag.left(Mine::MaxTagLength)});
            if (!n)
                return n.fault();
        }
        return {};
    };
    // A viewing on that day, unless there is one; a review fills an empty note of the one there.
    const auto addViewing = [&](qint64 movie, const ImportRow &row, bool onlyIfNone) -> Done {
        if (!row.watchedOn)
            return {};
        const auto any
                = m_db.value(u"SELECT 1 FROM viewings WHERE user_id = ? AND movie_id = ? LIMIT 1"_s,
                             {userId, movie});
        if (!any)
            return any.fault();
        if (onlyIfNone && any->isValid())
            return {};
        const QString date = row.watchedOn->toString(Qt::ISODate);
        QSqlQuery &same = m_db.prepared(u"SELECT id, note FROM viewings WHERE user_id = ? AND "
                                        u"movie_id = ? AND watched_on = ? ORDER BY id LIMIT 1"_s);
        qint64 existing = 0;
        bool noteEmpty = false;
        {
            StatementScope scope(same);
            if (Done done = Database::run(same, {userId, movie, date}); !done)
                return done;
            if (same.next()) {
                existing = same.value(0).toLongLong();
                noteEmpty = same.value(1).isNull();
            }
        }
        const QString note = row.review.left(Mine::MaxNotesLength);
        if (existing) {
            if (note.isEmpty() || !noteEmpty)
                return {};
            if (const auto n
                = m_db.affected(u"UPDATE viewings SET note = ? WHERE id = ?"_s, {note, existing});
                !n)
                return n.fault();
            if (const auto n = m_db.affected(u"INSERT INTO import_notes (import_id, viewing_id, "
                                             u"before_note, after_note) VALUES (?, ?, NULL, ?)"_s,
                                             {importId, existing, note});
                !n)
                return n.fault();
            ++notes;
            return {};
        }
        const auto added = m_db.value(
                u"INSERT INTO viewings (user_id, movie_id, watched_on, rewatch, rating, note, "
                u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                {userId, movie, date, int(row.rewatch),
                 row.rating ? QVariant(*row.rating) : QVariant(QMetaType::fromType<double>()),
                 note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note),
                 m_clock.now()});
        if (!added)
            return added.fault();
        if (const auto n = m_db.affected(u"INSERT INTO import_viewings (import_id, viewing_id) "
                                         u"VALUES (?, ?)"_s,
                                         {importId, added->toLongLong()});
            !n)
            return n.fault();
        ++viewings;
        return {};
    };

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
                            u"movie_id) VALUES (?, ?, ?) ON CONFLICT DO UPDATE "
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
        if (Done done = touch(movie); !done)
            return done.fault();
        Done done;
        switch (row.source) {
        case Source::Diary:
        case Source::Reviews:
            done = addViewing(movie, row, false);
            break;
        case Source::Watched:
            done = addViewing(movie, row, true);
            break;
        case Source::ExportViewing:
            done = addViewing(movie, row, false);
            break;
        case Source::ExportFilm: {
            // Reelvault's own export: the film's row exactly as it was.
            const QVariant none(QMetaType::fromType<double>());
            const QString notesText = row.notes.left(Mine::MaxNotesLength);
            for (const auto &[column, value] :
                 {std::pair{u"rating"_s, row.rating ? QVariant(*row.rating) : none},
                  std::pair{u"watchlist"_s, QVariant(int(row.watchlist))},
                  std::pair{u"favourite"_s, QVariant(int(row.favourite))},
                  std::pair{u"notes"_s,
                            notesText.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(notesText)}}) {
                if (Done d = setColumn(movie, column, value); !d)
                    return d.fault();
            }
            if (Done d = addTags(movie, row.tags); !d)
                return d.fault();
            continue;
        }
        case Source::Ratings:
        case Source::ImdbRatings:
        case Source::Watchlist:
        case Source::ImdbList:
        case Source::Likes:
            break;
        }
        if (!done)
            return done.fault();
        if (row.source == Source::ExportViewing)
            continue; // its rating is the viewing's; the film's own comes with the film
        if (row.rating && row.source != Source::Watched && row.source != Source::Likes) {
            if (Done d = setColumn(movie, u"rating"_s, *row.rating); !d)
                return d.fault();
        }
        if (row.source == Source::Watchlist || row.source == Source::ImdbList) {
            if (Done d = setColumn(movie, u"watchlist"_s, 1); !d)
                return d.fault();
        }
        if (row.source == Source::Likes) {
            if (Done d = setColumn(movie, u"favourite"_s, 1); !d)
                return d.fault();
        }
        if (Done d = addTags(movie, row.tags); !d)
            return d.fault();
    }
    // What each film's row became, so undo can tell a later change of the user's own; and what
    // changed, counted film by film (a rating set twice on the way is one change, or none).
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const qint64 movie = it.key();
        const auto after = stateOf(m_db, userId, movie);
        if (!after)
            return after.fault();
        const QJsonObject &before = it.value();
        ratings += int(after->value(u"rating"_s) != before.value(u"rating"_s));
        watchlist += int(after->value(u"watchlist"_s) != before.value(u"watchlist"_s));
        favourites += int(after->value(u"favourite"_s) != before.value(u"favourite"_s));
        tags += int(after->value(u"tags"_s).toArray().size()
                    - before.value(u"tags"_s).toArray().size());
        if (const auto n
            = m_db.affected(u"UPDATE import_mine SET after_state = ? WHERE import_id = ? "
                            u"AND movie_id = ?"_s,
                            {compact(*after), importId, movie});
            !n)
            return n.fault();
    }
    const QJsonObject changes{{u"viewings"_s, viewings},     {u"notes"_s, notes},
                              {u"ratings"_s, ratings},       {u"watchlist"_s, watchlist},
                              {u"favourites"_s, favourites}, {u"tags"_s, tags}};
    Outcome out;
    out.report = {{u"format"_s, set.format},    {u"files"_s, QJsonArray::fromStringList(set.files)},
                  {u"rows"_s, set.rows.size()}, {u"matched"_s, matched},
                  {u"ambiguous"_s, ambiguous},  {u"unmatched"_s, unmatched},
                  {u"skipped"_s, skipped},      {u"changes"_s, changes}};
    if (!keep)
        return out; // the transaction rolls back: nothing happened
    if (const auto n = m_db.affected(u"UPDATE imports SET summary = ? WHERE id = ?"_s,
                                     {compact(changes), importId});
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
                        u"n.viewing_id = viewings.id AND n.after_note IS viewings.note)"_s,
                        {userId, importId, importId});
        !n)
        return n.fault();
    // Each field of each film's row back to what it was, unless the user has changed it since
    // (it no longer holds what the import left): one statement per field for all the films.
    for (const char *field : {"rating", "watchlist", "favourite", "notes"}) {
        const QString f = QString::fromLatin1(field);
        if (const auto n = m_db.affected(
                    u"UPDATE user_movies SET %1 = (SELECT json_extract(im.before_state, '$.%1') "
                    u"FROM import_mine im WHERE im.import_id = ? AND im.movie_id = "
                    u"user_movies.movie_id) WHERE user_id = ? AND movie_id IN (SELECT movie_id "
                    u"FROM import_mine WHERE import_id = ?) AND EXISTS (SELECT 1 FROM import_mine "
                    u"im WHERE im.import_id = ? AND im.movie_id = user_movies.movie_id AND "
                    u"json_extract(im.after_state, '$.%1') IS user_movies.%1)"_s.arg(f),
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
                u"SELECT movie_id, json_extract(before_state, '$.tags'), json_extract(after_state, "
                u"'$.tags') FROM import_mine WHERE import_id = ? AND json(json_extract("
                u"before_state, '$.tags')) IS NOT json(json_extract(after_state, '$.tags'))"_s);
        StatementScope scope(q);
        if (Done done = Database::run(q, {importId}); !done)
            return done;
        while (q.next())
            tagged.append({q.value(0).toLongLong(),
                           QJsonDocument::fromJson(q.value(1).toByteArray()).array(),
                           QJsonDocument::fromJson(q.value(2).toByteArray()).array()});
    }
    for (const Tagged &t : std::as_const(tagged)) {
        const auto now = stateOf(m_db, userId, t.movie);
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
