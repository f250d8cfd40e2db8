// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserver.h"
#include "httpclient.h"
#include "serverconfig.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// The real ApiServer on 127.0.0.1 and a free port, with its data in a temporary directory
// (or a given one, to test what survives a restart).
//
// With REELVAULT_TEST_DATABASE set to a PostgreSQL URL (ctest's *_pg tests: a throwaway cluster,
// tools/pg-cluster), the data is in a database of its own on that server instead, named after
// the data dir (so a restart on the same dir finds it) and dropped with a temporary dir; the
// signing key is then a shared key file in the data dir.
class TestServer
{
public:
    explicit TestServer(QString dataDir = {});
    ~TestServer();

    bool start(ServerConfig config = {});
    void stop();

    ApiServer *server() const { return m_server.get(); }
    quint16 port() const;
    QString dataDir() const { return m_dataDir; }
    HttpClient client() const { return HttpClient(port()); }
    QString error() const { return m_error; }
    // The PostgreSQL server the tests use (REELVAULT_TEST_DATABASE), if any.
    static std::optional<DatabaseUrl> postgres();
    // Where this server keeps its data (after start()): what another server sharing it is
    // given as ServerConfig::database, with signingKeyFile().
    std::optional<DatabaseUrl> database() const { return m_database; }
    QString signingKeyFile() const { return m_keyFile; }
    // A new, empty database on the tests' PostgreSQL server (dropped by dropDatabase()).
    static std::optional<DatabaseUrl> createDatabase(const QString &name);
    static void dropDatabase(const QString &name);
    // A connection named name to this server's database, opened (its SQLite file, or its
    // PostgreSQL database), to look at what was stored; remove it with
    // QSqlDatabase::removeDatabase(name).
    QSqlDatabase inspect(const QString &name) const;

    // Registers (expecting 201) and logs in (expecting 200); returns the login answer.
    QJsonObject registerAndLogin(const QString &email, const QString &password,
                                 const QString &name = {}) const;
    QByteArray login(const QString &email, const QString &password) const;
    // registerAndLogin()'s access token.
    QByteArray registerToken(const QString &email, const QString &password) const;
    QByteArray signingKey() const;
    // Grows the catalogue in dataDir (no server running) to films films, straight in SQLite as
    // tools/grow-catalogue does: the bundled films again under new titles ("Fargo (2)"). Empty
    // on success, else what failed.
    static QString growCatalogue(const QString &dataDir, int films);
    // POST /moviedata/{film}/viewings as token's user; returns the status.
    int addViewing(const QByteArray &token, qint64 film, QLatin1StringView watchedOn,
                   const QJsonValue &rating = QJsonValue::Null, bool rewatch = false) const;

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<ApiServer> m_server;
    QString m_error;
    std::optional<DatabaseUrl> m_database;
    QString m_keyFile;
    QString m_ownDatabase; // made for this server, dropped with it
};
