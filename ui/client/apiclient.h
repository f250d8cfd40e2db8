#pragma once

#include "client/apiresult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The desktop app's way to the API: HTTP through QNetworkAccessManager, like any other client.
//
// It holds the session (access and refresh token) and keeps it alive: a request refused with
// 401 while a refresh token is at hand is retried once after POST /token/refresh (one refresh
// at a time, shared by every request waiting for it). When the refresh is refused too, the
// session ends and sessionExpired() tells why.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;

    struct Session
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        QJsonObject user;
        bool isValid() const { return !refreshToken.isEmpty() || !accessToken.isEmpty(); }
    };

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    bool isConnected() const { return m_base.isValid(); }

    const Session &session() const { return m_session; }
    void setSession(const Session &session);
    void clearSession();
    bool isAdmin() const;

    // Any request: method, path with query ("/moviedata?page=2"), JSON body (or none).
    // authenticated: send the access token and refresh it when needed.
    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery,
                        const std::optional<QJsonObject> &body, bool authenticated, Callback done,
                        QObject *context = nullptr);

    void registerAccount(const QString &email, const QString &password, const QString &name,
                         Callback done, QObject *context = nullptr);
    // On success the session is set (and sessionChanged() emitted) before done runs.
    void login(const QString &email, const QString &password, Callback done,
               QObject *context = nullptr);
    // Ends the session here at once and tells the server; done gets the server's answer.
    void logout(Callback done = {}, QObject *context = nullptr);
    void fetchProfile(Callback done, QObject *context = nullptr);
    void updateProfile(const QJsonObject &change, Callback done, QObject *context = nullptr);
    void fetchMovies(const QUrlQuery &query, Callback done, QObject *context = nullptr);
    void createMovie(const QJsonObject &movie, Callback done, QObject *context = nullptr);
    void updateMovie(qint64 id, const QJsonObject &change, Callback done,
                     QObject *context = nullptr);
    void deleteMovie(qint64 id, Callback done, QObject *context = nullptr);

Q_SIGNALS:
    // The tokens changed (login, refresh, logout): time to store them again.
    void sessionChanged();
    // The session could not be kept (the refresh was refused); reason is for the person.
    void sessionExpired(const QString &reason);

private:
    struct Pending
    {
        QByteArray method;
        QString path;
        std::optional<QJsonObject> body;
        Callback done;
        QPointer<QObject> context;
        bool hasContext = false;
    };
    QNetworkReply *dispatch(const Pending &request, bool authenticated, bool mayRefresh);
    void finished(QNetworkReply *reply, const Pending &request, bool authenticated,
                  bool mayRefresh);
    void refreshThenRetry(const Pending &request);
    void deliver(const Pending &request, const ApiResult &result);
    // done, after the session's user is updated from a successful /userdetails answer.
    Callback keepingUser(Callback done);
    static ApiResult resultOf(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    Session m_session;
    bool m_refreshing = false;
    QList<Pending> m_waitingForRefresh;
};
