// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

#include <QCache>
#include <QString>

class Router;

// The catalogue: GET /moviedata (search, filters, sort, pages), GET /moviedata/random and
// GET /moviedata/{id} for everyone signed in, each Movie with the caller's "mine"; POST, PATCH
// and DELETE for admins.
//
// Pages are cached as finished JSON bodies per caller, keyed with the version of the caller's
// personal data and tagged with the catalogue version they were read under; any write bumps a
// version, so a stale page is never served.
class MovieController
{
public:
    static constexpr qsizetype CacheBytes = 16 * 1024 * 1024;

    explicit MovieController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply list(ApiRequest &request);
    Reply one(ApiRequest &request);
    Reply random(ApiRequest &request); // GET /moviedata/random: the same filters as list()
    Reply create(ApiRequest &request);
    Reply patch(ApiRequest &request);
    Reply remove(ApiRequest &request);

private:
    struct CachedPage
    {
        quint64 version;
        QByteArray body;
    };
    Result<QVariantMap> validBody(const ApiRequest &request, bool partial) const;

    ServerContext m_ctx;
    QCache<QString, CachedPage> m_pages{CacheBytes};
};
