// SPDX-License-Identifier: GPL-3.0-or-later
#include "usercontroller.h"

#include "core/clock.h"
#include "http/router.h"
#include "logging.h"
#include "store/userstore.h"

#include <QJsonArray>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
const QString NoSuchUser = u"There is no account with this id."_s;
}

UserController::UserController(const ServerContext &context)
    : m_ctx(context)
{ }

void UserController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(M::Get, u"/users"_s, A::Admin, [this](ApiRequest &r) { return list(r); });
    router.add(M::Patch, u"/users/{id}"_s, A::Admin, [this](ApiRequest &r) { return change(r); });
    router.add(M::Delete, u"/users/{id}"_s, A::Admin, [this](ApiRequest &r) { return remove(r); });
}

Reply UserController::list(ApiRequest &)
{
    const auto users = m_ctx.users->all(m_ctx.clock->now());
    if (!users)
        return Problem::response(users.fault());
    QJsonArray items;
    for (const UserStore::Listed &listed : *users) {
        QJsonObject item = listed.user.toJson();
        item.insert(u"sessions"_s, listed.sessions);
        items.append(item);
    }
    return jsonResponse({{u"items"_s, items}});
}

Reply UserController::change(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    FieldErrors errors;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != "role"_L1)
            errors.add(it.key(), u"unknown_field"_s, u"Unknown field: only role can be sent."_s);
    }
    const auto role = errors.requiredString(*body, u"role"_s);
    if (role && *role != "admin"_L1 && *role != "user"_L1)
        errors.add(u"role"_s, u"unknown_value"_s, u"role is \"admin\" or \"user\"."_s,
                   {{u"allowed"_s, QJsonArray{u"admin"_s, u"user"_s}}});
    if (!errors.isEmpty())
        return Problem::response(Fault::invalid(std::move(errors)));
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer,
                             [this, id, role = *role, by = request.identity->user.id] {
                                 const auto user = m_ctx.users->setRole(id, role);
                                 if (!user)
                                     return Problem::response(user.fault(), NoSuchUser);
                                 qCInfo(lcAuth) << "account" << id << "now has the role" << role
                                                << "(by administrator" << by << ")";
                                 return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                            user->toJsonBytes());
                             });
}

Reply UserController::remove(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer, [this, id, by = request.identity->user.id] {
        if (Done removed = m_ctx.users->remove(id); !removed)
            return Problem::response(removed.fault(), NoSuchUser);
        qCInfo(lcAuth) << "account" << id << "deleted by administrator" << by;
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}
