// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/securityevent.h"
#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// GET /userdetails: the signed-in user's own account. PATCH /userdetails: change the name, or
// the password (with the current one), which ends every other session of the account.
// DELETE /userdetails: the account with everything of it, given the current password.
class ProfileController
{
public:
    explicit ProfileController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply details(ApiRequest &request);
    Reply update(ApiRequest &request);
    Reply remove(ApiRequest &request);

private:
    struct Change
    {
        std::optional<QString> name;
        std::optional<QString> password;
        QString currentPassword;
    };
    Result<Change> parseChange(const ApiRequest &request) const;
    Result<User> apply(const TokenService::Identity &who, const Change &change,
                       const SecurityEvent::Source &source) const;

    ServerContext m_ctx;
};
