// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

class JsonWriter;

// "Mine": one user's relation to one film, as the contract writes it:
// {watched, timesWatched, lastWatchedOn, rating, watchlist, favourite, tags, notes}. Read from
// user_movies (alias um, left-joined for the caller) and user_tags; changed by
// PATCH /moviedata/{id}/mine.
class Mine
{
public:
    static constexpr double MinRating = 0.5;
    static constexpr double MaxRating = 5;
    static constexpr int MaxTags = 20;
    static constexpr int MaxTagLength = 40;
    static constexpr int MaxNotesLength = 10'000;

    // The columns write() reads, for a SELECT that left-joins user_movies as um.
    static QString selectList(const class SqlDialect &dialect);
    static constexpr int ColumnCount = 7;
    // "mine": {...} from the row's columns first .. first + ColumnCount - 1; writeObject()
    // without the key.
    static void write(JsonWriter &out, const QSqlQuery &row, int first);
    static void writeObject(JsonWriter &out, const QSqlQuery &row, int first);

    // A change: each member set when the body names it; rating and notes may be set to null.
    struct Change
    {
        std::optional<std::optional<double>> rating;
        std::optional<bool> watchlist;
        std::optional<bool> favourite;
        std::optional<QStringList> tags; // trimmed, without case-insensitive repeats
        std::optional<QString> notes; // empty: cleared
    };
    static Result<Change> parse(const QJsonObject &body);

    // A rating: a number from 0.5 to 5 in steps of 0.5 (Letterboxd's half stars), or null.
    // Nothing when it is acceptable.
    static std::optional<FieldErrors::Entry> checkRating(const QJsonValue &value);
    // Notes and a viewing's note: a string up to 10,000 characters, or null.
    static std::optional<FieldErrors::Entry> checkNotes(const QJsonValue &value);
    static QString tagKey(const QString &tag) { return tag.trimmed().toCaseFolded(); }
};
