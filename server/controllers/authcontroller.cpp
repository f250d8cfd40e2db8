#include "authcontroller.h"

#include "auth/accountrules.h"
#include "auth/hashinggate.h"
#include "auth/passwordhasher.h"
#include "auth/registrationlimiter.h"
#include "auth/tokenservice.h"
#include "http/router.h"
#include "logging.h"
#include "store/sessionstore.h"
#include "store/userstore.h"

#include <QJsonObject>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// A required string field: its value, or a message in *errors.
std::optional<QString> stringField(const QJsonObject &body, const QString &name,
                                   QJsonObject *errors)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull()) {
        errors->insert(name, u"%1 is required."_s.arg(name));
        return std::nullopt;
    }
    if (!v.isString()) {
        errors->insert(name, u"%1 must be a string."_s.arg(name));
        return std::nullopt;
    }
    return v.toString();
}

Problem tooManyAttempts(qint64 wait)
{
    return Problem(Problem::StatusCode::TooManyRequests, u"too_many_attempts"_s,
                   u"Too many failed attempts; try again in %1 seconds."_s.arg(wait))
            .withHeader("Retry-After", QByteArray::number(wait));
}

Problem invalidCredentials()
{
    return Problem(Problem::StatusCode::Unauthorized, u"invalid_credentials"_s,
                   u"Wrong email or password."_s);
}

} // namespace

AuthController::AuthController(const ServerContext &context)
    : m_ctx(context)
{ }

void AuthController::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Post, u"/register"_s, Router::Access::Public,
               [this](ApiRequest &r) { return registerUser(r); });
    router.add(M::Post, u"/login"_s, Router::Access::Public,
               [this](ApiRequest &r) { return login(r); });
    router.add(M::Post, u"/token/refresh"_s, Router::Access::Public,
               [this](ApiRequest &r) { return refresh(r); });
    router.add(M::Post, u"/logout"_s, Router::Access::User,
               [this](ApiRequest &r) { return logout(r); });
}

Reply AuthController::registerUser(ApiRequest &request)
{
    auto parsed = request.jsonObject();
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problem->toResponse();
    const QJsonObject body = std::get<QJsonObject>(parsed);

    QJsonObject errors;
    const auto email = stringField(body, u"email"_s, &errors);
    const auto password = stringField(body, u"password"_s, &errors);
    if (email) {
        if (QString e = m_ctx.rules->checkEmail(*email); !e.isEmpty())
            errors.insert(u"email"_s, e);
    }
    if (password) {
        if (QString e = m_ctx.rules->checkPassword(*password, email.value_or(QString()));
            !e.isEmpty())
            errors.insert(u"password"_s, e);
    }
    QString name;
    const QJsonValue nameValue = body.value("name"_L1);
    if (!nameValue.isUndefined() && !nameValue.isNull()) {
        if (!nameValue.isString())
            errors.insert(u"name"_s, u"name must be a string."_s);
        else if (QString e = m_ctx.rules->checkName(nameValue.toString()); !e.isEmpty())
            errors.insert(u"name"_s, e);
        else
            name = nameValue.toString().trimmed();
    }
    if (!errors.isEmpty())
        return Problem::validation(errors).toResponse();
    if (name.isEmpty())
        name = AccountRules::defaultName(*email);

    if (const qint64 wait = m_ctx.registrations->take(request.peer.toString()))
        return Problem(Problem::StatusCode::TooManyRequests, u"too_many_registrations"_s,
                       u"Too many accounts created from this address; try again in %1 seconds."_s
                               .arg(wait))
                .withHeader("Retry-After", QByteArray::number(wait))
                .toResponse();
    auto queued = m_ctx.hashing->submit(
            HashingGate::Kind::Register,
            [this, email = AccountRules::normalizedEmail(*email), name, password = *password] {
                return createAccount(email, name, password);
            });
    if (!queued)
        return Problem(Problem::StatusCode::ServiceUnavailable, u"server_busy"_s,
                       u"Too many accounts are being created right now; try again in a moment."_s)
                .withHeader("Retry-After", "2")
                .toResponse();
    return std::move(*queued);
}

QHttpServerResponse AuthController::createAccount(const QString &email, const QString &name,
                                                  const QString &password) const
{
    const QString key = AccountRules::emailKey(email);
    const Problem taken(Problem::StatusCode::Conflict, u"email_taken"_s,
                        u"An account with this email already exists."_s);
    bool failed = false;
    // Spares a hash for the common case; the unique key still decides any race below.
    if (m_ctx.users->emailTaken(key, &failed))
        return taken.toResponse();
    if (failed)
        return Problem::storeFailure().toResponse();

    const QByteArray hash = m_ctx.hasher->hash(password);
    if (hash.isEmpty())
        return Problem::storeFailure().toResponse();
    User user;
    switch (m_ctx.users->create(email, key, name, hash, ServerContext::now(), &user)) {
    case UserStore::CreateResult::Created: {
        qCInfo(lcAuth) << "new account" << user.id << "with role" << user.role;
        QHttpServerResponse response
                = jsonResponse({{u"user"_s, user.toJson()}}, Problem::StatusCode::Created);
        response.addHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/userdetails"));
        return response;
    }
    case UserStore::CreateResult::EmailTaken:
        return taken.toResponse();
    case UserStore::CreateResult::Failed:
        break;
    }
    return Problem::storeFailure().toResponse();
}

