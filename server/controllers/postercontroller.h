// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// A film's poster: GET /moviedata/{id}/poster for everyone signed in (with an ETag; a matching
// If-None-Match answers 304 without reading the image), PUT and DELETE for admins. An upload is
// the image itself (image/jpeg, image/png or image/webp, up to 8 MiB, spooled to a file as it
// arrives), decoded and re-encoded on a worker (PosterImage), stored by the writer.
class PosterController
{
public:
    explicit PosterController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply poster(ApiRequest &request);
    Reply put(ApiRequest &request);
    Reply remove(ApiRequest &request);

    // Whether an If-None-Match value names etag (a list of tags, weak or strong, or "*").
    static bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag);

private:
    ServerContext m_ctx;
};
