// SPDX-License-Identifier: GPL-3.0-or-later
#include "authcontroller.h"

#include "auth/accountrules.h"
#include "auth/hashinggate.h"
#include "auth/passwordhasher.h"
#include "auth/recoverycodes.h"
#include "auth/registrationlimiter.h"
#include "auth/tokenservice.h"
#include "core/clock.h"
#include "http/router.h"
#include "logging.h"
#include "store/eventstore.h"
#include "store/recoverycodestore.h"
#include "store/sessionstore.h"
#include "store/userstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

struct Credentials
{
    std::optional<QString> email;
    std::optional<QString> password;
};

// The email and password every sign-up and sign-in sends, both required strings.
Credentials credentialsOf(const QJsonObject &body, FieldErrors *errors)
{
    return {errors->requiredString(body, u"email"_s), errors->requiredString(body, u"password"_s)};
}

void check(FieldErrors *errors, const QString &field, const AccountRules::Verdict &verdict)
{
    if (verdict)
        errors->add(field, verdict->code, verdict->message, verdict->limits);
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
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());

    FieldErrors errors;
    const auto [email, password] = credentialsOf(*body, &errors);
    if (email)
        check(&errors, u"email"_s, m_ctx.rules->checkEmail(*email));
    if (password)
        check(&errors, u"password"_s,
              m_ctx.rules->checkPassword(*password, email.value_or(QString())));
    QString name;
    const QJsonValue nameValue = body->value("name"_L1);
    if (!nameValue.isUndefined() && !nameValue.isNull()) {
        if (!nameValue.isString())
            errors.add(u"name"_s, u"wrong_type"_s, u"name must be a string."_s,
                       {{u"type"_s, u"string"_s}});
        else if (const auto verdict = m_ctx.rules->checkName(nameValue.toString()))
            check(&errors, u"name"_s, verdict);
        else
            name = nameValue.toString().trimmed();
    }
    if (!errors.isEmpty())
        return Problem::response(Fault::invalid(std::move(errors)));
    if (name.isEmpty())
        name = AccountRules::defaultName(*email);

    if (const qint64 wait = m_ctx.registrations->take(request.peer.toString()))
        return Problem::response(
                Fault(Fault::Kind::TooManyRegistrations,
                      u"Too many accounts created from this address; try again in %1 seconds."_s
                              .arg(wait))
                        .withRetryAfter(wait));
    auto queued = m_ctx.hashing->submit(
            HashingGate::Kind::Register,
            [this, email = AccountRules::normalizedEmail(*email), name, password = *password] {
                return createAccount(email, name, password);
            });
    if (!queued)
        return Problem::response(Fault(Fault::Kind::HashingBusy).withRetryAfter(2));
    return std::move(*queued);
}

QHttpServerResponse AuthController::createAccount(const QString &email, const QString &name,
                                                  const QString &password) const
{
    const QString key = AccountRules::emailKey(email);
    // Spares a hash for the common case; the unique key still decides any race below.
    const auto taken = m_ctx.users->emailTaken(key);
    if (!taken)
        return Problem::response(taken.fault());
    if (*taken)
        return Problem::response(Fault::Kind::EmailTaken);

    const QByteArray hash = m_ctx.hasher->hash(password);
    if (hash.isEmpty())
        return Problem::response(Fault::Kind::StorageFailed);
    const auto user = m_ctx.users->create(email, key, name, hash, m_ctx.clock->now());
    if (!user)
        return Problem::response(user.fault());
    qCInfo(lcAuth) << "new account" << user->id << "with role" << user->role;
    // Shown only in this answer; kept only as hashes.
    const QStringList codes = RecoveryCodes::generate();
    if (Done kept = m_ctx.recoveryCodes->replace(user->id, RecoveryCodes::hashes(user->id, codes),
                                                 m_ctx.clock->now());
        !kept) {
        // The account exists; its owner can make codes from the Security tab.
        qCWarning(lcAuth) << "could not store the recovery codes of account" << user->id;
        return Problem::response(kept.fault());
    }
    QHttpServerResponse response = jsonResponse(
            {{u"user"_s, user->toJson()}, {u"recoveryCodes"_s, QJsonArray::fromStringList(codes)}},
            QHttpServerResponse::StatusCode::Created);
    response.addHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/userdetails"));
    return response;
}

Reply AuthController::login(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    FieldErrors errors;
    const auto [email, password] = credentialsOf(*body, &errors);
    if (!errors.isEmpty())
        return Problem::response(
                Fault::invalid(std::move(errors), u"Email and password are required."_s));

    const SecurityEvent::Source source = sourceOf(request);
    if (const qint64 wait
        = m_ctx.throttle->retryAfter(AccountRules::emailKey(*email), source.address))
        return Problem::response(tooManyAttempts(wait));

    return *m_ctx.hashing->submit(HashingGate::Kind::SignIn,
                                  [this, email = *email, password = *password, source] {
                                      return checkCredentials(email, password, source);
                                  });
}

Fault AuthController::tooManyAttempts(qint64 wait)
{
    return Fault(Fault::Kind::TooManyAttempts,
                 u"Too many failed attempts; try again in %1 seconds."_s.arg(wait))
            .withRetryAfter(wait);
}

