#include "moviecontroller.h"

#include "domain/moviefields.h"
#include "domain/moviequery.h"
#include "http/jsonwriter.h"
#include "http/router.h"
#include "logging.h"
#include "store/moviestore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QString cacheKey(const MovieQuery &q)
{
    return u"%1\x1f%2\x1f%3\x1f%4\x1f%5\x1f%6\x1f%7\x1f%8"_s.arg(
            q.text, q.genre, q.yearFrom ? QString::number(*q.yearFrom) : QString(),
            q.yearTo ? QString::number(*q.yearTo) : QString(), QString::number(int(q.sort)),
            q.descending ? u"-"_s : u"+"_s, QString::number(q.page), QString::number(q.pageSize));
}

QHttpServerResponse jsonBody(QByteArray body, Problem::StatusCode status = Problem::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(body), status);
}

Problem noSuchFilm()
{
    return Problem::notFound(u"There is no film with this id."_s);
}

// The answer for a write that did not happen, if it did not.
std::optional<QHttpServerResponse> failure(MovieStore::WriteResult result)
{
    switch (result) {
    case MovieStore::WriteResult::NotFound:
        return noSuchFilm().toResponse();
    case MovieStore::WriteResult::Failed:
        return Problem::storeFailure().toResponse();
    case MovieStore::WriteResult::Done:
        break;
    }
    return std::nullopt;
}

} // namespace

MovieController::MovieController(const ServerContext &context)
    : m_ctx(context)
{ }

void MovieController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(M::Get, u"/moviedata"_s, A::User, [this](ApiRequest &r) { return list(r); });
    router.add(M::Post, u"/moviedata"_s, A::Admin, [this](ApiRequest &r) { return create(r); });
    router.add(M::Get, u"/moviedata/{id}"_s, A::User, [this](ApiRequest &r) { return one(r); });
    router.add(M::Patch, u"/moviedata/{id}"_s, A::Admin,
               [this](ApiRequest &r) { return patch(r); });
    router.add(M::Delete, u"/moviedata/{id}"_s, A::Admin,
               [this](ApiRequest &r) { return remove(r); });
}

Reply MovieController::list(ApiRequest &request)
{
    QJsonObject errors;
    const auto query = MovieQuery::parse(request.query, &errors);
    if (!query)
        return Problem::validation(errors, u"Some query parameters are not valid."_s).toResponse();

    // Read the version before the data: a write that lands in between makes this entry stale
    // at once rather than letting it pass for fresh.
    const quint64 version = m_ctx.movies->version();
    const QString key = cacheKey(*query);
    if (const CachedPage *hit = m_pages.object(key); hit && hit->version == version)
        return jsonBody(hit->body);

    const auto page = m_ctx.movies->find(*query);
    if (!page)
        return Problem::storeFailure().toResponse();
    JsonWriter out(page->items.size() + 64);
    out.beginObject();
    out.key("items"_L1);
    out.raw(page->items);
    out.key("page"_L1);
    out.integer(query->page);
    out.key("pageSize"_L1);
    out.integer(query->pageSize);
    out.key("total"_L1);
    out.integer(page->total);
    out.endObject();
    QByteArray body = out.take();
    m_pages.insert(key, new CachedPage{version, body}, body.size() + key.size() * 2);
    return jsonBody(std::move(body));
}

Reply MovieController::one(ApiRequest &request)
{
    const auto movie = m_ctx.movies->byId(request.pathParams.value(0).toLongLong());
    if (!movie)
        return Problem::storeFailure().toResponse();
    if (movie->isEmpty())
        return noSuchFilm().toResponse();
    return jsonResponse(*movie);
}

std::variant<QVariantMap, Problem> MovieController::validBody(const ApiRequest &request,
                                                              bool partial) const
{
    auto parsed = request.jsonObject();
    if (auto *problem = std::get_if<Problem>(&parsed))
        return *problem;
    QJsonObject errors;
    auto columns = MovieFields::validate(std::get<QJsonObject>(parsed), partial, &errors);
    if (!columns)
        return Problem::validation(errors);
    return *columns;
}

Reply MovieController::create(ApiRequest &request)
{
    auto body = validBody(request, false);
    if (auto *problem = std::get_if<Problem>(&body))
        return problem->toResponse();
    return QtConcurrent::run(
            m_ctx.writer,
            [this, columns = std::get<QVariantMap>(body), admin = request.identity->user.id] {
                const auto id = m_ctx.movies->create(columns);
                const auto movie = id ? m_ctx.movies->byId(*id) : std::nullopt;
                if (!movie || movie->isEmpty())
                    return Problem::storeFailure().toResponse();
                qCInfo(lcApp) << "film" << *id << "added by account" << admin;
                QHttpServerResponse response = jsonResponse(*movie, Problem::StatusCode::Created);
                response.addHeader(QByteArrayLiteral("Location"),
                                   "/moviedata/" + QByteArray::number(*id));
                return response;
            });
}

Reply MovieController::patch(ApiRequest &request)
{
    auto body = validBody(request, true);
    if (auto *problem = std::get_if<Problem>(&body))
        return problem->toResponse();
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer, [this, id, columns = std::get<QVariantMap>(body)] {
        if (auto refused = failure(m_ctx.movies->update(id, columns)))
            return std::move(*refused);
        const auto movie = m_ctx.movies->byId(id);
        return movie && !movie->isEmpty() ? jsonResponse(*movie)
                                          : Problem::storeFailure().toResponse();
    });
}

Reply MovieController::remove(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer, [this, id] {
        if (auto refused = failure(m_ctx.movies->remove(id)))
            return std::move(*refused);
        qCInfo(lcApp) << "film" << id << "deleted";
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}
