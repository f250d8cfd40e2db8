// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// GET /stats?year=YYYY (all time without it): the caller's statistics and the catalogue's
// (StatsStore), read on a worker.
class StatsController
{
public:
    static constexpr int MinYear = 1870;
    static constexpr int MaxYear = 2100;

    explicit StatsController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply stats(ApiRequest &request);

private:
    ServerContext m_ctx;
};
