// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/databaseurl.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

class SqlDialect;
struct sqlite3;

// The database: a SQLite file in the data dir, or a PostgreSQL database several servers share
// (DatabaseUrl). Every statement is written once; what each engine says differently is in its
// SqlDialect (dialect()).
//
// open() creates the file, switches it to WAL, applies the versioned migrations and seeds a new
// database; on PostgreSQL it creates the schema (PostgresSchema) and seeds, under a lock that
// makes servers starting together do it once. After that every thread that touches the database
// gets its own connection (connection()), opened on first use with the same pragmas, and a cache of
// prepared statements (prepared()). The threads that use it must be long-lived (the server's own
// thread and its worker pool, whose threads never expire): close() removes every connection once
// they are idle.
class Database
{
public:
    explicit Database(const QString &path); // a SQLite file
    explicit Database(DatabaseUrl url);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Creates or upgrades the schema and seeds an empty catalogue. Unusable (the detail says
    // why, in one line) when the file cannot be opened, written, or is not a Reelvault database.
    Done open();
    void close();

    QString path() const { return m_path; } // the SQLite file (empty on PostgreSQL)
    const DatabaseUrl &url() const { return m_url; }
    const SqlDialect &dialect() const { return *m_dialect; }
    bool isPostgres() const { return m_url.isPostgres(); }
    QSqlDatabase connection();
    // A prepared statement for this thread's connection, compiled once per thread and owned by
    // the cache (the reference stays valid until close()). Reset it after use (StatementScope),
    // and do not run the same statement again while its rows are still being read.
    QSqlQuery &prepared(const QString &sql);

    static int schemaVersion();

    // What a failed statement or commit means: StorageFull when the disk (or the size limit)
    // is full (SQLITE_FULL, SQLSTATE 53100), else StorageFailed.
    static Fault faultOf(const QSqlError &error);
    // The dialect of a connection (its driver).
    static const SqlDialect &dialectOf(const QSqlDatabase &db);
    // Binds the values in order and executes; the fault (logged) when it fails.
    static Done run(QSqlQuery &query, const QVariantList &binds);
    // run(), then steps to the first row: whether there is one.
    static Result<bool> fetchOne(QSqlQuery &query, const QVariantList &binds);
    // One prepared statement run with binds, reset after: its first row's first value (null
    // when there is no row), or how many rows it changed.
    Result<QVariant> value(const QString &sql, const QVariantList &binds);
    Result<int> affected(const QString &sql, const QVariantList &binds);
    // Calls row with each row's first two integers, read through SQLite's own API on this
    // thread's connection: QSqlQuery costs about 0.2 µs a row, a quarter of a second more for a
    // million films. binds: text or integers.
    Done eachRow(const QString &sql, const QVariantList &binds,
                 const std::function<void(qint64, qint64)> &row);
    // The values an aggregate reelvault_ids(?, value) in sql was given, in the order it was
    // given them: the same without a row per value (binds start at the second parameter; the
    // first is where they are kept).
    Result<std::vector<qint64>> collectIds(const QString &sql, const QVariantList &binds);
    // The SQLite connection under a QSQLITE one (nullptr for another driver).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    // Whether open() seeds an empty catalogue with the sample films (on by default; off for the
    // target of a copy, DatabaseCopy).
    void setSeeding(bool seed) { m_seeding = seed; }
    // While this thread holds a statement or a transaction of its connection, the connection
    // is kept even when it was lost (StatementScope and Transaction call these); once none is
    // held, a PostgreSQL connection that was lost (the server restarted) is opened again by
    // the next statement.
    static void holdConnection();
    static void releaseConnection();

    // A size limit for the file, in pages (0: none): what a full disk looks like, on demand.
    void setMaxPageCount(qint64 pages) { m_maxPageCount = pages; }

private:
    struct Connection
    {
        QString name;
        std::unordered_map<QString, QSqlQuery> statements;
    };
    Connection &threadConnection();
    Done configure(QSqlDatabase &db) const;
    Done configurePostgres(QSqlDatabase &db) const;
    Done openSqlite();
    Done openPostgres();
    // Creates a new database file 0600; tightens an existing one (and its -wal, -shm).
    Done restrictFiles() const;

    DatabaseUrl m_url;
    const SqlDialect *m_dialect;
    QString m_path;
    QString m_prefix;
    qint64 m_maxPageCount = 0;
    bool m_seeding = true;
    QMutex m_mutex;
    QHash<Qt::HANDLE, Connection *> m_connections;
};

// Resets a statement when it goes out of scope, so no read transaction stays open.
class StatementScope
{
public:
    explicit StatementScope(QSqlQuery &query)
        : m_query(query)
    {
        Database::holdConnection();
    }
    ~StatementScope()
    {
        m_query.finish();
        Database::releaseConnection();
    }
    Q_DISABLE_COPY_MOVE(StatementScope)

private:
    QSqlQuery &m_query;
};

// A write transaction on this thread's connection; rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isActive() const { return m_active; }
    // Whether BEGIN succeeded, and if not, why.
    Done begun() const;
    Done commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    std::optional<Fault> m_fault;
};
