// SPDX-License-Identifier: GPL-3.0-or-later
#include "personalcontroller.h"

#include "core/clock.h"
#include "http/router.h"
#include "store/personalstore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QHttpServerResponse
json(QByteArray body, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(body), status);
}

const QString NoSuchFilm = u"There is no film with this id."_s;
const QString NoSuchViewing = u"You have no viewing with this id."_s;

} // namespace

PersonalController::PersonalController(const ServerContext &context)
    : m_ctx(context)
{ }

void PersonalController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(M::Patch, u"/moviedata/{id}/mine"_s, A::User,
               [this](ApiRequest &r) { return changeMine(r); });
    router.add(M::Post, u"/moviedata/{id}/viewings"_s, A::User,
               [this](ApiRequest &r) { return addViewing(r); });
    router.add(M::Get, u"/viewings"_s, A::User, [this](ApiRequest &r) { return listViewings(r); });
    router.add(M::Patch, u"/viewings/{id}"_s, A::User,
               [this](ApiRequest &r) { return changeViewing(r); });
    router.add(M::Delete, u"/viewings/{id}"_s, A::User,
               [this](ApiRequest &r) { return removeViewing(r); });
    router.add(M::Get, u"/tags"_s, A::User, [this](ApiRequest &r) { return listTags(r); });
}

Reply PersonalController::changeMine(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    const auto change = Mine::parse(*body);
    if (!change)
        return Problem::response(change.fault());
    const qint64 movie = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(
            m_ctx.writer, [this, movie, user = request.identity->user.id, change = *change] {
                if (Done done = m_ctx.personal->change(user, movie, change); !done)
                    return Problem::response(done.fault(), NoSuchFilm);
                const auto mine = m_ctx.personal->mine(user, movie);
                return mine ? json(*mine) : Problem::response(mine.fault(), NoSuchFilm);
            });
}

Reply PersonalController::addViewing(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    const auto viewing = Viewing::parse(*body, false, m_ctx.clock->now());
    if (!viewing)
        return Problem::response(viewing.fault());
    const qint64 movie = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer,
                             [this, movie, user = request.identity->user.id, viewing = *viewing] {
                                 const auto id = m_ctx.personal->addViewing(user, movie, viewing);
                                 if (!id)
                                     return Problem::response(id.fault(), NoSuchFilm);
                                 const auto stored = m_ctx.personal->viewing(user, *id);
                                 if (!stored)
                                     return Problem::response(stored.fault(), NoSuchViewing);
                                 QHttpServerResponse response
                                         = json(*stored, QHttpServerResponse::StatusCode::Created);
                                 response.addHeader(QByteArrayLiteral("Location"),
                                                    "/viewings/" + QByteArray::number(*id));
                                 return response;
                             });
}

Reply PersonalController::listViewings(ApiRequest &request)
{
    const auto filter = Viewing::parseFilter(request.query);
    if (!filter)
        return Problem::response(filter.fault());
    const auto page = m_ctx.personal->viewings(request.identity->user.id, *filter);
    if (!page)
        return Problem::response(page.fault());
    return json(pageJson(page->items, filter->page, filter->pageSize, page->total));
}

Reply PersonalController::changeViewing(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    const auto change = Viewing::parse(*body, true, m_ctx.clock->now());
    if (!change)
        return Problem::response(change.fault());
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(
            m_ctx.writer, [this, id, user = request.identity->user.id, change = *change] {
                if (Done done = m_ctx.personal->updateViewing(user, id, change); !done)
                    return Problem::response(done.fault(), NoSuchViewing);
                const auto stored = m_ctx.personal->viewing(user, id);
                return stored ? json(*stored) : Problem::response(stored.fault(), NoSuchViewing);
            });
}

Reply PersonalController::removeViewing(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer, [this, id, user = request.identity->user.id] {
        if (Done done = m_ctx.personal->removeViewing(user, id); !done)
            return Problem::response(done.fault(), NoSuchViewing);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

Reply PersonalController::listTags(ApiRequest &request)
{
    const auto tags = m_ctx.personal->tags(request.identity->user.id);
    if (!tags)
        return Problem::response(tags.fault());
    return json("{\"items\":" + *tags + '}');
}
