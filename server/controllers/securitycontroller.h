// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/securityevent.h"
#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// The account's own security: GET /userdetails/events (its history, newest first),
// GET /userdetails/recovery-codes (how many are left), POST /userdetails/recovery-codes (new
// ones, given the current password), and POST /recover (a forgotten password replaced with a
// recovery code: one answer for every failure, throttled like a login, every session ended).
class SecurityController
{
public:
    explicit SecurityController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply events(ApiRequest &request);
    Reply unusedCodes(ApiRequest &request);
    Reply newCodes(ApiRequest &request);
    Reply recover(ApiRequest &request);

    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 200;

private:
    QHttpServerResponse recoverAccount(const QString &email, const QString &code,
                                       const QString &newPassword,
                                       const SecurityEvent::Source &source) const;

    ServerContext m_ctx;
};
