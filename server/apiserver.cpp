// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "auth/accountrules.h"
#include "auth/hashinggate.h"
#include "auth/jwtcodec.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/registrationlimiter.h"
#include "auth/signingkey.h"
#include "auth/tokencheckqueue.h"
#include "auth/tokenservice.h"
#include "backup/backups.h"
#include "controllers/authcontroller.h"
#include "controllers/backupcontroller.h"
#include "controllers/importcontroller.h"
#include "controllers/metacontroller.h"
#include "controllers/moviecontroller.h"
#include "controllers/personalcontroller.h"
#include "controllers/postercontroller.h"
#include "controllers/profilecontroller.h"
#include "controllers/securitycontroller.h"
#include "controllers/sessioncontroller.h"
#include "controllers/statscontroller.h"
#include "controllers/usercontroller.h"
#include "core/clock.h"
#include "http/apirequest.h"
#include "http/httplistener.h"
#include "http/requestchannel.h"
#include "http/requestguards.h"
#include "http/router.h"
#include "logging.h"
#include "platform/datadirlock.h"
#include "platform/keychainsecretstore.h"
#include "servercontext.h"
#include "store/database.h"
#include "store/eventstore.h"
#include "store/exportstore.h"
#include "store/importstore.h"
#include "store/loginfailurestore.h"
#include "store/moviestore.h"
#include "store/personalstore.h"
#include "store/posterstore.h"
#include "store/recoverycodestore.h"
#include "store/sessionstore.h"
#include "store/statsstore.h"
#include "store/userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureInterface>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;

// Everything one running server owns. Built in open(): the database first (a bad one must not
// leave a new key behind), then the key, then what needs the key.
struct ApiServer::Components
{
    using StartFailure = ApiServer::StartFailure;

    Components(const DatabaseUrl &databaseUrl, const Clock &clock)
        : database(databaseUrl)
        , users(database)
        , movies(database)
        , sessions(database)
        , personal(database, clock)
        , imports(database, clock, personal)
        , exports(database, movies)
        , posters(database, movies, clock)
        , stats(database, movies)
        , events(database)
        , recoveryCodes(database)
        , loginFailures(database)
        , throttle(clock)
        , registrations(clock)
        , clock(clock)
    { }

