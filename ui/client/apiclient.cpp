// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // A local server: no proxy may stand between the app and its own API.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_base = url;
}

void ApiClient::switchServer(const QUrl &url)
{
    // What is on its way to the old server gets a cancelled answer; its session stays where
    // the caller keeps it (no sessionChanged(): that would store or clear it).
    const QList<Pending> waiting = std::exchange(m_waitingForRefresh, {});
    for (const Pending &p : waiting) {
        ApiResult cancelled;
        cancelled.cancelled = true;
        cancelled.networkError = tr("Cancelled");
        deliver(p, cancelled);
    }
    const QList<QNetworkReply *> replies = m_replies.values();
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_session = {};
    m_base = url;
    Q_EMIT inFlightChanged(inFlight());
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    return urlOn(m_base, path, query);
}

QUrl ApiClient::urlOn(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    // A server behind a reverse proxy may live under a path of its own (…/reelvault).
    url.setPath(base.path(QUrl::FullyDecoded) + path, QUrl::DecodedMode);
    url.setQuery(query);
    return url;
}

std::optional<ApiClient::Request> ApiClient::parseTarget(const QString &target)
{
    const QString trimmed = target.trimmed();
    if (!trimmed.startsWith(u'/') || trimmed.startsWith(u"//"_s))
        return std::nullopt;
    const QUrl relative(trimmed, QUrl::StrictMode);
    if (!relative.isValid() || !relative.isRelative() || relative.hasFragment())
        return std::nullopt;
    Request r;
    r.path = relative.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(relative);
    return r;
}

void ApiClient::setSession(const Session &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

void ApiClient::clearSession()
{
    m_session = {};
    Q_EMIT sessionChanged();
}

bool ApiClient::isAdmin() const
{
    return m_session.user.value("role"_L1).toString() == "admin"_L1;
}

ApiResult ApiClient::resultOf(QNetworkReply *reply)
{
    ApiResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    r.body = reply->readAll();
    r.headerList = reply->rawHeaderPairs();
    for (const auto &[name, value] : std::as_const(r.headerList))
        r.headers.insert(name.toLower(), value);
    if (r.status == 0) {
        r.cancelled = reply->error() == QNetworkReply::OperationCanceledError;
        r.networkError = reply->errorString();
    }
    return r;
}

quint64 ApiClient::exchange(const Request &request, Callback done, QObject *context)
{
    const Pending pending{m_nextId++, request, std::move(done), context, context != nullptr, {}};
    dispatch(pending, true);
    return pending.id;
}

void ApiClient::cancel(quint64 id)
{
    if (QNetworkReply *reply = m_replies.value(id)) {
        reply->abort(); // finished() delivers the cancelled answer
        return;
    }
    for (qsizetype i = 0; i < m_waitingForRefresh.size(); ++i) {
        if (m_waitingForRefresh[i].id == id) {
            const Pending pending = m_waitingForRefresh.takeAt(i);
            ApiResult cancelled;
            cancelled.cancelled = true;
            cancelled.networkError = tr("Cancelled");
            Q_EMIT inFlightChanged(inFlight());
            deliver(pending, cancelled);
            return;
        }
    }
}

quint64 ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const std::optional<QJsonObject> &body, bool withSession, Callback done,
                        QObject *context)
{
    return exchange(jsonRequest(method, path, query, body, withSession), std::move(done), context);
}

ApiClient::Request ApiClient::jsonRequest(const QByteArray &method, const QString &path,
                                          const QUrlQuery &query,
                                          const std::optional<QJsonObject> &body, bool withSession)
{
    Request r;
    r.method = method;
    r.path = path;
    r.query = query;
    r.withSession = withSession;
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    if (body) {
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        r.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    return r;
}

void ApiClient::dispatch(const Pending &pending, bool mayRefresh)
{
    const Request &request = pending.request;
    QNetworkRequest r(
            urlOn(pending.base.isEmpty() ? m_base : pending.base, request.path, request.query));
    r.setTransferTimeout(30000);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    if (request.withSession && !m_session.accessToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_session.accessToken);
    QNetworkReply *reply = request.body.isEmpty()
            ? m_network->sendCustomRequest(r, request.method)
            : m_network->sendCustomRequest(r, request.method, request.body);
    m_replies.insert(pending.id, reply);
    Q_EMIT inFlightChanged(inFlight());
    if (!request.body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this,
                [this, id = pending.id](qint64 sent, qint64 total) {
                    if (total > 0)
                        Q_EMIT uploadProgress(id, sent, total);
                });
    }
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending, mayRefresh, timer] {
        finished(reply, pending, mayRefresh, timer.elapsed());
    });
}

