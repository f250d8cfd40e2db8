#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// GET /moviedata (search, filters, sort, pages) and GET /moviedata/{id}.
class MovieController
{
public:
    explicit MovieController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply list(ApiRequest &request);
    Reply one(ApiRequest &request);

private:
    ServerContext m_ctx;
};
