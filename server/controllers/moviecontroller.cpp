// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviecontroller.h"

#include "domain/moviefields.h"
#include "domain/moviequery.h"
#include "http/router.h"
#include "logging.h"
#include "store/moviestore.h"
#include "store/personalstore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// The request's own query string, in a canonical order, with the caller and the version of
// their personal data (every page carries their "mine").
QString cacheKey(const MovieQuery &q, qint64 userId, quint64 personalVersion)
{
    const auto number = [](const auto &v) { return v ? QString::number(*v) : QString(); };
    const auto flag
            = [](const std::optional<bool> &v) { return v ? (*v ? u"1"_s : u"0"_s) : QString(); };
    return QStringList{q.text,
                       q.genre,
                       number(q.yearFrom),
                       number(q.yearTo),
                       number(q.maxRuntime),
                       number(q.minImdb),
                       flag(q.watched),
                       flag(q.watchlist),
                       flag(q.favourite),
                       q.tag,
                       number(q.minRating),
                       QString::number(int(q.sort)),
                       q.descending ? u"-"_s : u"+"_s,
                       QString::number(q.page),
                       QString::number(q.pageSize),
                       QString::number(userId),
                       QString::number(personalVersion)}
            .join(QChar(0x1f));
}

QHttpServerResponse jsonBody(QByteArray body)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(body));
}

const QString noSuchFilm = u"There is no film with this id."_s;

} // namespace

MovieController::MovieController(const ServerContext &context)
    : m_ctx(context)
{ }

void MovieController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(
            M::Get, u"/moviedata"_s, A::User, [this](ApiRequest &r) { return list(r); },
            Router::Reads::CallerAndPageVersions);
    router.add(M::Get, u"/moviedata/random"_s, A::User,
               [this](ApiRequest &r) { return random(r); });
    router.add(M::Post, u"/moviedata"_s, A::Admin, [this](ApiRequest &r) { return create(r); });
    router.add(M::Get, u"/moviedata/{id}"_s, A::User, [this](ApiRequest &r) { return one(r); });
    router.add(M::Patch, u"/moviedata/{id}"_s, A::Admin,
               [this](ApiRequest &r) { return patch(r); });
    router.add(M::Delete, u"/moviedata/{id}"_s, A::Admin,
               [this](ApiRequest &r) { return remove(r); });
}

Reply MovieController::list(ApiRequest &request)
{
    const auto query = MovieQuery::parse(request.query);
    if (!query)
        return Problem::response(query.fault());

    // Read the versions before the data: a write that lands in between makes this entry stale
    // at once rather than letting it pass for fresh. (On PostgreSQL they are the database's:
    // another server's write moves them too; they came with the token check.)
    const qint64 user = request.identity->user.id;
    const Result<DataVersions> versions = request.identity->versions
            ? Result<DataVersions>(*request.identity->versions)
            : m_ctx.movies->pageVersions(user, m_ctx.personal->version(user));
    if (!versions)
        return Problem::response(versions.fault());
    const quint64 version = versions->catalogue;
    const QString key = cacheKey(*query, user, versions->mine);
    if (const CachedPage *hit = m_pages.object(key); hit && hit->version == version)
        return jsonBody(hit->body);

    const auto page = m_ctx.movies->find(*query, user);
    if (!page)
        return Problem::response(page.fault());
    QByteArray body
            = pageJson(page->items, query->page, query->pageSize, page->total, page->totalExact);
    m_pages.insert(key, new CachedPage{version, body}, body.size() + key.size() * 2);
    return jsonBody(std::move(body));
}

Reply MovieController::one(ApiRequest &request)
{
    const auto movie = m_ctx.movies->byId(request.pathParams.value(0).toLongLong(),
                                          request.identity->user.id);
    return movie ? jsonResponse(*movie) : Problem::response(movie.fault(), noSuchFilm);
}

Reply MovieController::random(ApiRequest &request)
{
    const auto query = MovieQuery::parse(request.query);
    if (!query)
        return Problem::response(query.fault());
    const auto movie = m_ctx.movies->random(*query, request.identity->user.id);
    return movie ? jsonResponse(*movie) : Problem::response(movie.fault());
}

Result<QVariantMap> MovieController::validBody(const ApiRequest &request, bool partial) const
{
    const auto body = request.jsonObject();
    if (!body)
        return body.fault();
    return MovieFields::validate(*body, partial);
}

Reply MovieController::create(ApiRequest &request)
{
    auto columns = validBody(request, false);
    if (!columns)
        return Problem::response(columns.fault());
    return QtConcurrent::run(
            m_ctx.writer, [this, columns = *columns, admin = request.identity->user.id] {
                const auto id = m_ctx.movies->create(columns);
                if (!id)
                    return Problem::response(id.fault());
                const auto movie = m_ctx.movies->byId(*id, admin);
                if (!movie)
                    return Problem::response(movie.fault());
                qCInfo(lcApp) << "film" << *id << "added by account" << admin;
                QHttpServerResponse response
                        = jsonResponse(*movie, QHttpServerResponse::StatusCode::Created);
                response.addHeader(QByteArrayLiteral("Location"),
                                   "/moviedata/" + QByteArray::number(*id));
                return response;
            });
}

Reply MovieController::patch(ApiRequest &request)
{
    auto columns = validBody(request, true);
    if (!columns)
        return Problem::response(columns.fault());
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(
            m_ctx.writer, [this, id, columns = *columns, admin = request.identity->user.id] {
                if (Done updated = m_ctx.movies->update(id, columns); !updated)
                    return Problem::response(updated.fault(), noSuchFilm);
                const auto movie = m_ctx.movies->byId(id, admin);
                return movie ? jsonResponse(*movie) : Problem::response(movie.fault(), noSuchFilm);
            });
}

Reply MovieController::remove(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer, [this, id] {
        if (Done removed = m_ctx.movies->remove(id); !removed)
            return Problem::response(removed.fault(), noSuchFilm);
        qCInfo(lcApp) << "film" << id << "deleted";
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}