void ApiClient::finished(QNetworkReply *reply, const Pending &pending, bool mayRefresh,
                         qint64 elapsedMs)
{
    reply->deleteLater();
    m_replies.remove(pending.id);
    ApiResult result = resultOf(reply);
    result.elapsedMs = elapsedMs;
    if (result.status == 401 && pending.request.withSession && mayRefresh
        && !m_session.refreshToken.isEmpty()) {
        refreshThenRetry(pending);
        return;
    }
    Q_EMIT inFlightChanged(inFlight());
    deliver(pending, result);
}

void ApiClient::deliver(const Pending &pending, const ApiResult &result)
{
    // A widget that went away while its request was on the way does not get the answer.
    if (pending.hasContext && !pending.context)
        return;
    if (pending.done)
        pending.done(result);
}

void ApiClient::refreshThenRetry(const Pending &pending)
{
    m_waitingForRefresh.append(pending);
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QJsonObject body{{u"refreshToken"_s, QString::fromLatin1(m_session.refreshToken)}};
    send("POST", u"/token/refresh"_s, {}, body, false, [this](const ApiResult &result) {
        m_refreshing = false;
        const QList<Pending> waiting = std::exchange(m_waitingForRefresh, {});
        if (result.ok()) {
            const QJsonObject o = result.object();
            m_session.accessToken = o.value("token"_L1).toString().toLatin1();
            m_session.refreshToken = o.value("refreshToken"_L1).toString().toLatin1();
            m_session.user = o.value("user"_L1).toObject();
            Q_EMIT sessionChanged();
            for (const Pending &p : waiting)
                dispatch(p, false);
            return;
        }
        Q_EMIT inFlightChanged(inFlight());
        if (result.status == 0) { // no answer: keep the session, fail the requests
            for (const Pending &p : waiting)
                deliver(p, result);
            return;
        }
        m_session = {};
        Q_EMIT sessionChanged();
        // A refresh token that came back after it was used means a copy of it exists somewhere:
        // the server ended the login to protect it, and the person should know.
        Q_EMIT sessionExpired(result.object().value("reason"_L1).toString() == "reused"_L1
                                      ? tr("Someone used an old sign-in of your account, so that "
                                           "session was ended to protect it. Sign in again, and "
                                           "see Profile › Security for where it came from.")
                                      : tr("Your session has ended. Please sign in again."));
        ApiResult refused = result;
        refused.status = 401;
        for (const Pending &p : waiting)
            deliver(p, refused);
    });
}

void ApiClient::registerAccount(const QString &email, const QString &password, const QString &name,
                                Callback done, QObject *context)
{
    QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    if (!name.trimmed().isEmpty())
        body.insert(u"name"_s, name);
    send("POST", u"/register"_s, {}, body, false, std::move(done), context);
}

void ApiClient::login(const QString &email, const QString &password, Callback done,
                      QObject *context)
{
    signIn(u"/login"_s, QJsonObject{{u"email"_s, email}, {u"password"_s, password}},
           std::move(done), context);
}

void ApiClient::recoverAccount(const QString &email, const QString &recoveryCode,
                               const QString &newPassword, Callback done, QObject *context)
{
    signIn(u"/recover"_s,
           QJsonObject{{u"email"_s, email},
                       {u"recoveryCode"_s, recoveryCode},
                       {u"newPassword"_s, newPassword}},
           std::move(done), context);
}

void ApiClient::signIn(const QString &path, const QJsonObject &body, Callback done,
                       QObject *context)
{
    Request r = jsonRequest("POST", path, {}, body, false);
    // The server shows the session by this name (GET /sessions).
    r.headers << qMakePair(QByteArray("X-Client-Name"), QByteArray(DesktopClientName));
    exchange(
            r,
            [this, done = std::move(done)](const ApiResult &result) {
                if (result.ok()) {
                    const QJsonObject o = result.object();
                    setSession({o.value("token"_L1).toString().toLatin1(),
                                o.value("refreshToken"_L1).toString().toLatin1(),
                                o.value("user"_L1).toObject()});
                }
                if (done)
                    done(result);
            },
            context);
}

