#include "healthcontroller.h"

#include "http/router.h"

using namespace Qt::StringLiterals;

void HealthController::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, u"/health"_s, Router::Access::Public, [](ApiRequest &) {
        return Reply(jsonResponse(
                {{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(REELVAULT_VERSION)}}));
    });
}
