// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A small HTTP/1.1 client on raw QTcpSocket, for tests that run the real server in the same
// thread: it spins a local event loop while it waits, sends exactly the bytes it is told to
// (any Host, Origin or body, however malformed), and can send many requests at once.
class HttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method = "GET";
        QByteArray target = "/"; // path and query, sent as is
        QByteArray body;
        Headers headers; // added after Host (unless a Host is given here)
        bool json = true; // Content-Type: application/json when there is a body
    };

    struct Response
    {
        int status = 0; // 0: no answer (connection failed or timed out)
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QJsonObject json() const;
    };

    explicit HttpClient(quint16 port);

    Response send(const Request &request, int timeoutMs = 30000) const;
    QList<Response> sendAll(const QList<Request> &requests, int timeoutMs = 60000) const;

    Response get(const QByteArray &target, const QByteArray &token = {}) const;
    Response post(const QByteArray &target, const QJsonObject &body,
                  const QByteArray &token = {}) const;

    // Sends pre-made bytes (for what a well-behaved client never sends).
    Response sendRaw(const QByteArray &bytes, int timeoutMs = 30000) const;

    static QByteArray encode(const Request &request, quint16 port);

private:
    // Sends each byte string on its own connection, all at once; one answer each, in order.
    QList<Response> exchange(const QList<QByteArray> &raw, int timeoutMs) const;

    quint16 m_port;
};
