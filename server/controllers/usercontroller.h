// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// The administrators' view of the accounts: GET /users (each with its number of live sessions),
// PATCH /users/{id} {role}, DELETE /users/{id}. The catalogue never loses its last administrator
// (409 last_admin), however many requests race.
class UserController
{
public:
    explicit UserController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply list(ApiRequest &request);
    Reply change(ApiRequest &request);
    Reply remove(ApiRequest &request);

private:
    ServerContext m_ctx;
};