    // restoredKey: a restored backup's key, put in place before the key is loaded.
    std::optional<StartFailure> open(const ServerConfig &config, const QUrl &url,
                                     std::function<void(const QByteArray &)> restored,
                                     const QByteArray &restoredKey)
    {
        database.setMaxPageCount(config.maxDatabasePages);
        if (Done opened = database.open(); !opened)
            return StartFailure{StartFailure::Reason::DatabaseUnusable, opened.fault().detail()};
        KeychainSecretStore ownKeychain;
        SecretStore *keychain = config.keychain ? config.keychain.get() : &ownKeychain;
        // A shared key file stays as it is: the other servers of the database read it too, and
        // would not learn of another key (the restored sessions sign in again).
        if (!restoredKey.isEmpty() && config.signingKeyFile.isEmpty()) {
            if (Done stored
                = SigningKey::replace(config.dataDir, config.keyStore, keychain, restoredKey);
                !stored)
                qCCritical(lcAuth).noquote()
                        << "could not keep the restored signing key:" << stored.fault().detail();
        }
        const auto key = config.signingKeyFile.isEmpty()
                ? SigningKey::load(config.dataDir, config.keyStore, keychain)
                : SigningKey::loadShared(config.signingKeyFile);
        if (!key)
            return StartFailure{StartFailure::Reason::SigningKeyUnusable, key.fault().detail()};
        qCInfo(lcAuth).noquote() << "the token-signing key is kept in" << key->location;
        codec = std::make_unique<JwtCodec>(key->key);
        tokens = std::make_unique<TokenService>(*codec, sessions, config.tokenTtlSeconds);
        workers.setMaxThreadCount(config.hashingThreads > 0
                                          ? config.hashingThreads
                                          : qMax(1, QThread::idealThreadCount() - 1));
        writer.setMaxThreadCount(1);
        // Work nobody waits for (the statistics of a changed catalogue: seconds at a million
        // films) has a thread of its own, so that it never holds up a sign-in's hashing.
        background.setMaxThreadCount(1);
        background.setThreadPriority(QThread::LowPriority);
        // Threads that never expire keep their database connection for the server's lifetime.
        workers.setExpiryTimeout(-1);
        writer.setExpiryTimeout(-1);
        // Token checks on a shared database (ApiServer::authorizedLater, TokenCheckQueue): one
        // thread on a connection of its own, reading the checks that wait in one statement.
        // With one check per statement, one thread beat two and four on two cores (7,753, 6,531
        // and 5,779 req/s): switching threads cost more than a second round trip in flight saved.
        checks.setMaxThreadCount(database.isPostgres() ? 1 : 0);
        checks.setExpiryTimeout(-1);
        background.setExpiryTimeout(-1);
        movies.setBackground(&background);
        movies.setRanked(config.rankedPages);
        if (database.isPostgres())
            throttle.share(&loginFailures);
        ServerContext context;
        context.database = &database;
        context.users = &users;
        context.movies = &movies;
        context.sessions = &sessions;
        context.personal = &personal;
        context.imports = &imports;
        context.exports = &exports;
        context.posters = &posters;
        context.stats = &stats;
        context.events = &events;
        context.recoveryCodes = &recoveryCodes;
        context.tokens = tokens.get();
        context.hasher = &hasher;
        context.rules = &rules;
        context.workers = &workers;
        context.writer = &writer;
        context.background = &background;
        context.throttle = &throttle;
        context.clock = &clock;
        context.dataDir = config.dataDir;
        context.signingKey = key->key;
        context.restored = std::move(restored);
        hashing = std::make_unique<HashingGate>(workers,
                                                config.maxQueuedRegistrations > 0
                                                        ? config.maxQueuedRegistrations
                                                        : RegistrationQueuePerThread
                                                                * workers.maxThreadCount());
        context.hashing = hashing.get();
        context.registrations = &registrations;
        auth = std::make_unique<AuthController>(context);
        movieRoutes = std::make_unique<MovieController>(context);
        posterRoutes = std::make_unique<PosterController>(context);
        statsRoutes = std::make_unique<StatsController>(context);
        sessionRoutes = std::make_unique<SessionController>(context);
        securityRoutes = std::make_unique<SecurityController>(context);
        userRoutes = std::make_unique<UserController>(context);
        backupRoutes = std::make_unique<BackupController>(context);
        profile = std::make_unique<ProfileController>(context);
        personalRoutes = std::make_unique<PersonalController>(context);
        importRoutes = std::make_unique<ImportController>(context);
        meta = std::make_unique<MetaController>(url, context);
        auth->registerRoutes(router);
        movieRoutes->registerRoutes(router);
        posterRoutes->registerRoutes(router);
        statsRoutes->registerRoutes(router);
        sessionRoutes->registerRoutes(router);
        securityRoutes->registerRoutes(router);
        userRoutes->registerRoutes(router);
        backupRoutes->registerRoutes(router);
        profile->registerRoutes(router);
        personalRoutes->registerRoutes(router);
        importRoutes->registerRoutes(router);
        meta->registerRoutes(router);
        return std::nullopt;
    }

    Database database;
    UserStore users;
    MovieStore movies;
    SessionStore sessions;
    PersonalStore personal;
    ImportStore imports;
    ExportStore exports;
    PosterStore posters;
    StatsStore stats;
    EventStore events;
    RecoveryCodeStore recoveryCodes;
    PasswordHasher hasher;
    AccountRules rules;
    QThreadPool workers;
    QThreadPool writer;
    QThreadPool background;
    QThreadPool checks;
    LoginFailureStore loginFailures;
    LoginThrottle throttle;
    RegistrationLimiter registrations;
    const Clock &clock;
    std::unique_ptr<HashingGate> hashing;
    // About two seconds of Argon2id per hashing thread may wait; more registrations get 503.
    static constexpr int RegistrationQueuePerThread = 32;
    std::unique_ptr<JwtCodec> codec;
    std::unique_ptr<TokenService> tokens;
    std::unique_ptr<TokenCheckQueue> checkQueue; // on a shared database
    std::unique_ptr<AuthController> auth;
    std::unique_ptr<MovieController> movieRoutes;
    std::unique_ptr<PosterController> posterRoutes;
    std::unique_ptr<StatsController> statsRoutes;
    std::unique_ptr<SessionController> sessionRoutes;
    std::unique_ptr<SecurityController> securityRoutes;
    std::unique_ptr<UserController> userRoutes;
    std::unique_ptr<BackupController> backupRoutes;
    std::unique_ptr<ProfileController> profile;
    std::unique_ptr<PersonalController> personalRoutes;
    std::unique_ptr<ImportController> importRoutes;
    std::unique_ptr<MetaController> meta;
    Router router;
    std::unique_ptr<RequestGuards> guards;
    QTimer purgeTimer;
};

