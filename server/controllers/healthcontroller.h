#pragma once

#include "http/apirequest.h"

class Router;

// GET /health: no authentication, no database; tells a client the server is up.
class HealthController
{
public:
    void registerRoutes(Router &router);
};
