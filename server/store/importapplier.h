// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "import/importrow.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class Database;

// What one import does to a user's own data, row by row, inside ImportStore's transaction: each
// matched row does what its file means (see ImportStore), and each change is written down in the
// import's journal (import_viewings, import_notes, import_mine with every film's row before and
// after) so that undo can take exactly it back. finish() counts what changed.
class ImportApplier
{
public:
    ImportApplier(Database &db, qint64 userId, qint64 importId, qint64 now);

    // The row, matched to movie.
    Done apply(qint64 movie, const ImportRow &row);
    // Writes each film's row as it is now into the journal; the changes, counted film by film
    // (a rating set twice on the way is one change, or none):
    // {viewings, notes, ratings, watchlist, favourites, tags}.
    Result<QJsonObject> finish();

    // A film's own row as the import sees it: {rating, watchlist, favourite, notes, tags}.
    static Result<QJsonObject> stateOf(Database &db, qint64 userId, qint64 movieId);
    static QString compact(const QJsonObject &o);

private:
    // Before a film's own row changes: what it was, for undo (and the row made if none).
    Done touch(qint64 movie);
    Done setColumn(qint64 movie, const QString &column, const QVariant &value);
    Done addTags(qint64 movie, const QStringList &names);
    // A viewing on the row's day, unless there is one (or onlyIfNone and the film has any); a
    // review fills an empty note of the one there.
    Done addViewing(qint64 movie, const ImportRow &row, bool onlyIfNone);

    static constexpr int MaxTagsPerFilm = 20; // as PATCH /moviedata/{id}/mine allows

    Database &m_db;
    qint64 m_userId;
    qint64 m_importId;
    qint64 m_now;
    QHash<qint64, QJsonObject> m_touched; // film → its row before the import
    int m_viewings = 0;
    int m_notes = 0;
};