ApiServer::ApiServer(ServerConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
{ }

ApiServer::~ApiServer()
{
    stop();
}

const Router &ApiServer::router() const
{
    return m_c->router;
}

DatabaseUrl ApiServer::databaseUrl() const
{
    return m_config.database
            ? *m_config.database
            : DatabaseUrl::sqlite(QDir(m_config.dataDir).filePath(u"reelvault.sqlite"_s));
}

QUrl ApiServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    return url;
}

bool ApiServer::prepareDataDir(QString *error) const
{
    const QString dir = m_config.dataDir;
    if (dir.isEmpty()) {
        *error = u"no data directory given"_s;
        return false;
    }
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        *error = u"data dir %1 is not a directory"_s.arg(dir);
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create data dir %1"_s.arg(dir);
        return false;
    }
    if (!QFileInfo(dir).isWritable()) {
        *error = u"data dir %1 is not writable"_s.arg(dir);
        return false;
    }
    // The database holds password hashes and emails: the directory is its owner's alone.
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    if (QFile::permissions(dir) & ~ownerOnly) {
        if (QFile::setPermissions(dir, ownerOnly))
            qCWarning(lcApp).noquote() << "the data dir" << QDir::toNativeSeparators(dir)
                                       << "was open to other users; restricted it to its owner";
        else
            qCWarning(lcApp).noquote() << "the data dir" << QDir::toNativeSeparators(dir)
                                       << "is open to other users and its mode cannot be changed";
    }
    return true;
}

