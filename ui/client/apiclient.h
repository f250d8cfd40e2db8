// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/apiresult.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The desktop app's one way to the API: every request of the app, the console, the walk-through
// and the token inspector goes through here, over one QNetworkAccessManager, like any other
// HTTP client. It knows the base URL (url() builds every address) and the session.
//
// It holds the session (access and refresh token) and keeps it alive: a request sent with the
// session and refused with 401 while a refresh token is at hand is retried once after
// POST /token/refresh (one refresh at a time, shared by every request waiting for it). When the
// refresh is refused too, the session ends and sessionExpired() tells why.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Session
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        QJsonObject user;
        bool isValid() const { return !refreshToken.isEmpty() || !accessToken.isEmpty(); }
    };

    // One request, exactly as it will be sent.
    struct Request
    {
        QByteArray method = "GET";
        QString path = QStringLiteral("/"); // decoded, starting with "/"
        QUrlQuery query;
        Headers headers;
        QByteArray body; // sent when not empty (or when the method always has one)
        // Adds the session's bearer token, and refreshes it once on a 401.
        bool withSession = false;
    };

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    // Another server from now on (Settings › Server): what is on its way gets a cancelled
    // answer, and the session is dropped without sessionChanged() (it is the old server's,
    // and stays stored as it was).
    void switchServer(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    // The X-Client-Name of a login from the app and from its API console: the server shows a
    // session by the name it signed in with (GET /sessions).
    static constexpr const char *DesktopClientName = "Reelvault desktop";
    static constexpr const char *ConsoleClientName = "Reelvault console";
    bool isConnected() const { return m_base.isValid(); }
    // The address of a path (and query) on the API.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // "/moviedata?page=2" as a person types it: its path and query; nothing when it is not a
    // path on this server (an absolute URL, no leading "/", a fragment).
    static std::optional<Request> parseTarget(const QString &target);

    const Session &session() const { return m_session; }
    void setSession(const Session &session);
    void clearSession();
    bool isAdmin() const;

    // The raw exchange: any method, path, headers and body; the whole answer back, timed.
    // Returns a number for cancel(). done runs once (with cancelled set when cancelled), unless
    // context was given and is gone by then.
    quint64 exchange(const Request &request, Callback done, QObject *context = nullptr);
    void cancel(quint64 id);
    // How many exchanges are on their way.
    int inFlight() const { return int(m_replies.size()); }

    // A JSON request: path and query, a JSON body (or none); withSession: send the access token
    // and refresh it when needed.
    quint64 send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const std::optional<QJsonObject> &body, bool withSession, Callback done,
                 QObject *context = nullptr);
    // What send() sends: Accept JSON, and the body as JSON when there is one.
    static Request jsonRequest(const QByteArray &method, const QString &path,
                               const QUrlQuery &query, const std::optional<QJsonObject> &body,
                               bool withSession);

    void registerAccount(const QString &email, const QString &password, const QString &name,
                         Callback done, QObject *context = nullptr);
    // On success the session is set (and sessionChanged() emitted) before done runs.
    void login(const QString &email, const QString &password, Callback done,
               QObject *context = nullptr);
    // Ends the session here at once and tells the server; done gets the server's answer.
    void logout(Callback done = {}, QObject *context = nullptr);
    void fetchHealth(Callback done, QObject *context = nullptr); // GET /health, no session
    void fetchProfile(Callback done, QObject *context = nullptr);
    void updateProfile(const QJsonObject &change, Callback done, QObject *context = nullptr);
    // GET /health of the server at base, which need not be this client's (Settings › Server
    // checks an address before it is chosen).
    quint64 checkServer(const QUrl &base, Callback done, QObject *context = nullptr);
    void fetchMovies(const QUrlQuery &query, Callback done, QObject *context = nullptr);
    void fetchMovie(qint64 movieId, Callback done, QObject *context = nullptr);
    void createMovie(const QJsonObject &movie, Callback done, QObject *context = nullptr);
    void updateMovie(qint64 id, const QJsonObject &change, Callback done,
                     QObject *context = nullptr);
    void deleteMovie(qint64 id, Callback done, QObject *context = nullptr);
    // The caller's own film life.
    void updateMine(qint64 movieId, const QJsonObject &change, Callback done,
                    QObject *context = nullptr);
    void addViewing(qint64 movieId, const QJsonObject &viewing, Callback done,
                    QObject *context = nullptr);
    void updateViewing(qint64 viewingId, const QJsonObject &change, Callback done,
                       QObject *context = nullptr);
    void deleteViewing(qint64 viewingId, Callback done, QObject *context = nullptr);
    void fetchTags(Callback done, QObject *context = nullptr); // GET /tags
    // GET /stats: the caller's statistics for a year, or all time (year 0).
    void fetchStats(int year, Callback done, QObject *context = nullptr);
    void fetchViewings(const QUrlQuery &query, Callback done, QObject *context = nullptr);
    void randomMovie(const QUrlQuery &query, Callback done, QObject *context = nullptr);
    // Import and export: POST /imports with the file itself (query: dryRun, choices, fileName);
    // returns the exchange's number, for cancel().
    quint64 importFile(const QByteArray &file, const QByteArray &contentType,
                       const QUrlQuery &query, Callback done, QObject *context = nullptr);
    void fetchImports(Callback done, QObject *context = nullptr);
    void undoImport(qint64 importId, Callback done, QObject *context = nullptr);
    // Posters: GET /moviedata/{id}/poster (the image in the result's body), PUT with the image
    // itself (admins), DELETE (admins).
    void fetchPoster(qint64 movieId, Callback done, QObject *context = nullptr);
    void setPoster(qint64 movieId, const QByteArray &image, const QByteArray &contentType,
                   Callback done, QObject *context = nullptr);
    void removePoster(qint64 movieId, Callback done, QObject *context = nullptr);
    // GET /export?format=…; view: for csv, the catalogue view's parameters (/moviedata's).
    void exportData(const QString &format, const QUrlQuery &view, Callback done,
                    QObject *context = nullptr);

    // The account's security: its sessions, its history, recovery codes; a forgotten password
    // replaced with a code (on success the session is set, as login() does).
    void fetchSessions(Callback done, QObject *context = nullptr);
    void endSession(qint64 sessionId, Callback done, QObject *context = nullptr);
    void endSessions(const QString &scope, Callback done, QObject *context = nullptr);
    void fetchSecurityEvents(int page, int pageSize, Callback done, QObject *context = nullptr);
    void fetchUnusedRecoveryCodes(Callback done, QObject *context = nullptr);
    void newRecoveryCodes(const QString &currentPassword, Callback done,
                          QObject *context = nullptr);
    void recoverAccount(const QString &email, const QString &recoveryCode,
                        const QString &newPassword, Callback done, QObject *context = nullptr);
    // Administrators: the accounts, their roles; backups of the whole catalogue (the file in
    // the result's body) and restores (returns the exchange's number, for uploadProgress()).
    void fetchUsers(Callback done, QObject *context = nullptr);
    void setUserRole(qint64 userId, const QString &role, Callback done, QObject *context = nullptr);
    void deleteUser(qint64 userId, Callback done, QObject *context = nullptr);
    void backup(const QString &passphrase, Callback done, QObject *context = nullptr);
    quint64 restore(const QByteArray &file, const QString &passphrase, Callback done,
                    QObject *context = nullptr);

