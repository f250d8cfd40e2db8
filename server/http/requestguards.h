// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "http/httplimits.h"

#include <QHostAddress>
#include <QSet>
#include <QString>

#include <optional>

// The contract's general rules that apply to every request before any route runs:
// Host allowlist (421), Origin on state-changing requests (403), tokens in the query string
// (401), body size (413) and content type (415).
class RequestGuards
{
public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;
    // POST /imports carries a file (a Letterboxd ZIP or CSV, an IMDb CSV), and PUT
    // /moviedata/{id}/poster an image, not JSON.
    static constexpr qsizetype MaxImportBytes = 32 * 1024 * 1024;
    static constexpr qsizetype MaxPosterBytes = 8 * 1024 * 1024;
    static constexpr qsizetype MaxRestoreBytes = qsizetype(1024) * 1024 * 1024;
    static const QList<UploadRoute> &uploadRoutes();

    RequestGuards(const QHostAddress &listenAddress, quint16 port);

    std::optional<Fault> checkHost(const ApiRequest &request) const;
    std::optional<Fault> checkOrigin(const ApiRequest &request) const;
    std::optional<Fault> checkQueryToken(const ApiRequest &request) const;
    std::optional<Fault> checkBody(const ApiRequest &request) const;

    static bool isStateChanging(QHttpServerRequest::Method method);

private:
    QSet<QString> m_hosts; // lower-case host names, without port
    QSet<QByteArray> m_origins;
};
