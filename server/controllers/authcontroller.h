// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/loginthrottle.h"
#include "domain/securityevent.h"
#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// POST /register, /login, /token/refresh and /logout. Validation runs at once; the Argon2id
// work and the writes that go with it run on the worker pool, short writes on the writer, so
// the HTTP thread never waits for a hash or a lock.
class AuthController
{
public:
    explicit AuthController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply registerUser(ApiRequest &request);
    Reply login(ApiRequest &request);
    Reply refresh(ApiRequest &request);
    Reply logout(ApiRequest &request);

    // The longest client name a session keeps.
    static constexpr int MaxClientLength = 80;
    // What a login's session is shown as (GET /sessions' "client").
    static QString clientOf(const ApiRequest &request);
    // The client and address a security event records.
    static SecurityEvent::Source sourceOf(const ApiRequest &request);

    // 429 with Retry-After: the login throttle says wait.
    static Fault tooManyAttempts(qint64 wait);
    // The answer of a login and of a refresh.
    static QHttpServerResponse tokenResponse(const QString &message,
                                             const TokenService::Issued &issued, const User &user);

private:
    QHttpServerResponse createAccount(const QString &email, const QString &name,
                                      const QString &password) const;
    QHttpServerResponse checkCredentials(const QString &email, const QString &password,
                                         const SecurityEvent::Source &source) const;

    ServerContext m_ctx;
};
