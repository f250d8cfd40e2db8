// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <chrono>

// What one client may hold of the server: connections, time and bytes.
struct HttpLimits
{
    static constexpr int DefaultMaxConnections = 512;

    // Open connections at most (also kept below the process's descriptor limit). At the limit
    // the connection idle longest makes room; when every one is busy, a newcomer gets 503.
    int maxConnections = DefaultMaxConnections;
    // From the first byte of a request until its head (and then its body) is complete.
    std::chrono::milliseconds requestTimeout{10000};
    // A keep-alive connection with no request.
    std::chrono::milliseconds idleTimeout{30000};
    qint64 maxBodyBytes = 64 * 1024;
    // The one path whose POST carries a file (an import), and how large that may be.
    QByteArray uploadPath;
    qint64 maxUploadBytes = 0;
};
