// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "authcontroller.h"
#include "core/clock.h"
#include "core/fielderrors.h"
#include "core/jsonwriter.h"
#include "domain/user.h"
#include "http/router.h"
#include "logging.h"
#include "store/eventstore.h"
#include "store/sessionstore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

SessionController::SessionController(const ServerContext &context)
    : m_ctx(context)
{ }

void SessionController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(M::Get, u"/sessions"_s, A::User, [this](ApiRequest &r) { return list(r); });
    router.add(M::Delete, u"/sessions"_s, A::User, [this](ApiRequest &r) { return endMany(r); });
    router.add(M::Delete, u"/sessions/{id}"_s, A::User,
               [this](ApiRequest &r) { return endOne(r); });
}

Reply SessionController::list(ApiRequest &request)
{
    const qint64 now = m_ctx.clock->now();
    return QtConcurrent::run(
            m_ctx.workers,
            [this, now, user = request.identity->user.id, current = request.identity->sessionId] {
                const auto sessions = m_ctx.sessions->live(user, now);
                if (!sessions)
                    return Problem::response(sessions.fault());
                JsonWriter out(256);
                out.beginObject();
                out.key("items"_L1);
                out.beginArray();
                for (const SessionStore::Session &s : *sessions) {
                    out.beginObject();
                    out.key("id"_L1);
                    out.integer(s.id);
                    out.key("client"_L1);
                    out.string(s.client);
                    out.key("createdAt"_L1);
                    out.string(User::timestamp(s.createdAt));
                    out.key("lastUsedAt"_L1);
                    out.string(User::timestamp(s.lastUsedAt));
                    out.key("current"_L1);
                    out.boolean(s.id == current);
                    out.endObject();
                }
                out.endArray();
                out.endObject();
                return QHttpServerResponse(QByteArrayLiteral("application/json"), out.take());
            });
}

Reply SessionController::endOne(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    const qint64 now = m_ctx.clock->now();
    return QtConcurrent::run(
            m_ctx.writer,
            [this, id, now, user = request.identity->user.id,
             source = AuthController::sourceOf(request)] {
                if (Done done = m_ctx.sessions->revokeOwn(user, id, now); !done)
                    return Problem::response(done.fault(), u"You have no session with this id."_s);
                m_ctx.events->record(user, SecurityEvent::Type::SessionRevoked, source, now);
                qCInfo(lcAuth) << "session" << id << "of account" << user << "ended by its owner";
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
            });
}

Reply SessionController::endMany(ApiRequest &request)
{
    const QString scope = request.query.queryItemValue(u"scope"_s);
    if (scope != u"others"_s && scope != u"all"_s) {
        FieldErrors errors;
        errors.add(u"scope"_s, u"unknown_value"_s,
                   u"scope is \"others\" (every session but this one) or \"all\"."_s,
                   {{u"allowed"_s, QJsonArray{u"others"_s, u"all"_s}}});
        return Problem::response(
                Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s));
    }
    const qint64 now = m_ctx.clock->now();
    const qint64 keep = scope == u"others"_s ? request.identity->sessionId : 0;
    return QtConcurrent::run(
            m_ctx.writer,
            [this, keep, now, user = request.identity->user.id,
             source = AuthController::sourceOf(request)] {
                const auto ended = keep ? m_ctx.sessions->revokeOthers(user, keep, now)
                                        : m_ctx.sessions->revokeAll(user, now);
                if (!ended)
                    return Problem::response(ended.fault());
                if (*ended > 0)
                    m_ctx.events->record(user, SecurityEvent::Type::SessionRevoked, source, now);
                qCInfo(lcAuth) << *ended << "sessions of account" << user << "ended by its owner";
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
            });
}
