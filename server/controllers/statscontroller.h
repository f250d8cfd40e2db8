// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

#include <atomic>
#include <memory>

class Router;

// GET /stats?year=YYYY (all time without it): the caller's statistics and the catalogue's
// (StatsStore), read on a worker. The catalogue's part is made ahead on a worker, at start and
// after each change of the catalogue (at most one waiting at a time), so requests find it made.
class StatsController
{
public:
    static constexpr int MinYear = 1870;
    static constexpr int MaxYear = 2100;

    explicit StatsController(const ServerContext &context);
    ~StatsController();
    Q_DISABLE_COPY_MOVE(StatsController)
    void registerRoutes(Router &router);

    Reply stats(ApiRequest &request);

private:
    void warmSoon();

    ServerContext m_ctx;
    std::shared_ptr<std::atomic<bool>> m_warmQueued = std::make_shared<std::atomic<bool>>(false);
};