bool ApiServer::listenTcp(QString *error)
{
    HttpLimits limits = m_config.http;
    limits.maxBodyBytes = RequestGuards::MaxBodyBytes;
    limits.uploads = RequestGuards::uploadRoutes();
    auto *tcp = new HttpListener(limits, this);
    connect(tcp, &HttpListener::refused, this,
            [](const QByteArray &method, const QByteArray &path, int status) {
                qCInfo(lcHttp).noquote() << method << path << status << "(refused by the parser)";
            });
    if (!tcp->listen(m_config.address, m_config.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_config.address.toString())
                         .arg(m_config.port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    // Connections wait in the kernel's backlog until start() is done: opening the database and
    // the keychain can spin a nested event loop, which must not dispatch requests to a server
    // that is half built.
    tcp->pauseAccepting();
    bind(tcp);
    return true;
}

std::optional<ApiServer::StartFailure> ApiServer::start()
{
    using Reason = StartFailure::Reason;
    QString error;
    // Listen first: a busy port fails before anything is written to the data dir.
    if (!listenTcp(&error))
        return StartFailure{Reason::PortUnavailable, error};
    std::optional<StartFailure> failure;
    m_lock = std::make_unique<DataDirLock>();
    if (!prepareDataDir(&error)
        || !m_lock->tryLock(m_config.dataDir, DataDirLock::Mode::Shared, &error)) {
        failure = StartFailure{Reason::DataDirUnusable, error};
    } else {
        Backups::removeLeftovers(m_config.dataDir);
        failure = openComponents();
    }
    if (failure) {
        stop();
        return failure;
    }
    for (QTcpServer *server : servers())
        server->resumeAccepting();
    qCInfo(lcApp).noquote() << "serving" << url().toString() << "with data in"
                            << (m_config.database ? m_config.database->display()
                                                  : QDir::toNativeSeparators(m_config.dataDir));
    return std::nullopt;
}

std::optional<ApiServer::StartFailure> ApiServer::openComponents(const QByteArray &restoredKey)
{
    m_c = std::make_unique<Components>(databaseUrl(), clock());
    ++m_opened;
    // Queued to this thread: the restore's own answer leaves after the reopening.
    QPointer<ApiServer> self(this);
    auto restored = [self](const QByteArray &key) {
        QMetaObject::invokeMethod(
                self,
                [self, key] {
                    if (self)
                        self->reopenWithKey(key);
                },
                Qt::QueuedConnection);
    };
    if (auto failure = m_c->open(m_config, url(), restored, restoredKey)) {
        m_c.reset();
        return failure;
    }
    m_c->guards = std::make_unique<RequestGuards>(m_config.address, m_port);
    if (m_c->database.isPostgres())
        m_c->checkQueue = std::make_unique<TokenCheckQueue>(*m_c->tokens, m_c->checks, this);
    // Expired token rows are useless; drop them now and then (past any clock leeway).
    m_c->purgeTimer.setInterval(std::chrono::minutes(10));
    connect(&m_c->purgeTimer, &QTimer::timeout, this, [this] {
        purgeExpired();
        m_c->throttle.prune();
        m_c->registrations.prune();
    });
    m_c->purgeTimer.start();
    purgeExpired();
    return std::nullopt;
}

void ApiServer::closeComponents()
{
    if (!m_c)
        return;
    m_c->purgeTimer.stop();
    m_c->checks.waitForDone();
    m_c->workers.waitForDone();
    m_c->writer.waitForDone();
    m_c->background.waitForDone();
    m_c->database.close();
    m_c.reset();
}

void ApiServer::reopenWithKey(const QByteArray &key)
{
    if (!m_c)
        return;
    closeComponents();
    if (auto failure = openComponents(key)) {
        // Nothing sensible can be served: stop listening rather than answer from a half state.
        qCCritical(lcApp).noquote() << "could not reopen the restored data:" << failure->message;
        for (QTcpServer *server : servers())
            server->close();
        return;
    }
    qCInfo(lcApp) << "serving the restored data";
}

const Clock &ApiServer::clock() const
{
    return m_config.clock ? *m_config.clock : Clock::system();
}

qint64 ApiServer::now() const
{
    return clock().now();
}

void ApiServer::purgeExpired()
{
    // Past any clock leeway: a token within it may still be accepted.
    if (!m_c->sessions.purgeExpired(now() - 2 * JwtCodec::DefaultLeewaySeconds))
        qCWarning(lcDb) << "could not drop expired tokens";
    if (!m_c->events.prune(now()))
        qCWarning(lcDb) << "could not drop security events older than a year";
}

void ApiServer::stop()
{
    for (QTcpServer *server : servers())
        server->close();
    closeComponents();
    m_lock.reset();
}

std::variant<QHttpServerResponse, QFuture<QHttpServerResponse>>
ApiServer::dispatch(ApiRequest &request)
{
    // Between a restore and the reopened data (the keychain may spin an event loop meanwhile),
    // or after a reopening failed (logged): nothing can be served.
    if (!m_c || !m_c->guards)
        return Problem::response(
                Fault(Fault::Kind::ConnectionsBusy,
                      u"The server is reopening its data after a restore; try again shortly."_s)
                        .withRetryAfter(1));
    const RequestGuards &guards = *m_c->guards;
    if (auto fault = guards.checkHost(request))
        return Problem::response(*fault);
    const Router::Match match = m_c->router.match(request.method, request.path);
    if (!match.route) {
        if (match.allow.isEmpty())
            return Problem::response(Fault::Kind::NoSuchPath);
        return Problem::response(Fault(Fault::Kind::MethodNotAllowed,
                                       u"%1 is not allowed here; allowed: %2."_s.arg(
                                               QString::fromLatin1(request.methodName),
                                               QString::fromLatin1(match.allow)))
                                         .withAllow(match.allow));
    }
    for (auto check : {&RequestGuards::checkOrigin, &RequestGuards::checkQueryToken,
                       &RequestGuards::checkBody}) {
        if (auto fault = (guards.*check)(request))
            return Problem::response(*fault);
    }
    request.pathParams = match.params;
    if (match.route->access == Router::Access::Public)
        return match.route->handler(request);
    const qint64 usedAt = now();
    // On a shared database the check waits on a round trip to PostgreSQL. With one client it
    // is made here: handing it to another thread and back costs more than the wait. With
    // several, it joins the checks queued for the next read (TokenCheckQueue), so the HTTP
    // thread serves the others meanwhile and one statement checks many tokens.
    if (m_c->checkQueue && openConnections() > 1)
        return authorizedLater(std::move(request), match.route, usedAt);
    auto identity
            = m_c->tokens->authenticate(request.header("authorization"), usedAt,
                                        match.route->reads == Router::Reads::CallerAndPageVersions);
    return authorized(request, *match.route, std::move(identity), usedAt);
}

std::variant<QHttpServerResponse, QFuture<QHttpServerResponse>>
ApiServer::authorized(ApiRequest &request, const Router::Route &route,
                      Result<TokenService::Identity> identity, qint64 usedAt)
{
    if (!identity)
        return Problem::response(identity.fault());
    request.identity = std::move(*identity);
    if (m_c->tokens->shouldNoteUse(request.identity->sessionId, usedAt)) {
        // Written by the writer, after this answer if need be: a request never waits for it.
        m_c->writer.start([sessions = &m_c->sessions, id = request.identity->sessionId, usedAt] {
            Q_UNUSED(sessions->touch(id, usedAt));
        });
    }
    if (route.access == Router::Access::Admin && !request.identity->user.isAdmin())
        return Problem::response(Fault::Kind::NotAdmin);
    return route.handler(request);
}

QFuture<QHttpServerResponse> ApiServer::authorizedLater(ApiRequest request,
                                                        const Router::Route *route, qint64 usedAt)
{
    // A QFutureInterface rather than a QPromise: in Qt 6.4 the answer's taker (handleRequest)
    // resets the shared state, and a QPromise destroyed after that would run the taker again.
    QFutureInterface<QHttpServerResponse> promise;
    promise.reportStarted();
    QFuture<QHttpServerResponse> answer = promise.future();
    // A copy shares the state: each holder may answer (once).
    const auto settle = [promise](QHttpServerResponse &&response) {
        QFutureInterface<QHttpServerResponse> answering(promise);
        answering.reportAndMoveResult(std::move(response));
        answering.reportFinished();
    };
    const QByteArray authorization = request.header("authorization");
    // The route runs on this thread once the check is back. (A plain task and a queued call:
    // a QFuture::then(this, …) continuation on the check's future crashed the server under
    // load with Qt 6.4, inside the continuation's own promise.)
    auto resume = [this, settle, request = std::move(request), route, usedAt,
                   opened = m_opened](Result<TokenService::Identity> identity) mutable {
        // Reopened after a restore meanwhile: the route belongs to the old data.
        if (!m_c || opened != m_opened) {
            settle(Problem::response(
                    Fault(Fault::Kind::ConnectionsBusy,
                          u"The server is reopening its data; try again shortly."_s)
                            .withRetryAfter(1)));
            return;
        }
        auto reply = authorized(request, *route, std::move(identity), usedAt);
        if (auto *response = std::get_if<QHttpServerResponse>(&reply)) {
            settle(std::move(*response));
            return;
        }
        std::get<QFuture<QHttpServerResponse>>(reply).then(
                this, [settle](QHttpServerResponse &&response) { settle(std::move(response)); });
    };
    // Answered on this thread; the pool is drained before the server goes (closeComponents).
    m_c->checkQueue->check(authorization, usedAt, std::move(resume));
    return answer;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest apiRequest = ApiRequest::from(request);
    if (const RequestChannel *channel = RequestChannel::of(socket))
        apiRequest.upload = channel->upload();
    // Kept for the log line: dispatch() may move the request on to a later answer.
    const QByteArray method = apiRequest.methodName;
    const QByteArray path = apiRequest.logPath;
    auto reply = dispatch(apiRequest);
    if (auto *response = std::get_if<QHttpServerResponse>(&reply)) {
        send(std::move(*response), request, socket, method, path, timer);
        return true;
    }
    // In 6.4 a responder holds the raw socket and the socket's request object, which is deleted
    // with the socket: answer only while the connection is still there.
    QPointer<QTcpSocket> connection(socket);
    std::get<QFuture<QHttpServerResponse>>(reply).then(
            this,
            [this, connection, requestObject = &request, method, path,
             timer](QHttpServerResponse &&response) mutable {
                if (!connection || connection->state() != QAbstractSocket::ConnectedState) {
                    qCInfo(lcHttp).noquote() << method << path << "client left before the answer";
                    return;
                }
                send(std::move(response), *requestObject, connection, method, path, timer);
            });
    return true;
}

int ApiServer::openConnections() const
{
    int open = 0;
    for (QTcpServer *server : servers()) {
        if (const auto *listener = qobject_cast<const HttpListener *>(server))
            open += listener->connectionCount();
    }
    return open;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is only reached if it ever declines one.
    QElapsedTimer timer;
    timer.start();
    send(Problem::response(Fault::Kind::NoSuchPath), request, socket,
         ApiRequest::nameOf(request.method()), request.url().path(QUrl::FullyEncoded).toLatin1(),
         timer);
}

void ApiServer::send(QHttpServerResponse &&response, const QHttpServerRequest &request,
                     QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                     const QElapsedTimer &timer)
{
    for (const auto &[name, value] : Problem::commonHeaders()) {
        if (!response.hasHeader(name)) // a route's own (a poster's Cache-Control) stands
            response.addHeader(name, value);
    }
    const int status = int(response.statusCode());
    response.write(makeResponder(request, socket));
    if (RequestChannel *channel = RequestChannel::of(socket))
        channel->responseComplete();
    if (lcHttp().isInfoEnabled()) {
        const QByteArray line = method + ' ' + path + ' ' + QByteArray::number(status) + ' '
                + QByteArray::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) + " ms";
        QMessageLogger(nullptr, 0, nullptr, lcHttp().categoryName()).info("%s", line.constData());
    }
}
