// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscontroller.h"

#include "core/fielderrors.h"
#include "http/router.h"
#include "store/moviestore.h"
#include "store/statsstore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

StatsController::StatsController(const ServerContext &context)
    : m_ctx(context)
{
    m_ctx.movies->setChangeListener([this] { warmSoon(); });
    warmSoon();
}

StatsController::~StatsController()
{
    m_ctx.movies->setChangeListener({});
}

void StatsController::warmSoon()
{
    if (m_warmQueued->exchange(true))
        return; // one is waiting already: it will see this change too
    // (The task holds what outlives this controller: the store, and the flag it shares.)
    m_ctx.background->start([queued = m_warmQueued, stats = m_ctx.stats] {
        *queued = false;
        stats->warm();
    });
}

void StatsController::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, u"/stats"_s, Router::Access::User,
               [this](ApiRequest &r) { return stats(r); });
}

Reply StatsController::stats(ApiRequest &request)
{
    std::optional<int> year;
    if (request.query.hasQueryItem(u"year"_s)) {
        bool ok = false;
        const int value = request.query.queryItemValue(u"year"_s).toInt(&ok);
        if (!ok || value < MinYear || value > MaxYear) {
            FieldErrors errors;
            errors.add(
                    u"year"_s, u"out_of_range"_s,
                    u"year is a year from %1 to %2; leave it out for all time."_s.arg(MinYear).arg(
                            MaxYear),
                    {{u"minimum"_s, MinYear}, {u"maximum"_s, MaxYear}});
            return Problem::response(
                    Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s));
        }
        year = value;
    }
    return QtConcurrent::run(m_ctx.workers, [this, year, user = request.identity->user.id] {
        const auto body = m_ctx.stats->stats(user, year);
        if (!body)
            return Problem::response(body.fault());
        return QHttpServerResponse(QByteArrayLiteral("application/json"), *body);
    });
}
