#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// POST /register and POST /login. Validation runs at once; the Argon2id work and the writes
// that go with it run on the worker pool, so the HTTP thread never waits for a hash.
class AuthController
{
public:
    explicit AuthController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply registerUser(ApiRequest &request);
    Reply login(ApiRequest &request);

private:
    QHttpServerResponse createAccount(const QString &email, const QString &name,
                                      const QString &password) const;
    QHttpServerResponse checkCredentials(const QString &email, const QString &password) const;

    ServerContext m_ctx;
};
