// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecontroller.h"

#include "auth/accountrules.h"
#include "auth/hashinggate.h"
#include "auth/passwordhasher.h"
#include "authcontroller.h"
#include "core/clock.h"
#include "http/router.h"
#include "logging.h"
#include "store/database.h"
#include "store/eventstore.h"
#include "store/sessionstore.h"
#include "store/userstore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

ProfileController::ProfileController(const ServerContext &context)
    : m_ctx(context)
{ }

void ProfileController::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, u"/userdetails"_s, Router::Access::User,
               [this](ApiRequest &r) { return details(r); });
    router.add(Router::Method::Patch, u"/userdetails"_s, Router::Access::User,
               [this](ApiRequest &r) { return update(r); });
    router.add(Router::Method::Delete, u"/userdetails"_s, Router::Access::User,
               [this](ApiRequest &r) { return remove(r); });
}

Reply ProfileController::details(ApiRequest &request)
{
    // The dispatcher read the user fresh from the database while checking the token.
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               request.identity->user.toJsonBytes());
}

Result<ProfileController::Change> ProfileController::parseChange(const ApiRequest &request) const
{
    const auto body = request.jsonObject();
    if (!body)
        return body.fault();
    FieldErrors errors;
    Change change;
    for (auto it = body->begin(); it != body->end(); ++it) {
        const QString key = it.key();
        if (key != "name"_L1 && key != "password"_L1 && key != "currentPassword"_L1) {
            errors.add(key, u"unknown_field"_s,
                       u"Unknown field: only name, password and currentPassword can be sent."_s);
            continue;
        }
        if (!it.value().isString()) {
            errors.add(key, u"wrong_type"_s, u"%1 must be a string."_s.arg(key),
                       {{u"type"_s, u"string"_s}});
            continue;
        }
        const QString value = it.value().toString();
        AccountRules::Verdict verdict;
        if (key == "name"_L1) {
            verdict = m_ctx.rules->checkName(value);
            change.name = value.trimmed();
        } else if (key == "password"_L1) {
            verdict = m_ctx.rules->checkPassword(value, request.identity->user.email);
            change.password = value;
        } else {
            change.currentPassword = value;
        }
        if (verdict)
            errors.add(key, verdict->code, verdict->message, verdict->limits);
    }
    if (change.password && change.currentPassword.isEmpty() && !errors.contains(u"password"_s))
        errors.add(u"currentPassword"_s, u"required"_s,
                   u"Give your current password to set a new one."_s);
    if (!change.name && !change.password && errors.isEmpty())
        errors.add(u"name"_s, u"nothing_to_change"_s, u"Give a new name or a new password."_s);
    if (!errors.isEmpty())
        return Fault::invalid(std::move(errors));
    return change;
}

Reply ProfileController::update(ApiRequest &request)
{
    const auto change = parseChange(request);
    if (!change)
        return Problem::response(change.fault());
    // A password change verifies and hashes (slow): the worker pool. A name alone: the writer.
    auto work = [this, who = *request.identity, change = *change,
                 source = AuthController::sourceOf(request)] {
        const auto user = apply(who, change, source);
        return user
                ? QHttpServerResponse(QByteArrayLiteral("application/json"), user->toJsonBytes())
                : Problem::response(user.fault());
    };
    if (change->password)
        return *m_ctx.hashing->submit(HashingGate::Kind::SignIn, std::move(work));
    return QtConcurrent::run(m_ctx.writer, std::move(work));
}

Reply ProfileController::remove(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    FieldErrors errors;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != "currentPassword"_L1)
            errors.add(it.key(), u"unknown_field"_s,
                       u"Unknown field: only currentPassword can be sent."_s);
    }
    const QJsonValue password = body->value("currentPassword"_L1);
    if (password.isUndefined())
        errors.add(u"currentPassword"_s, u"required"_s,
                   u"Give your current password to delete your account."_s);
    else if (!password.isString())
        errors.add(u"currentPassword"_s, u"wrong_type"_s, u"currentPassword must be a string."_s,
                   {{u"type"_s, u"string"_s}});
    if (!errors.isEmpty())
        return Problem::response(Fault::invalid(std::move(errors)));
    auto work = [this, who = *request.identity, current = password.toString()] {
        const auto hash = m_ctx.users->passwordHash(who.user.id);
        if (!hash)
            return Problem::response(hash.fault());
        if (!m_ctx.hasher->verify(*hash, current))
            return Problem::response(Fault::Kind::WrongPassword);
        if (Done removed = m_ctx.users->remove(who.user.id); !removed)
            return Problem::response(removed.fault());
        qCInfo(lcAuth) << "account" << who.user.id << "deleted itself";
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    };
    return *m_ctx.hashing->submit(HashingGate::Kind::SignIn, std::move(work));
}

Result<User> ProfileController::apply(const TokenService::Identity &who, const Change &change,
                                      const SecurityEvent::Source &source) const
{
    QByteArray newHash;
    if (change.password) {
        const auto current = m_ctx.users->passwordHash(who.user.id);
        if (!current)
            return current.fault();
        if (!m_ctx.hasher->verify(*current, change.currentPassword))
            return Fault::Kind::WrongPassword;
        newHash = m_ctx.hasher->hash(*change.password);
        if (newHash.isEmpty())
            return Fault::Kind::StorageFailed;
    }
    // The new password, the name and the end of the other sessions land together or not at all.
    Transaction tx(m_ctx.database->connection());
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    if (change.name) {
        if (Done named = m_ctx.users->setName(who.user.id, *change.name); !named)
            return named.fault();
    }
    int ended = 0;
    if (change.password) {
        const auto revoked
                = m_ctx.sessions->revokeOthers(who.user.id, who.sessionId, m_ctx.clock->now());
        if (!revoked)
            return revoked.fault();
        ended = *revoked;
        if (Done stored = m_ctx.users->setPasswordHash(who.user.id, newHash); !stored)
            return stored.fault();
        m_ctx.events->record(who.user.id, SecurityEvent::Type::PasswordChanged, source,
                             m_ctx.clock->now());
    }
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    if (change.password)
        qCInfo(lcAuth) << "account" << who.user.id << "changed its password; ended" << ended
                       << "other sessions";
    return m_ctx.users->byId(who.user.id);
}
