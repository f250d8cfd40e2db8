// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

#include <QByteArray>
#include <QUrl>

class Router;

// What a client needs before it signs in: GET /health (is the server up, and has anyone an
// account yet: a first run offers to create the first, administrator, account) and
// GET /openapi.json (the OpenAPI 3.1 description of every route, with this server's address).
class MetaController
{
public:
    static constexpr const char *OpenApiPath = ":/api/openapi.json";

    MetaController(const QUrl &serverUrl, const ServerContext &context);
    void registerRoutes(Router &router);

private:
    QByteArray m_openApi;
    ServerContext m_ctx;
};
