// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

// SQLite 3.40: the search is FTS5 (movies_fts, migration 9), NOCASE the collation.
class SqliteDialect final : public SqlDialect
{
public:
    DatabaseUrl::Engine engine() const override { return DatabaseUrl::Engine::Sqlite; }
    QString driver() const override;
    QString nocase(const QString &expr) const override;
    QString idsIn() const override;
    QString amongTexts() const override;
    QString joined(const QString &expr, const QString &key) const override;
    QString jsonField(const QString &expr, const QString &field, JsonKind kind) const override;
    QString beginWrite() const override;
    QString indexedBy(const QString &index) const override;
    QString unindexed() const override;
    QString searchText(const QStringList &words) const override;
    QString nothingText() const override;
    bool searchIndexLeads() const override { return true; }
    QString searchJoin() const override;
    QString searchId() const override;
    QString searchMatch() const override;
    QString searchProbe() const override;
    QString searchList() const override;
    QString searchRank(bool *withBind) const override;
    QString searchCount() const override;
    Fault faultOf(const QSqlError &error) const override;
    bool uniqueViolation(const QSqlError &error) const override;
};