void ApiClient::logout(Callback done, QObject *context)
{
    const Session ending = m_session;
    clearSession();
    if (ending.accessToken.isEmpty()) {
        if (done)
            done(ApiResult{});
        return;
    }
    // The ending session's own tokens, not whatever the client holds by the time it is sent.
    Request r;
    r.method = "POST";
    r.path = u"/logout"_s;
    r.headers = {{"Content-Type", "application/json"},
                 {"Authorization", "Bearer " + ending.accessToken}};
    r.body = QJsonDocument(
                     QJsonObject{{u"refreshToken"_s, QString::fromLatin1(ending.refreshToken)}})
                     .toJson(QJsonDocument::Compact);
    exchange(r, std::move(done), context);
}

ApiClient::Callback ApiClient::keepingUser(Callback done)
{
    return [this, done = std::move(done)](const ApiResult &result) {
        if (result.ok())
            m_session.user = result.object();
        if (done)
            done(result);
    };
}

void ApiClient::fetchProfile(Callback done, QObject *context)
{
    send("GET", u"/userdetails"_s, {}, std::nullopt, true, keepingUser(std::move(done)), context);
}

void ApiClient::updateProfile(const QJsonObject &change, Callback done, QObject *context)
{
    send("PATCH", u"/userdetails"_s, {}, change, true, keepingUser(std::move(done)), context);
}

void ApiClient::fetchHealth(Callback done, QObject *context)
{
    send("GET", u"/health"_s, {}, std::nullopt, false, std::move(done), context);
}

quint64 ApiClient::checkServer(const QUrl &base, Callback done, QObject *context)
{
    const Pending pending{
            m_nextId++,         jsonRequest("GET", u"/health"_s, {}, std::nullopt, false),
            std::move(done),    context,
            context != nullptr, base};
    dispatch(pending, false);
    return pending.id;
}

void ApiClient::fetchMovies(const QUrlQuery &query, Callback done, QObject *context)
{
    send("GET", u"/moviedata"_s, query, std::nullopt, true, std::move(done), context);
}

void ApiClient::createMovie(const QJsonObject &movie, Callback done, QObject *context)
{
    send("POST", u"/moviedata"_s, {}, movie, true, std::move(done), context);
}

void ApiClient::updateMovie(qint64 id, const QJsonObject &change, Callback done, QObject *context)
{
    send("PATCH", u"/moviedata/%1"_s.arg(id), {}, change, true, std::move(done), context);
}

