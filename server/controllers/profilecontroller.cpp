#include "profilecontroller.h"

#include "http/router.h"

using namespace Qt::StringLiterals;

ProfileController::ProfileController(const ServerContext &context)
    : m_ctx(context)
{ }

void ProfileController::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, u"/userdetails"_s, Router::Access::User,
               [this](ApiRequest &r) { return details(r); });
}

Reply ProfileController::details(ApiRequest &request)
{
    // The dispatcher read the user fresh from the database while checking the token.
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               request.identity->user.toJsonBytes());
}
