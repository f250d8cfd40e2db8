// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <chrono>

// A route whose body is a file rather than JSON: read to a spool instead of memory, up to its
// own limit, in one of its media types.
struct UploadRoute
{
    QByteArray method;
    QByteArray path; // origin-form, without the query; a "*" segment stands for any one segment
    qint64 maxBytes = 0;
    QList<QByteArray> mediaTypes; // lower-case, without parameters
    const char *tooLarge = ""; // the 413's detail
    const char *wrongType = ""; // the 415's detail

    bool matches(QByteArrayView requestMethod, QByteArrayView requestPath) const
    {
        if (requestMethod != method)
            return false;
        // Segment by segment, without allocating: this runs for every request.
        QByteArrayView want(path), have(requestPath);
        for (;;) {
            const qsizetype w = want.indexOf('/'), h = have.indexOf('/');
            const QByteArrayView wantSegment = w < 0 ? want : want.first(w);
            const QByteArrayView haveSegment = h < 0 ? have : have.first(h);
            if (wantSegment == "*" ? haveSegment.isEmpty() : wantSegment != haveSegment)
                return false;
            if (w < 0 || h < 0)
                return w < 0 && h < 0;
            want = want.sliced(w + 1);
            have = have.sliced(h + 1);
        }
    }
};

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
    // The routes that carry a file (an import, a poster).
    QList<UploadRoute> uploads;

    const UploadRoute *uploadFor(QByteArrayView method, QByteArrayView path) const
    {
        for (const UploadRoute &route : uploads) {
            if (route.matches(method, path))
                return &route;
        }
        return nullptr;
    }
};
