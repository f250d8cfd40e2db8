#include "profilecontroller.h"

#include "auth/hashinggate.h"

#include "auth/accountrules.h"
#include "auth/passwordhasher.h"
#include "http/router.h"
#include "logging.h"
#include "store/database.h"
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
}

Reply ProfileController::details(ApiRequest &request)
{
    // The dispatcher read the user fresh from the database while checking the token.
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               request.identity->user.toJsonBytes());
}

std::variant<ProfileController::Change, Problem>
ProfileController::parseChange(const ApiRequest &request) const
{
    auto parsed = request.jsonObject();
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    QJsonObject errors;
    Change change;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key != "name"_L1 && key != "password"_L1 && key != "currentPassword"_L1) {
            errors.insert(key,
                          u"Unknown field: only name, password and currentPassword can "
                          u"be sent."_s);
            continue;
        }
        if (!it.value().isString()) {
            errors.insert(key, u"%1 must be a string."_s.arg(key));
            continue;
        }
        const QString value = it.value().toString();
        if (key == "name"_L1) {
            if (QString e = m_ctx.rules->checkName(value); !e.isEmpty())
                errors.insert(key, e);
            change.name = value.trimmed();
        } else if (key == "password"_L1) {
            const QString email = request.identity->user.email;
            if (QString e = m_ctx.rules->checkPassword(value, email); !e.isEmpty())
                errors.insert(key, e);
            change.password = value;
        } else {
            change.currentPassword = value;
        }
    }
    if (change.password && change.currentPassword.isEmpty() && !errors.contains("password"_L1))
        errors.insert(u"currentPassword"_s, u"Give your current password to set a new one."_s);
    if (!change.name && !change.password && errors.isEmpty())
        errors.insert(u"name"_s, u"Give a new name or a new password."_s);
    if (!errors.isEmpty())
        return Problem::validation(errors);
    return change;
}

Reply ProfileController::update(ApiRequest &request)
{
    auto parsed = parseChange(request);
    if (auto *problem = std::get_if<Problem>(&parsed))
        return problem->toResponse();
    const Change change = std::get<Change>(parsed);
    // A password change verifies and hashes (slow): the worker pool. A name alone: the writer.
    auto work = [this, who = *request.identity, change] { return apply(who, change); };
    if (change.password)
        return *m_ctx.hashing->submit(HashingGate::Kind::SignIn, std::move(work));
    return QtConcurrent::run(m_ctx.writer, std::move(work));
}

QHttpServerResponse ProfileController::apply(const TokenService::Identity &who,
                                             const Change &change) const
{
    QByteArray newHash;
    if (change.password) {
        if (!m_ctx.hasher->verify(m_ctx.users->passwordHash(who.user.id), change.currentPassword))
            return Problem(Problem::StatusCode::Forbidden, u"wrong_password"_s,
                           u"The current password is not right."_s)
                    .toResponse();
        newHash = m_ctx.hasher->hash(*change.password);
        if (newHash.isEmpty())
            return Problem::storeFailure().toResponse();
    }
    // The new password, the name and the end of the other sessions land together or not at all.
    Transaction tx(m_ctx.database->connection());
    if (!tx.isActive())
        return Problem::storeFailure().toResponse();
    if (change.name && !m_ctx.users->setName(who.user.id, *change.name))
        return Problem::storeFailure().toResponse();
    int ended = 0;
    if (change.password) {
        ended = m_ctx.sessions->revokeOthers(who.user.id, who.sessionId, ServerContext::now());
        if (ended < 0 || !m_ctx.users->setPasswordHash(who.user.id, newHash))
            return Problem::storeFailure().toResponse();
    }
    if (!tx.commit())
        return Problem::storeFailure().toResponse();
    if (change.password)
        qCInfo(lcAuth) << "account" << who.user.id << "changed its password; ended" << ended
                       << "other sessions";
    const auto user = m_ctx.users->byId(who.user.id);
    return user ? QHttpServerResponse(QByteArrayLiteral("application/json"), user->toJsonBytes())
                : Problem::storeFailure().toResponse();
}
