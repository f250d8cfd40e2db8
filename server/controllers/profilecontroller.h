#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// GET /userdetails: the signed-in user's own account.
class ProfileController
{
public:
    explicit ProfileController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply details(ApiRequest &request);

private:
    ServerContext m_ctx;
};
