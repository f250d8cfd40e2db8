// SPDX-License-Identifier: GPL-3.0-or-later
#include "importapplier.h"

#include "database.h"
#include "domain/mine.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

using Source = ImportRow::Source;

ImportApplier::ImportApplier(Database &db, qint64 userId, qint64 importId, qint64 now)
    : m_db(db)
    , m_userId(userId)
    , m_importId(importId)
    , m_now(now)
{ }

Done ImportApplier::apply(qint64 movie, const ImportRow &row)
{
    if (Done done = touch(movie); !done)
        return done;
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
                return d;
        }
        if (Done d = addTags(movie, row.tags); !d)
            return d;
        return {};
    }
    case Source::Ratings:
    case Source::ImdbRatings:
    case Source::Watchlist:
    case Source::ImdbList:
    case Source::Likes:
        break;
    }
    if (!done)
        return done;
    if (row.source == Source::ExportViewing)
        return {}; // its rating is the viewing's; the film's own comes with the film
    if (row.rating && row.source != Source::Watched && row.source != Source::Likes) {
        if (Done d = setColumn(movie, u"rating"_s, *row.rating); !d)
            return d;
    }
    if (row.source == Source::Watchlist || row.source == Source::ImdbList) {
        if (Done d = setColumn(movie, u"watchlist"_s, 1); !d)
            return d;
    }
    if (row.source == Source::Likes) {
        if (Done d = setColumn(movie, u"favourite"_s, 1); !d)
            return d;
    }
    if (Done d = addTags(movie, row.tags); !d)
        return d;
    return {};
}

Result<QJsonObject> ImportApplier::finish()
{
    // What each film's row became, so undo can tell a later change of the user's own.
    int ratings = 0, watchlist = 0, favourites = 0, tags = 0;
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        const qint64 movie = it.key();
        const auto after = stateOf(m_db, m_userId, movie);
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
                            {compact(*after), m_importId, movie});
            !n)
            return n.fault();
    }
    return QJsonObject{{u"viewings"_s, m_viewings},   {u"notes"_s, m_notes},
                       {u"ratings"_s, ratings},       {u"watchlist"_s, watchlist},
                       {u"favourites"_s, favourites}, {u"tags"_s, tags}};
}

Done ImportApplier::touch(qint64 movie)
{
    if (m_touched.contains(movie))
        return {};
    const auto had = m_db.value(u"SELECT 1 FROM user_movies WHERE user_id = ? AND movie_id = ?"_s,
                                {m_userId, movie});
    if (!had)
        return had.fault();
    const auto before = stateOf(m_db, m_userId, movie);
    if (!before)
        return before.fault();
    m_touched.insert(movie, *before);
    if (const auto done = m_db.affected(u"INSERT INTO import_mine (import_id, movie_id, had_row, "
                                        u"before_state) VALUES (?, ?, ?, ?)"_s,
                                        {m_importId, movie, int(had->isValid()), compact(*before)});
        !done)
        return done.fault();
    if (const auto done
        = m_db.affected(u"INSERT INTO user_movies (user_id, movie_id) VALUES (?, ?) "
                        u"ON CONFLICT DO NOTHING"_s,
                        {m_userId, movie});
        !done)
        return done.fault();
    return {};
}
Done ImportApplier::setColumn(qint64 movie, const QString &column, const QVariant &value)
{
    const auto n = m_db.affected(
            u"UPDATE user_movies SET %1 = ? WHERE user_id = ? AND movie_id = ?"_s.arg(column),
            {value, m_userId, movie});
    return n ? Done() : Done(n.fault());
}
Done ImportApplier::addTags(qint64 movie, const QStringList &names)
{
    for (const QString &tag : names) {
        const auto have
                = m_db.value(u"SELECT COUNT(*) FROM user_tags WHERE user_id = ? AND movie_id = ?"_s,
                             {m_userId, movie});
        if (!have)
            return have.fault();
        if (have->toInt() >= MaxTagsPerFilm)
            break;
        const auto n
                = m_db.affected(u"INSERT INTO user_tags (user_id, movie_id, tag_key, tag) "
                                u"VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                                {m_userId, movie, Mine::tagKey(tag), tag.left(Mine::MaxTagLength)});
        if (!n)
            return n.fault();
    }
    return {};
}
Done ImportApplier::addViewing(qint64 movie, const ImportRow &row, bool onlyIfNone)
{
    if (!row.watchedOn)
        return {};
    const auto any
            = m_db.value(u"SELECT 1 FROM viewings WHERE user_id = ? AND movie_id = ? LIMIT 1"_s,
                         {m_userId, movie});
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
        if (Done done = Database::run(same, {m_userId, movie, date}); !done)
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
                                         {m_importId, existing, note});
            !n)
            return n.fault();
        ++m_notes;
        return {};
    }
    const auto added = m_db.value(
            u"INSERT INTO viewings (user_id, movie_id, watched_on, rewatch, rating, note, "
            u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {m_userId, movie, date, int(row.rewatch),
             row.rating ? QVariant(*row.rating) : QVariant(QMetaType::fromType<double>()),
             note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note), m_now});
    if (!added)
        return added.fault();
    if (const auto n = m_db.affected(u"INSERT INTO import_viewings (import_id, viewing_id) "
                                     u"VALUES (?, ?)"_s,
                                     {m_importId, added->toLongLong()});
        !n)
        return n.fault();
    ++m_viewings;
    return {};
}

Result<QJsonObject> ImportApplier::stateOf(Database &db, qint64 userId, qint64 movieId)
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

QString ImportApplier::compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
