// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// The caller's sessions: GET /sessions (each with its client, when it began and was last used,
// and which one is this), DELETE /sessions/{id} (one of them), DELETE /sessions?scope=others|all.
// An ended session's tokens are refused on the very next request (nothing caches them).
class SessionController
{
public:
    explicit SessionController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply list(ApiRequest &request);
    Reply endOne(ApiRequest &request);
    Reply endMany(ApiRequest &request);

private:
    ServerContext m_ctx;
};
