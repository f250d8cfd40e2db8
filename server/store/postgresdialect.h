// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

// PostgreSQL 15: the search is a tsvector of title and director without accents (the 'simple'
// configuration: no stemming, no stop words, as FTS5's unicode61) with a GIN index, each word
// a prefix (word:*); NOCASE is lower() in the "C" collation, which folds ASCII letters only.
class PostgresDialect final : public SqlDialect
{
public:
    DatabaseUrl::Engine engine() const override { return DatabaseUrl::Engine::Postgres; }
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
    bool searchIndexLeads() const override { return false; }
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