Q_SIGNALS:
    // The tokens changed (login, refresh, logout): time to store them again.
    void sessionChanged();
    // The session could not be kept (the refresh was refused); reason is for the person.
    void sessionExpired(const QString &reason);
    void inFlightChanged(int count);
    // How much of a request's body has gone (for the exchange numbered id): a file upload's
    // progress. sent == total once all of it is sent.
    void uploadProgress(quint64 id, qint64 sent, qint64 total);

private:
    struct Pending
    {
        quint64 id = 0;
        Request request;
        Callback done;
        QPointer<QObject> context;
        bool hasContext = false;
        QUrl base; // empty: the client's
    };
    // POST /login or /recover: on success the answer's tokens become the session.
    void signIn(const QString &path, const QJsonObject &body, Callback done, QObject *context);
    void dispatch(const Pending &pending, bool mayRefresh);
    void finished(QNetworkReply *reply, const Pending &pending, bool mayRefresh, qint64 elapsedMs);
    void refreshThenRetry(const Pending &pending);
    void deliver(const Pending &pending, const ApiResult &result);
    // done, after the session's user is updated from a successful /userdetails answer.
    Callback keepingUser(Callback done);
    static ApiResult resultOf(QNetworkReply *reply);
    static QUrl urlOn(const QUrl &base, const QString &path, const QUrlQuery &query);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    Session m_session;
    quint64 m_nextId = 1;
    QHash<quint64, QNetworkReply *> m_replies;
    bool m_refreshing = false;
    QList<Pending> m_waitingForRefresh;
};