void ApiClient::deleteMovie(qint64 id, Callback done, QObject *context)
{
    send("DELETE", u"/moviedata/%1"_s.arg(id), {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::updateMine(qint64 movieId, const QJsonObject &change, Callback done,
                           QObject *context)
{
    send("PATCH", u"/moviedata/%1/mine"_s.arg(movieId), {}, change, true, std::move(done), context);
}

void ApiClient::addViewing(qint64 movieId, const QJsonObject &viewing, Callback done,
                           QObject *context)
{
    send("POST", u"/moviedata/%1/viewings"_s.arg(movieId), {}, viewing, true, std::move(done),
         context);
}

void ApiClient::updateViewing(qint64 viewingId, const QJsonObject &change, Callback done,
                              QObject *context)
{
    send("PATCH", u"/viewings/%1"_s.arg(viewingId), {}, change, true, std::move(done), context);
}

void ApiClient::deleteViewing(qint64 viewingId, Callback done, QObject *context)
{
    send("DELETE", u"/viewings/%1"_s.arg(viewingId), {}, std::nullopt, true, std::move(done),
         context);
}

void ApiClient::fetchViewings(const QUrlQuery &query, Callback done, QObject *context)
{
    send("GET", u"/viewings"_s, query, std::nullopt, true, std::move(done), context);
}

void ApiClient::randomMovie(const QUrlQuery &query, Callback done, QObject *context)
{
    send("GET", u"/moviedata/random"_s, query, std::nullopt, true, std::move(done), context);
}

void ApiClient::fetchMovie(qint64 movieId, Callback done, QObject *context)
{
    send("GET", u"/moviedata/%1"_s.arg(movieId), {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::fetchTags(Callback done, QObject *context)
{
    send("GET", u"/tags"_s, {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::fetchStats(int year, Callback done, QObject *context)
{
    QUrlQuery query;
    if (year > 0)
        query.addQueryItem(u"year"_s, QString::number(year));
    send("GET", u"/stats"_s, query, std::nullopt, true, std::move(done), context);
}

quint64 ApiClient::importFile(const QByteArray &file, const QByteArray &contentType,
                              const QUrlQuery &query, Callback done, QObject *context)
{
    Request r;
    r.method = "POST";
    r.path = u"/imports"_s;
    r.query = query;
    r.withSession = true;
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"))
              << qMakePair(QByteArray("Content-Type"), contentType);
    r.body = file;
    return exchange(r, std::move(done), context);
}

void ApiClient::fetchImports(Callback done, QObject *context)
{
    send("GET", u"/imports"_s, {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::undoImport(qint64 importId, Callback done, QObject *context)
{
    send("DELETE", u"/imports/%1"_s.arg(importId), {}, std::nullopt, true, std::move(done),
         context);
}

void ApiClient::fetchPoster(qint64 movieId, Callback done, QObject *context)
{
    Request r;
    r.method = "GET";
    r.path = u"/moviedata/%1/poster"_s.arg(movieId);
    r.withSession = true;
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("image/*"));
    exchange(r, std::move(done), context);
}

void ApiClient::setPoster(qint64 movieId, const QByteArray &image, const QByteArray &contentType,
                          Callback done, QObject *context)
{
    Request r;
    r.method = "PUT";
    r.path = u"/moviedata/%1/poster"_s.arg(movieId);
    r.withSession = true;
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"))
              << qMakePair(QByteArray("Content-Type"), contentType);
    r.body = image;
    exchange(r, std::move(done), context);
}

void ApiClient::removePoster(qint64 movieId, Callback done, QObject *context)
{
    send("DELETE", u"/moviedata/%1/poster"_s.arg(movieId), {}, std::nullopt, true, std::move(done),
         context);
}

void ApiClient::exportData(const QString &format, const QUrlQuery &view, Callback done,
                           QObject *context)
{
    QUrlQuery query = view;
    query.addQueryItem(u"format"_s, format);
    send("GET", u"/export"_s, query, std::nullopt, true, std::move(done), context);
}

void ApiClient::fetchSessions(Callback done, QObject *context)
{
    send("GET", u"/sessions"_s, {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::endSession(qint64 sessionId, Callback done, QObject *context)
{
    send("DELETE", u"/sessions/%1"_s.arg(sessionId), {}, std::nullopt, true, std::move(done),
         context);
}

void ApiClient::endSessions(const QString &scope, Callback done, QObject *context)
{
    QUrlQuery query;
    query.addQueryItem(u"scope"_s, scope);
    send("DELETE", u"/sessions"_s, query, std::nullopt, true, std::move(done), context);
}

void ApiClient::fetchSecurityEvents(int page, int pageSize, Callback done, QObject *context)
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"pageSize"_s, QString::number(pageSize));
    send("GET", u"/userdetails/events"_s, query, std::nullopt, true, std::move(done), context);
}

void ApiClient::fetchUnusedRecoveryCodes(Callback done, QObject *context)
{
    send("GET", u"/userdetails/recovery-codes"_s, {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::newRecoveryCodes(const QString &currentPassword, Callback done, QObject *context)
{
    send("POST", u"/userdetails/recovery-codes"_s, {},
         QJsonObject{{u"currentPassword"_s, currentPassword}}, true, std::move(done), context);
}

void ApiClient::fetchUsers(Callback done, QObject *context)
{
    send("GET", u"/users"_s, {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::setUserRole(qint64 userId, const QString &role, Callback done, QObject *context)
{
    send("PATCH", u"/users/%1"_s.arg(userId), {}, QJsonObject{{u"role"_s, role}}, true,
         std::move(done), context);
}

void ApiClient::deleteUser(qint64 userId, Callback done, QObject *context)
{
    send("DELETE", u"/users/%1"_s.arg(userId), {}, std::nullopt, true, std::move(done), context);
}

void ApiClient::backup(const QString &passphrase, Callback done, QObject *context)
{
    send("POST", u"/backup"_s, {}, QJsonObject{{u"passphrase"_s, passphrase}}, true,
         std::move(done), context);
}

quint64 ApiClient::restore(const QByteArray &file, const QString &passphrase, Callback done,
                           QObject *context)
{
    Request r;
    r.method = "POST";
    r.path = u"/restore"_s;
    r.withSession = true;
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"))
              << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"))
              << qMakePair(QByteArray("Backup-Passphrase"), passphrase.toUtf8());
    r.body = file;
    return exchange(r, std::move(done), context);
}
