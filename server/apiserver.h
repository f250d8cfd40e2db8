// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/tokenservice.h"
#include "core/result.h"
#include "http/router.h"
#include "serverconfig.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFuture>
#include <QHttpServerResponse>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <variant>

class Clock;
class DataDirLock;
struct ApiRequest;
class Router;

// The Reelvault API on QHttpServer: the one class that touches QHttpServer's
// version-dependent calls (6.4: QAbstractHttpServer::handleRequest with a socket, bind()).
//
// Every request goes through dispatch(): Host allowlist, routing (404/405), Origin, query-string
// tokens, body size and type, authentication, then the route's handler. Every answer leaves
// through one function that adds the common headers and logs one line.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ApiServer(ServerConfig config, QObject *parent = nullptr);
    ~ApiServer() override;

    // Why start() failed: what to do about it depends on the reason (the desktop app retries
    // on a free port only for PortUnavailable); message is one line for a person.
    struct StartFailure
    {
        enum class Reason {
            PortUnavailable,
            DataDirUnusable,
            DatabaseUnusable,
            SigningKeyUnusable
        };
        Reason reason;
        QString message;
    };
    // Listens, then opens the data dir, the database and the signing key. Nothing when it runs.
    std::optional<StartFailure> start();
    // Stops accepting, lets running work finish, closes the database.
    void stop();

    quint16 port() const { return m_port; }
    QUrl url() const;
    // Where the data is kept: the configured database, else the data dir's SQLite file.
    DatabaseUrl databaseUrl() const;
    const Router &router() const;
    const ServerConfig &config() const { return m_config; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Components;
    bool prepareDataDir(QString *error) const;
    bool listenTcp(QString *error);
    // The database, the key and everything built on them; a failure leaves none of it.
    // restoredKey: after a restore, the key to put in place first.
    std::optional<StartFailure> openComponents(const QByteArray &restoredKey = {});
    void closeComponents();
    // After a restore: the restored key in its place, then everything reopened over the
    // restored database (run on the server's thread, between two requests).
    void reopenWithKey(const QByteArray &key);
    // The configured clock, else the system's.
    const Clock &clock() const;
    qint64 now() const;
    void purgeExpired();
    int openConnections() const; // HTTP connections open now, on every listener
    std::variant<QHttpServerResponse, QFuture<QHttpServerResponse>> dispatch(ApiRequest &request);
    // A route that needs a signed-in caller, once the token was checked: 401/403 or the route.
    std::variant<QHttpServerResponse, QFuture<QHttpServerResponse>>
    authorized(ApiRequest &request, const Router::Route &route,
               Result<TokenService::Identity> identity, qint64 usedAt);
    // On a shared database with several clients connected the check, a round trip to
    // PostgreSQL, is made by TokenCheckQueue, with the others waiting: the HTTP thread reads the
    // next requests meanwhile; the route then runs on the HTTP thread as always.
    QFuture<QHttpServerResponse> authorizedLater(ApiRequest request, const Router::Route *route,
                                                 qint64 usedAt);
    void send(QHttpServerResponse &&response, const QHttpServerRequest &request, QTcpSocket *socket,
              const QByteArray &method, const QByteArray &path, const QElapsedTimer &timer);

    ServerConfig m_config;
    quint16 m_port = 0;
    std::unique_ptr<Components> m_c;
    quint64 m_opened = 0; // how many times components were opened: a late check is dropped
    std::unique_ptr<DataDirLock> m_lock;
};