Reply AuthController::login(ApiRequest &request)
{
    auto parsed = request.jsonObject();
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problem->toResponse();
    const QJsonObject body = std::get<QJsonObject>(parsed);
    QJsonObject errors;
    const auto email = stringField(body, u"email"_s, &errors);
    const auto password = stringField(body, u"password"_s, &errors);
    if (!errors.isEmpty())
        return Problem::validation(errors, u"Email and password are required."_s).toResponse();

    const QString address = request.peer.toString();
    if (const qint64 wait = m_ctx.throttle->retryAfter(AccountRules::emailKey(*email), address))
        return tooManyAttempts(wait).toResponse();

    return *m_ctx.hashing->submit(HashingGate::Kind::SignIn,
                                  [this, email = *email, password = *password, address] {
                                      return checkCredentials(email, password, address);
                                  });
}

QHttpServerResponse AuthController::checkCredentials(const QString &email, const QString &password,
                                                     const QString &address) const
{
    const QString key = AccountRules::emailKey(email);
    // Again, now that this attempt's turn has come: failures may have piled up while it waited.
    if (const qint64 wait = m_ctx.throttle->retryAfter(key, address))
        return tooManyAttempts(wait).toResponse();
    bool failed = false;
    auto account = m_ctx.users->credentials(key, &failed);
    if (failed)
        return Problem::storeFailure().toResponse();
    if (!account) {
        m_ctx.hasher->verifyAgainstDummy(password);
        m_ctx.throttle->failed(key, address);
        return invalidCredentials().toResponse();
    }
    if (!m_ctx.hasher->verify(account->passwordHash, password)) {
        qCInfo(lcAuth) << "failed login for account" << account->user.id;
        m_ctx.throttle->failed(key, address);
        return invalidCredentials().toResponse();
    }
    // Raise old hashes to the current cost while the password is at hand.
    if (m_ctx.hasher->needsRehash(account->passwordHash)) {
        const QByteArray upgraded = m_ctx.hasher->hash(password);
        if (!upgraded.isEmpty())
            m_ctx.users->setPasswordHash(account->user.id, upgraded);
    }
    m_ctx.throttle->succeeded(key);
    const qint64 now = ServerContext::now();
    User user = account->user;
    if (!m_ctx.users->recordLogin(user.id, now))
        return Problem::storeFailure().toResponse();
    user.lastLoginAt = now;
    const auto issued = m_ctx.tokens->issue(user, now);
    if (!issued)
        return Problem::storeFailure().toResponse();
    return tokenResponse(u"Login successful"_s, *issued, user);
}

QHttpServerResponse AuthController::tokenResponse(const QString &message,
                                                  const TokenService::Issued &issued,
                                                  const User &user)
{
    return jsonResponse({{u"message"_s, message},
                         {u"token"_s, QString::fromLatin1(issued.accessToken)},
                         {u"tokenType"_s, u"Bearer"_s},
                         {u"expiresIn"_s, issued.expiresIn},
                         {u"refreshToken"_s, QString::fromLatin1(issued.refreshToken)},
                         {u"user"_s, user.toJson()}});
}

Reply AuthController::refresh(ApiRequest &request)
{
    auto parsed = request.jsonObject();
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problem->toResponse();
    QJsonObject errors;
    const auto token = stringField(std::get<QJsonObject>(parsed), u"refreshToken"_s, &errors);
    if (!token)
        return Problem::validation(errors).toResponse();
    return QtConcurrent::run(m_ctx.writer, [this, token = token->toLatin1()] {
        User user;
        auto result = m_ctx.tokens->refresh(token, ServerContext::now(), &user);
        if (auto *problem = std::get_if<Problem>(&result))
            return problem->toResponse();
        return tokenResponse(u"Token refreshed"_s, std::get<TokenService::Issued>(result), user);
    });
}

Reply AuthController::logout(ApiRequest &request)
{
    auto parsed = request.jsonObject(true);
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problem->toResponse();
    const QJsonValue refreshValue = std::get<QJsonObject>(parsed).value("refreshToken"_L1);
    if (!refreshValue.isUndefined() && !refreshValue.isNull() && !refreshValue.isString())
        return Problem::validation({{u"refreshToken"_s, u"refreshToken must be a string."_s}})
                .toResponse();
    const TokenService::Identity who = *request.identity;
    return QtConcurrent::run(
            m_ctx.writer, [this, who, refresh = refreshValue.toString().toLatin1()] {
                const qint64 now = ServerContext::now();
                if (!m_ctx.sessions->revoke(who.sessionId, now))
                    return Problem::storeFailure().toResponse();
                // A refresh token of another of this user's logins ends that login too; anyone
                // else's is none of this request's business.
                if (!refresh.isEmpty()) {
                    if (const auto other = m_ctx.sessions->sessionOfRefreshToken(
                                TokenService::hashRefreshToken(refresh), who.user.id))
                        m_ctx.sessions->revoke(*other, now);
                }
                qCInfo(lcAuth) << "account" << who.user.id << "logged out";
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
            });
}
