// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "import/importchoices.h"
#include "import/importrow.h"
#include "import/titlematcher.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

class Clock;
class Database;
class PersonalStore;

// Brings an imported film history (ImportReader's rows) into a user's own data, and takes it
// back out. Rows are matched to the catalogue (TitleMatcher, then the person's remembered and
// given choices); each matched row then does what its file means:
//   diary and reviews: a viewing on its date (rewatch, rating, tags; a review is its note), unless
//     the user already has a viewing of that film that day (then a review fills an empty note);
//   watched: a viewing only for a film with none; ratings, IMDb ratings: the rating;
//   watchlist, IMDb lists: the watchlist (and a list's own rating); likes: favourite.
// apply() is one transaction, and importing the same rows again changes nothing. preview() is
// the same work rolled back: what it reports is exactly what apply() would do. undo() restores
// what the import changed, except what the user changed again after it (their later choice
// stands), and removes the viewings it added.
class ImportStore
{
public:
    // A person's decision for a row the matching left open: a film, or 0 to skip the row.
    using Choices = ImportChoices::Map; // rowKey(row) → movie id, 0: skip

    struct Outcome
    {
        qint64 importId = 0; // apply() only
        QJsonObject report; // {format, rows, matched, ambiguous, unmatched, skipped, changes}
    };

    ImportStore(Database &db, const Clock &clock, PersonalStore &personal);

    Result<Outcome> preview(qint64 userId, const ImportSet &set, const Choices &choices);
    Result<Outcome> apply(qint64 userId, const ImportSet &set, const Choices &choices);
    // The user's imports, newest first: [{id, createdAt, format, files, rows, applied}].
    Result<QByteArray> list(qint64 userId);
    // NotFound for another user's import or one already undone.
    Done undo(qint64 userId, qint64 importId);

    // What a choice for this row is remembered by: the row's Letterboxd URI or IMDb id, or its
    // title key and year.
    static QString rowKey(const ImportRow &row);

private:
    Result<Outcome> run(qint64 userId, const ImportSet &set, const Choices &choices, bool keep);
    Result<TitleMatcher> matcher();

    Database &m_db;
    const Clock &m_clock;
    PersonalStore &m_personal;
};
