// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitycontroller.h"

#include "auth/accountrules.h"
#include "auth/hashinggate.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/recoverycodes.h"
#include "auth/tokenservice.h"
#include "authcontroller.h"
#include "core/clock.h"
#include "core/jsonwriter.h"
#include "http/router.h"
#include "logging.h"
#include "store/database.h"
#include "store/eventstore.h"
#include "store/recoverycodestore.h"
#include "store/sessionstore.h"
#include "store/userstore.h"

#include <QJsonArray>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// page and pageSize of a list: whole numbers in range, or the errors.
struct PageParams
{
    qint64 page = 1;
    qint64 pageSize = SecurityController::DefaultPageSize;
};

Result<PageParams> pageParams(const QUrlQuery &query)
{
    PageParams p;
    FieldErrors errors;
    if (const auto page = errors.wholeNumber(query, u"page"_s, 1, 1'000'000'000))
        p.page = *page;
    if (const auto size
        = errors.wholeNumber(query, u"pageSize"_s, 1, SecurityController::MaxPageSize))
        p.pageSize = *size;
    if (!errors.isEmpty())
        return Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s);
    return p;
}

QHttpServerResponse codesResponse(const QStringList &codes)
{
    return jsonResponse({{u"recoveryCodes"_s, QJsonArray::fromStringList(codes)}});
}

} // namespace

SecurityController::SecurityController(const ServerContext &context)
    : m_ctx(context)
{ }

void SecurityController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(M::Get, u"/userdetails/events"_s, A::User,
               [this](ApiRequest &r) { return events(r); });
    router.add(M::Get, u"/userdetails/recovery-codes"_s, A::User,
               [this](ApiRequest &r) { return unusedCodes(r); });
    router.add(M::Post, u"/userdetails/recovery-codes"_s, A::User,
               [this](ApiRequest &r) { return newCodes(r); });
    router.add(M::Post, u"/recover"_s, A::Public, [this](ApiRequest &r) { return recover(r); });
}

Reply SecurityController::events(ApiRequest &request)
{
    const auto params = pageParams(request.query);
    if (!params)
        return Problem::response(params.fault());
    const auto page = m_ctx.events->page(request.identity->user.id, params->page, params->pageSize);
    if (!page)
        return Problem::response(page.fault());
    JsonWriter items(128 * page->items.size() + 2);
    items.beginArray();
    for (const SecurityEvent &e : page->items) {
        items.beginObject();
        items.key("at"_L1);
        items.string(User::timestamp(e.at));
        items.key("type"_L1);
        items.string(SecurityEvent::name(e.type));
        items.key("client"_L1);
        items.string(e.source.client);
        items.key("address"_L1);
        items.string(e.source.address);
        items.endObject();
    }
    items.endArray();
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               pageJson(items.take(), params->page, params->pageSize, page->total));
}

Reply SecurityController::unusedCodes(ApiRequest &request)
{
    const auto unused = m_ctx.recoveryCodes->unused(request.identity->user.id);
    if (!unused)
        return Problem::response(unused.fault());
    return jsonResponse({{u"unused"_s, *unused}});
}

Reply SecurityController::newCodes(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    FieldErrors errors;
    const auto current = errors.requiredString(*body, u"currentPassword"_s);
    if (!current)
        return Problem::response(Fault::invalid(std::move(errors)));
    return *m_ctx.hashing->submit(
            HashingGate::Kind::SignIn,
            [this, who = *request.identity, current = *current,
             source = AuthController::sourceOf(request)] {
                const auto hash = m_ctx.users->passwordHash(who.user.id);
                if (!hash)
                    return Problem::response(hash.fault());
                if (!m_ctx.hasher->verify(*hash, current))
                    return Problem::response(Fault::Kind::WrongPassword);
                const QStringList codes = RecoveryCodes::generate();
                const qint64 now = m_ctx.clock->now();
                if (Done kept = m_ctx.recoveryCodes->replace(
                            who.user.id, RecoveryCodes::hashes(who.user.id, codes), now);
                    !kept)
                    return Problem::response(kept.fault());
                m_ctx.events->record(who.user.id, SecurityEvent::Type::RecoveryCodesRegenerated,
                                     source, now);
                qCInfo(lcAuth) << "account" << who.user.id << "made new recovery codes";
                return codesResponse(codes);
            });
}

