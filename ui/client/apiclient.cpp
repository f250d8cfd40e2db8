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

void ApiClient::setSession(const Session &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

void ApiClient::clearSession()
{
    m_session = {};
    m_waitingForRefresh.clear();
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
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    if (r.status == 0)
        r.networkError = reply->errorString();
    return r;
}

QNetworkReply *ApiClient::send(const QByteArray &method, const QString &pathAndQuery,
                               const std::optional<QJsonObject> &body, bool authenticated,
                               Callback done, QObject *context)
{
    return dispatch({method, pathAndQuery, body, std::move(done), context, context != nullptr},
                    authenticated, true);
}

QNetworkReply *ApiClient::dispatch(const Pending &request, bool authenticated, bool mayRefresh)
{
    QUrl url = m_base;
    const qsizetype q = request.path.indexOf(u'?');
    url.setPath(request.path.left(q));
    if (q >= 0)
        url.setQuery(request.path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    r.setTransferTimeout(30000);
    if (authenticated && !m_session.accessToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_session.accessToken);
    QByteArray payload;
    if (request.body) {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = request.body ? m_network->sendCustomRequest(r, request.method, payload)
                                        : m_network->sendCustomRequest(r, request.method);
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, authenticated, mayRefresh, timer] {
                reply->setProperty("elapsedMs", timer.elapsed());
                finished(reply, request, authenticated, mayRefresh);
            });
    return reply;
}

void ApiClient::finished(QNetworkReply *reply, const Pending &request, bool authenticated,
                         bool mayRefresh)
{
    reply->deleteLater();
    ApiResult result = resultOf(reply);
    result.elapsedMs = reply->property("elapsedMs").toLongLong();
    if (result.status == 401 && authenticated && mayRefresh && !m_session.refreshToken.isEmpty()) {
        refreshThenRetry(request);
        return;
    }
    deliver(request, result);
}

void ApiClient::deliver(const Pending &request, const ApiResult &result)
{
    // A widget that went away while its request was on the way does not get the answer.
    if (request.hasContext && !request.context)
        return;
    if (request.done)
        request.done(result);
}

void ApiClient::refreshThenRetry(const Pending &request)
{
    m_waitingForRefresh.append(request);
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QJsonObject body{{u"refreshToken"_s, QString::fromLatin1(m_session.refreshToken)}};
    dispatch({"POST", u"/token/refresh"_s, body,
              [this](const ApiResult &result) {
                  m_refreshing = false;
                  const QList<Pending> waiting = std::exchange(m_waitingForRefresh, {});
                  if (result.ok()) {
                      const QJsonObject o = result.object();
                      m_session.accessToken = o.value("token"_L1).toString().toLatin1();
                      m_session.refreshToken = o.value("refreshToken"_L1).toString().toLatin1();
                      m_session.user = o.value("user"_L1).toObject();
                      Q_EMIT sessionChanged();
                      for (const Pending &p : waiting)
                          dispatch(p, true, false);
                      return;
                  }
                  if (result.status == 0) { // no answer: keep the session, fail the requests
                      for (const Pending &p : waiting)
                          deliver(p, result);
                      return;
                  }
                  m_session = {};
                  Q_EMIT sessionChanged();
                  Q_EMIT sessionExpired(tr("Your session has ended. Please sign in again."));
                  ApiResult refused = result;
                  refused.status = 401;
                  for (const Pending &p : waiting)
                      deliver(p, refused);
              },
              nullptr, false},
             false, false);
}

void ApiClient::registerAccount(const QString &email, const QString &password, const QString &name,
                                Callback done, QObject *context)
{
    QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    if (!name.trimmed().isEmpty())
        body.insert(u"name"_s, name);
    send("POST", u"/register"_s, body, false, std::move(done), context);
}

void ApiClient::login(const QString &email, const QString &password, Callback done,
                      QObject *context)
{
    send(
            "POST", u"/login"_s, QJsonObject{{u"email"_s, email}, {u"password"_s, password}}, false,
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
    // The ending session's own token, not whatever the client holds by the time it is sent.
    QNetworkRequest r(QUrl(m_base.toString() + u"/logout"_s));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Authorization", "Bearer " + ending.accessToken);
    QNetworkReply *reply
            = m_network->post(r,
                              QJsonDocument(QJsonObject{{u"refreshToken"_s,
                                                         QString::fromLatin1(ending.refreshToken)}})
                                      .toJson(QJsonDocument::Compact));
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, done, guard, context] {
        reply->deleteLater();
        if (done && (!context || guard))
            done(resultOf(reply));
    });
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
    send("GET", u"/userdetails"_s, std::nullopt, true, keepingUser(std::move(done)), context);
}

void ApiClient::updateProfile(const QJsonObject &change, Callback done, QObject *context)
{
    send("PATCH", u"/userdetails"_s, change, true, keepingUser(std::move(done)), context);
}

void ApiClient::fetchMovies(const QUrlQuery &query, Callback done, QObject *context)
{
    const QString q = query.toString(QUrl::FullyEncoded);
    send("GET", q.isEmpty() ? u"/moviedata"_s : u"/moviedata?"_s + q, std::nullopt, true,
         std::move(done), context);
}

void ApiClient::createMovie(const QJsonObject &movie, Callback done, QObject *context)
{
    send("POST", u"/moviedata"_s, movie, true, std::move(done), context);
}

void ApiClient::updateMovie(qint64 id, const QJsonObject &change, Callback done, QObject *context)
{
    send("PATCH", u"/moviedata/%1"_s.arg(id), change, true, std::move(done), context);
}

void ApiClient::deleteMovie(qint64 id, Callback done, QObject *context)
{
    send("DELETE", u"/moviedata/%1"_s.arg(id), std::nullopt, true, std::move(done), context);
}