SecurityEvent::Source AuthController::sourceOf(const ApiRequest &request)
{
    return {clientOf(request), request.peer.toString()};
}

QString AuthController::clientOf(const ApiRequest &request)
{
    // What the session is shown as: X-Client-Name, else the User-Agent, else "unknown"; printable
    // characters only, at most MaxClientLength.
    QByteArray raw = request.header("x-client-name").trimmed();
    if (raw.isEmpty())
        raw = request.header("user-agent").trimmed();
    QString name = QString::fromUtf8(raw);
    for (QChar &c : name) {
        if (!c.isPrint())
            c = u' ';
    }
    name = name.simplified().left(MaxClientLength);
    return name.isEmpty() ? u"unknown"_s : name;
}

QHttpServerResponse AuthController::checkCredentials(const QString &email, const QString &password,
                                                     const SecurityEvent::Source &source) const
{
    using Event = SecurityEvent::Type;
    const QString &address = source.address;
    const QString key = AccountRules::emailKey(email);
    // Again, now that this attempt's turn has come: failures may have piled up while it waited.
    if (const qint64 wait = m_ctx.throttle->retryAfter(key, address))
        return Problem::response(tooManyAttempts(wait));
    const auto account = m_ctx.users->credentials(key);
    if (account.is(Fault::Kind::NotFound)) {
        m_ctx.hasher->verifyAgainstDummy(password);
        m_ctx.throttle->failed(key, address);
        return Problem::response(Fault::Kind::InvalidCredentials);
    }
    if (!account)
        return Problem::response(account.fault());
    if (!m_ctx.hasher->verify(account->passwordHash, password)) {
        qCInfo(lcAuth) << "failed login for account" << account->user.id;
        const qint64 now = m_ctx.clock->now();
        m_ctx.events->record(account->user.id, Event::LoginFailed, source, now);
        if (m_ctx.throttle->failed(key, address))
            m_ctx.events->record(account->user.id, Event::Throttled, source, now);
        return Problem::response(Fault::Kind::InvalidCredentials);
    }
    // Raise old hashes to the current cost while the password is at hand.
    if (m_ctx.hasher->needsRehash(account->passwordHash)) {
        const QByteArray upgraded = m_ctx.hasher->hash(password);
        if (!upgraded.isEmpty() && !m_ctx.users->setPasswordHash(account->user.id, upgraded))
            qCWarning(lcAuth) << "could not store the upgraded hash of account" << account->user.id;
    }
    m_ctx.throttle->succeeded(key);
    const qint64 now = m_ctx.clock->now();
    User user = account->user;
    if (Done recorded = m_ctx.users->recordLogin(user.id, now); !recorded)
        return Problem::response(recorded.fault());
    user.lastLoginAt = now;
    const auto issued = m_ctx.tokens->issue(user, now, source.client);
    if (!issued)
        return Problem::response(issued.fault());
    m_ctx.events->record(user.id, Event::Login, source, now);
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
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    FieldErrors errors;
    const auto token = errors.requiredString(*body, u"refreshToken"_s);
    if (!token)
        return Problem::response(Fault::invalid(std::move(errors)));
    return QtConcurrent::run(
            m_ctx.writer, [this, token = token->toLatin1(), source = sourceOf(request)] {
                const qint64 now = m_ctx.clock->now();
                qint64 reuseBy = 0;
                const auto refreshed = m_ctx.tokens->refresh(token, now, &reuseBy);
                if (reuseBy)
                    m_ctx.events->record(reuseBy, SecurityEvent::Type::RefreshReuseDetected, source,
                                         now);
                if (!refreshed)
                    return Problem::response(refreshed.fault());
                return tokenResponse(u"Token refreshed"_s, refreshed->tokens, refreshed->user);
            });
}

Reply AuthController::logout(ApiRequest &request)
{
    const auto body = request.jsonObject(true);
    if (!body)
        return Problem::response(body.fault());
    const QJsonValue refreshValue = body->value("refreshToken"_L1);
    if (!refreshValue.isUndefined() && !refreshValue.isNull() && !refreshValue.isString()) {
        FieldErrors errors;
        errors.add(u"refreshToken"_s, u"wrong_type"_s, u"refreshToken must be a string."_s,
                   {{u"type"_s, u"string"_s}});
        return Problem::response(Fault::invalid(std::move(errors)));
    }
    const TokenService::Identity who = *request.identity;
    return QtConcurrent::run(
            m_ctx.writer, [this, who, refresh = refreshValue.toString().toLatin1()] {
                const qint64 now = m_ctx.clock->now();
                if (Done revoked = m_ctx.sessions->revoke(who.sessionId, now); !revoked)
                    return Problem::response(revoked.fault());
                // A refresh token of another of this user's logins ends that login too; anyone
                // else's is none of this request's business.
                if (!refresh.isEmpty()) {
                    const auto other = m_ctx.sessions->sessionOfRefreshToken(
                            TokenService::hashRefreshToken(refresh), who.user.id);
                    if (other && !m_ctx.sessions->revoke(*other, now))
                        qCWarning(lcAuth)
                                << "could not end the other login of account" << who.user.id;
                }
                qCInfo(lcAuth) << "account" << who.user.id << "logged out";
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
            });
}
