// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httplimits.h"

#include <QList>
#include <QTcpServer>
#include <QTimer>

class HttpConnection;

// The API's listening socket. Each accepted descriptor becomes an HttpConnection (the strict
// HTTP/1.1 side), whose RequestChannel is what QHttpServer sees as the connection.
//
// Descriptors are a budget: at most maxConnections are open (kept below RLIMIT_NOFILE). At the
// limit the connection idle longest is closed to make room; if every one is busy the newcomer
// is answered 503 and closed. If accept() fails for want of descriptors, QTcpServer pauses
// accepting; it resumes shortly after, instead of spinning on a listening socket it cannot
// serve.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpListener(const HttpLimits &limits, QObject *parent = nullptr);

    int connectionCount() const { return int(m_connections.size()); }
    int connectionLimit() const { return m_maxConnections; }

Q_SIGNALS:
    void refused(const QByteArray &method, const QByteArray &path, int status);

protected:
    void incomingConnection(qintptr fd) override;

private:
    bool makeRoom();

    HttpLimits m_limits;
    int m_maxConnections;
    QList<HttpConnection *> m_connections;
    QTimer m_resume;
};
