// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the request target, as QHttpServer turns it into a URL and ApiServer into
// a path and a query, matched against the server's real route table (the controllers register
// their routes as they do at start). Invariants: a match has a route of that method and ids that
// are positive whole numbers; no match either names the allowed methods (405) or none (404);
// tokens in the query are always caught.
#include "controllers/authcontroller.h"
#include "controllers/metacontroller.h"
#include "controllers/moviecontroller.h"
#include "controllers/personalcontroller.h"
#include "controllers/profilecontroller.h"
#include "http/apirequest.h"
#include "http/requestguards.h"
#include "http/router.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

namespace {

struct Routes
{
    Routes()
        : auth(context)
        , movies(context)
        , profile(context)
        , personal(context)
        , meta(QUrl(QStringLiteral("http://127.0.0.1:8765")), context)
    {
        auth.registerRoutes(router);
        movies.registerRoutes(router);
        profile.registerRoutes(router);
        personal.registerRoutes(router);
        meta.registerRoutes(router);
    }
    ServerContext context;
    AuthController auth;
    MovieController movies;
    ProfileController profile;
    PersonalController personal;
    MetaController meta;
    Router router;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Routes routes;
    static const RequestGuards guards(QHostAddress(QHostAddress::LocalHost), 8765);
    if (size < 1)
        return 0;
    using M = Router::Method;
    static constexpr M methods[] = {M::Get, M::Post, M::Patch, M::Delete, M::Put, M::Head};
    const M method = methods[data[0] % std::size(methods)];
    const QByteArray target(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ApiRequest request;
    request.method = method;
    request.setTarget(QUrl::fromEncoded(target));
    const Router::Match match = routes.router.match(method, request.path);
    if (match.route) {
        if (match.route->method != method || !match.allow.isEmpty())
            abort();
        for (const QString &id : match.params) {
            bool ok = false;
            if (id.toLongLong(&ok) <= 0 || !ok)
                abort();
        }
    }
    // A token in the query string is refused, whatever else the target holds.
    bool tokenInQuery = false;
    for (const auto &item : request.query.queryItems()) {
        for (const char *name : {"token", "access_token", "jwt"})
            tokenInQuery = tokenInQuery
                    || item.first.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0;
    }
    if (tokenInQuery != guards.checkQueryToken(request).has_value())
        abort();
    return 0;
}
