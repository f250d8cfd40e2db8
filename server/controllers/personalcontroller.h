// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// Each user's own film life: PATCH /moviedata/{id}/mine (rating, watchlist, favourite, tags,
// notes), the diary (POST /moviedata/{id}/viewings, GET /viewings, PATCH and DELETE
// /viewings/{id}) and the caller's tags (GET /tags, for completion). Everything is the caller's
// own: another user's viewing is 404.
class PersonalController
{
public:
    explicit PersonalController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply changeMine(ApiRequest &request);
    Reply addViewing(ApiRequest &request);
    Reply listViewings(ApiRequest &request);
    Reply changeViewing(ApiRequest &request);
    Reply removeViewing(ApiRequest &request);
    Reply listTags(ApiRequest &request);

private:
    ServerContext m_ctx;
};
