// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecopy.h"

#include "database.h"
#include "logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

Fault failed(const QString &what, const QSqlError &error)
{
    return Fault(Fault::Kind::Unusable, what + u": "_s + error.text().trimmed());
}

// Computed by the schema itself, on either engine.
bool derived(const QString &table, const QString &column)
{
    return (table == "movies"_L1 && (column == "sort_title"_L1 || column == "search"_L1));
}

} // namespace

const QList<QString> &DatabaseCopy::tables()
{
    static const QList<QString> all{
            u"users"_s,          u"movies"_s,          u"sessions"_s,        u"refresh_tokens"_s,
            u"access_tokens"_s,  u"user_movies"_s,     u"user_tags"_s,       u"viewings"_s,
            u"imports"_s,        u"import_viewings"_s, u"import_notes"_s,    u"import_mine"_s,
            u"import_choices"_s, u"posters"_s,         u"security_events"_s, u"recovery_codes"_s,
    };
    return all;
}

Result<DatabaseCopy::Counts> DatabaseCopy::copy(Database &from, Database &to, Mode mode)
{
    QSqlDatabase source = from.connection();
    QSqlDatabase target = to.connection();
    if (mode == Mode::IntoEmpty) {
        QSqlQuery q(target);
        if (!q.exec(u"SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM movies)"_s)
            || !q.next())
            return failed(u"cannot read the target database"_s, q.lastError());
        if (q.value(0).toLongLong() != 0)
            return Fault(Fault::Kind::Unusable,
                         u"the target database is not empty (it has films or accounts): give "
                         u"a new one"_s);
    }
    Transaction tx(target);
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    if (mode == Mode::Replace) {
        QSqlQuery q(target);
        for (auto it = tables().crbegin(); it != tables().crend(); ++it) {
            if (!q.exec(u"DELETE FROM "_s + *it))
                return failed(u"cannot empty "_s + *it, q.lastError());
        }
    }
    Counts counts;
    for (const QString &table : tables()) {
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT * FROM "_s + table))
            return failed(u"cannot read "_s + table, read.lastError());
        const QSqlRecord record = read.record();
        QStringList columns;
        QList<int> indexes;
        for (int i = 0; i < record.count(); ++i) {
            if (derived(table, record.fieldName(i)))
                continue;
            columns << record.fieldName(i);
            indexes << i;
        }
        QSqlQuery write(target);
        if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                    table, columns.join(u", "_s),
                    QStringList(columns.size(), u"?"_s).join(u", "_s))))
            return failed(u"cannot write "_s + table, write.lastError());
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < indexes.size(); ++i)
                write.bindValue(i, read.value(indexes[i]));
            if (!write.exec())
                return failed(u"cannot copy a row of "_s + table, write.lastError());
            ++rows;
        }
        if (read.lastError().isValid())
            return failed(u"cannot read "_s + table, read.lastError());
        counts.append({table, rows});
    }
    // The ids continue after the largest copied (identity columns; SQLite needs nothing).
    if (to.isPostgres()) {
        QSqlQuery q(target);
        if (!q.exec(u"SELECT table_name FROM information_schema.columns WHERE is_identity = 'YES' "
                    u"AND column_name = 'id' AND table_schema = current_schema()"_s))
            return failed(u"cannot read the id columns"_s, q.lastError());
        QStringList numbered;
        while (q.next())
            numbered << q.value(0).toString();
        for (const QString &table : std::as_const(numbered)) {
            if (!q.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                        u"COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)"_s.arg(table)))
                return failed(u"cannot continue the ids of "_s + table, q.lastError());
        }
    }
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    return counts;
}
