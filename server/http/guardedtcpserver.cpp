#include "guardedtcpserver.h"

#include "http/problem.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <limits>
#include <optional>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxHeaderBytes = 64 * 1024;
constexpr int DrainSeconds = 10;

struct Head
{
    QByteArray method;
    QByteArray path;
    qint64 contentLength = -1;
    bool chunked = false;
    qint64 size = 0; // of the header block, with its blank line
};

std::optional<Head> parseHead(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Head head;
    head.size = end + 4;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    head.method = requestLine.value(0);
    head.path = requestLine.value(1).split('?').value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            head.contentLength = ok ? n : std::numeric_limits<qint64>::max();
        } else if (name == "transfer-encoding") {
            head.chunked = value.toLower().contains("chunked");
        }
    }
    return head;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBody(maxBodyBytes)
{ }

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    // Connected before QHttpServer connects its own slot, so this one runs first.
    if (socket)
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    return socket;
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    // QHttpServer reads each request inside a socket transaction and commits it when the request
    // is complete, so the buffer starts at the request being received.
    const QByteArray bytes = socket->peek(MaxHeaderBytes);
    const auto head = parseHead(bytes);
    if (!head)
        return;
    const qint64 received = socket->bytesAvailable() - head->size;
    const bool tooLarge = head->contentLength > m_maxBody
            || (head->chunked && received > m_maxBody + 16 * 1024);
    if (tooLarge)
        refuse(socket, head->method, head->path);
}

void GuardedTcpServer::refuse(QTcpSocket *socket, const QByteArray &method, const QByteArray &path)
{
    socket->setProperty(RefusedProperty, true);
    // Take the socket away from QHttpServer, as it does itself for WebSocket upgrades; from now
    // on whatever arrives is read and dropped.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->rollbackTransaction();
    socket->readAll();
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });

    const Problem problem(Problem::StatusCode::PayloadTooLarge, u"payload_too_large"_s,
                          u"The body is larger than %1 KiB."_s.arg(m_maxBody / 1024));
    const QByteArray body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 413 Content Too Large\r\n"
                  "Content-Type: application/problem+json\r\n"
                  "Content-Length: "
                  + QByteArray::number(body.size())
                  + "\r\n"
                    "Cache-Control: no-store\r\n"
                    "X-Content-Type-Options: nosniff\r\n"
                    "Connection: close\r\n\r\n"
                  + body);
    // Half-close once the answer is out, so the client reads it even while still sending, and
    // give it a while to stop before the connection is cut.
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    });
    QTimer::singleShot(std::chrono::seconds(DrainSeconds), socket, [socket] { socket->abort(); });
    Q_EMIT refused(method, path);
}
