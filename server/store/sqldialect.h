// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fault.h"
#include "store/databaseurl.h"

#include <QString>
#include <QStringList>

class QSqlError;

// What SQL says differently on each engine the store runs on; everything else is written once.
// SqliteDialect and PostgresDialect are the one place per engine for it (migrations are in
// Migrations and PostgresSchema).
//
// The search: the statements bind searchText() of the words typed, once per place it appears.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    static const SqlDialect &of(DatabaseUrl::Engine engine);

    virtual DatabaseUrl::Engine engine() const = 0;
    // The Qt Sql driver.
    virtual QString driver() const = 0;

    // expr compared and ordered without case (ASCII letters folded, then code point order, as
    // SQLite's NOCASE does), for ORDER BY and for `nocase(expr) = nocase(?)`.
    virtual QString nocase(const QString &expr) const = 0;
    // A subquery of the ids in a JSON array bound as text ("[1,2,3]").
    virtual QString idsIn() const = 0;
    // "expr" + this: expr is one of the texts in a JSON array bound as text ('["a","b"]'), and an
    // index on expr is used.
    virtual QString amongTexts() const = 0;
    // The text values of expr joined with the control character U+001F, in order of key.
    virtual QString joined(const QString &expr, const QString &key) const = 0;
    // A field of a JSON object kept as text in column expr, as the SQL value of that kind (Flag:
    // a JSON boolean as 1 or 0; Json: the value as JSON, comparable with IS DISTINCT FROM).
    enum class JsonKind { Real, Flag, Text, Json };
    virtual QString jsonField(const QString &expr, const QString &field, JsonKind kind) const = 0;
    // Starts a transaction that will write.
    virtual QString beginWrite() const = 0;
    // An index SQLite is told to use; nothing where the planner decides alone.
    virtual QString indexedBy(const QString &index) const = 0;
    // The unary plus that keeps SQLite from using an index on a column; nothing elsewhere.
    virtual QString unindexed() const = 0;

    // The search over title and director.
    // The value bound for the words (letters and digits only), each a prefix, all required.
    virtual QString searchText(const QStringList &words) const = 0;
    // A search that can match nothing (no word typed).
    virtual QString nothingText() const = 0;
    // Whether the search has an index of its own that can be read first (SQLite's FTS5 table);
    // else the search is a condition on the films.
    virtual bool searchIndexLeads() const = 0;
    // The search's index joined to movies m (searchIndexLeads), its id column and its relevance.
    virtual QString searchJoin() const = 0;
    virtual QString searchId() const = 0;
    // The condition of a search leading; of a film m matching it (probe); m.id among the
    // matches (list).
    virtual QString searchMatch() const = 0;
    virtual QString searchProbe() const = 0;
    virtual QString searchList() const = 0;
    // Relevance, best first; binds the search again when withBind.
    virtual QString searchRank(bool *withBind) const = 0;
    // How many films match.
    virtual QString searchCount() const = 0;

    // A failure in the server's terms: StorageFull when the disk is full, else StorageFailed.
    virtual Fault faultOf(const QSqlError &error) const = 0;
    // Whether a statement failed on a UNIQUE constraint (an email already taken).
    virtual bool uniqueViolation(const QSqlError &error) const = 0;
};
