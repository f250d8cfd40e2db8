// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

// Where the server keeps its data: the contract's "Storage back ends".
//
//   sqlite:PATH                                   a SQLite file (the default, in the data dir)
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=…&connect_timeout=…]
//
// postgres:// is accepted for postgresql://, as libpq does. Parts are percent-decoded (a
// password with '@' is written %40). The host may be a Unix socket directory, written
// percent-encoded (%2Fvar%2Frun%2Fpostgresql) or as ?host=/var/run/postgresql. Without a
// password in the URL, libpq reads PGPASSWORD or ~/.pgpass itself.
//
// display() is the URL without its password: the only form that may reach a log line.
class DatabaseUrl
{
public:
    enum class Engine { Sqlite, Postgres };
    static constexpr quint16 DefaultPostgresPort = 5432;

    // InvalidFields-free: an Unusable fault whose detail says, in one line, what is wrong.
    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    QString path() const { return m_path; } // SQLite: the file
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_database; }
    // libpq options for QPSQL's setConnectOptions ("sslmode=require;connect_timeout=5").
    QString connectOptions() const { return m_options; }

    QString display() const;
    // Gives a connection of the engine's driver (QSQLITE, QPSQL) the place to connect to: the
    // file; or host, port, user, password (when given), database and options.
    void configure(QSqlDatabase &db) const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    quint16 m_port = DefaultPostgresPort;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_options;
};
