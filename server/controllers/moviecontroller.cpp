#include "moviecontroller.h"

#include "domain/moviequery.h"
#include "http/router.h"
#include "store/moviestore.h"

using namespace Qt::StringLiterals;

MovieController::MovieController(const ServerContext &context)
    : m_ctx(context)
{ }

void MovieController::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Get, u"/moviedata"_s, Router::Access::User,
               [this](ApiRequest &r) { return list(r); });
    router.add(M::Get, u"/moviedata/{id}"_s, Router::Access::User,
               [this](ApiRequest &r) { return one(r); });
}

Reply MovieController::list(ApiRequest &request)
{
    QJsonObject errors;
    const auto query = MovieQuery::parse(request.query, &errors);
    if (!query)
        return Problem::validation(errors, u"Some query parameters are not valid."_s).toResponse();
    const auto page = m_ctx.movies->find(*query);
    if (!page)
        return Problem::internal().toResponse();
    return jsonResponse({{u"items"_s, page->items},
                         {u"page"_s, query->page},
                         {u"pageSize"_s, query->pageSize},
                         {u"total"_s, page->total}});
}

Reply MovieController::one(ApiRequest &request)
{
    const auto movie = m_ctx.movies->byId(request.pathParams.value(0).toLongLong());
    if (!movie)
        return Problem::internal().toResponse();
    if (movie->isEmpty())
        return Problem::notFound(u"There is no film with this id."_s).toResponse();
    return jsonResponse(*movie);
}