Reply SecurityController::recover(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    FieldErrors errors;
    const auto email = errors.requiredString(*body, u"email"_s);
    const auto code = errors.requiredString(*body, u"recoveryCode"_s);
    const auto password = errors.requiredString(*body, u"newPassword"_s);
    if (password) {
        if (const auto verdict = m_ctx.rules->checkPassword(*password, email.value_or(QString())))
            errors.add(u"newPassword"_s, verdict->code, verdict->message, verdict->limits);
    }
    if (!errors.isEmpty())
        return Problem::response(Fault::invalid(std::move(errors)));

    const SecurityEvent::Source source = AuthController::sourceOf(request);
    if (const qint64 wait
        = m_ctx.throttle->retryAfter(AccountRules::emailKey(*email), source.address))
        return Problem::response(AuthController::tooManyAttempts(wait));
    return *m_ctx.hashing->submit(
            HashingGate::Kind::SignIn,
            [this, email = *email, code = *code, password = *password, source] {
                return recoverAccount(email, code, password, source);
            });
}

QHttpServerResponse SecurityController::recoverAccount(const QString &email, const QString &code,
                                                       const QString &newPassword,
                                                       const SecurityEvent::Source &source) const
{
    const QString key = AccountRules::emailKey(email);
    if (const qint64 wait = m_ctx.throttle->retryAfter(key, source.address))
        return Problem::response(AuthController::tooManyAttempts(wait));
    // The new password is hashed whatever comes next: every answer costs one hash, so the time
    // tells nothing about the email or the code.
    const QByteArray newHash = m_ctx.hasher->hash(newPassword);
    if (newHash.isEmpty())
        return Problem::response(Fault::Kind::StorageFailed);
    const auto account = m_ctx.users->credentials(key);
    if (!account && !account.is(Fault::Kind::NotFound))
        return Problem::response(account.fault());
    const qint64 userId = account ? account->user.id : 0;
    const qint64 now = m_ctx.clock->now();
    const auto refused = [&] {
        const bool throttled = m_ctx.throttle->failed(key, source.address);
        if (userId) {
            qCInfo(lcAuth) << "failed recovery for account" << userId;
            m_ctx.events->record(userId, SecurityEvent::Type::RecoveryFailed, source, now);
            if (throttled)
                m_ctx.events->record(userId, SecurityEvent::Type::Throttled, source, now);
        }
        return Problem::response(Fault::Kind::InvalidRecovery);
    };
    // An unknown email still computes a code's hash, as a known one does.
    const QByteArray codeHash = RecoveryCodes::hash(userId, code);
    if (!userId)
        return refused();

    // The code spent, the password replaced, every session ended and the history written land
    // together or not at all.
    const auto replace = [&]() -> Result<bool> {
        Transaction tx(m_ctx.database->connection());
        if (Done begun = tx.begun(); !begun)
            return begun.fault();
        auto spent = m_ctx.recoveryCodes->spend(userId, codeHash, now);
        if (!spent || !*spent)
            return spent; // rolled back
        if (Done stored = m_ctx.users->setPasswordHash(userId, newHash); !stored)
            return stored.fault();
        const auto ended = m_ctx.sessions->revokeAll(userId, now);
        if (!ended)
            return ended.fault();
        m_ctx.events->record(userId, SecurityEvent::Type::RecoveryCodeUsed, source, now);
        m_ctx.events->record(userId, SecurityEvent::Type::PasswordChanged, source, now);
        if (Done committed = tx.commit(); !committed)
            return committed.fault();
        qCInfo(lcAuth) << "account" << userId << "recovered with a code; ended" << *ended
                       << "sessions";
        return true;
    };
    const auto replaced = replace();
    if (!replaced)
        return Problem::response(replaced.fault());
    if (!*replaced)
        return refused(); // after the rollback, so that the failure itself is recorded
    m_ctx.throttle->succeeded(key);
    User user = account->user;
    if (Done recorded = m_ctx.users->recordLogin(userId, now); !recorded)
        return Problem::response(recorded.fault());
    user.lastLoginAt = now;
    const auto issued = m_ctx.tokens->issue(user, now, source.client);
    if (!issued)
        return Problem::response(issued.fault());
    m_ctx.events->record(userId, SecurityEvent::Type::Login, source, now);
    return AuthController::tokenResponse(u"Password reset; you are signed in"_s, *issued, user);
}
