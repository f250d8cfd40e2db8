// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// Parses one response out of the bytes read so far; true once it is complete.
bool parse(const QByteArray &data, HttpClient::Response *out)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    out->status = statusLine.value(1).toInt();
    out->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            out->headers.insert(lines[i].left(colon).trimmed().toLower(),
                                lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = out->headers.value("content-length", "0").toLongLong();
    if (data.size() - (end + 4) < length)
        return false;
    out->body = data.mid(end + 4, length);
    return true;
}

struct Exchange
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray received;
    HttpClient::Response response;
    QElapsedTimer timer;
    bool done = false;
};

} // namespace

QJsonObject HttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(quint16 port)
    : m_port(port)
{ }

QByteArray HttpClient::encode(const Request &r, quint16 port)
{
    QByteArray out = r.method + ' ' + r.target + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (const auto &h : r.headers)
        hasHost = hasHost || h.first.compare("host", Qt::CaseInsensitive) == 0;
    if (!hasHost)
        out += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PATCH") {
        if (r.json && !r.body.isEmpty())
            out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    out += r.body;
    return out;
}

QList<HttpClient::Response> HttpClient::sendAll(const QList<Request> &requests, int timeoutMs) const
{
    QList<QByteArray> raw;
    for (const Request &r : requests)
        raw << encode(r, m_port);
    return exchange(raw, timeoutMs);
}

QList<HttpClient::Response> HttpClient::exchange(const QList<QByteArray> &raw, int timeoutMs) const
{
    QEventLoop loop;
    std::vector<std::unique_ptr<Exchange>> exchanges;
    int pending = int(raw.size());
    auto finish = [&](Exchange *e) {
        if (e->done)
            return;
        e->done = true;
        e->response.elapsedMs = e->timer.elapsed();
        if (--pending == 0)
            loop.quit();
    };
    for (const QByteArray &bytes : raw) {
        auto e = std::make_unique<Exchange>();
        Exchange *ex = e.get();
        ex->socket = std::make_unique<QTcpSocket>();
        QObject::connect(ex->socket.get(), &QTcpSocket::connected,
                         [ex, bytes] { ex->socket->write(bytes); });
        QObject::connect(ex->socket.get(), &QTcpSocket::readyRead, [ex, &finish] {
            ex->received += ex->socket->readAll();
            if (parse(ex->received, &ex->response))
                finish(ex);
        });
        QObject::connect(ex->socket.get(), &QTcpSocket::disconnected, [ex, &finish] {
            ex->received += ex->socket->readAll();
            if (!parse(ex->received, &ex->response))
                ex->response.status = 0;
            finish(ex);
        });
        QObject::connect(ex->socket.get(), &QTcpSocket::errorOccurred,
                         [ex, &finish](QAbstractSocket::SocketError error) {
                             if (error != QAbstractSocket::RemoteHostClosedError)
                                 finish(ex);
                         });
        ex->timer.start();
        ex->socket->connectToHost(QHostAddress::LocalHost, m_port);
        exchanges.push_back(std::move(e));
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();

    QList<Response> responses;
    for (auto &e : exchanges) {
        e->socket->disconnect();
        e->socket->abort();
        responses << (e->done ? e->response : Response());
    }
    return responses;
}

HttpClient::Response HttpClient::send(const Request &request, int timeoutMs) const
{
    return sendAll({request}, timeoutMs).constFirst();
}

HttpClient::Response HttpClient::sendRaw(const QByteArray &bytes, int timeoutMs) const
{
    return exchange({bytes}, timeoutMs).constFirst();
}

HttpClient::Response HttpClient::get(const QByteArray &target, const QByteArray &token) const
{
    Request r;
    r.target = target;
    if (!token.isEmpty())
        r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    return send(r);
}

HttpClient::Response HttpClient::post(const QByteArray &target, const QJsonObject &body,
                                      const QByteArray &token) const
{
    Request r;
    r.method = "POST";
    r.target = target;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!token.isEmpty())
        r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    return send(r);
}
