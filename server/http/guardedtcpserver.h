#pragma once

#include <QTcpServer>

// The listening socket of the API. Each connection gets a look at every request's header block
// before QHttpServer (6.4) starts buffering the body: a declared Content-Length over the limit,
// or a chunked body that grows past it, is answered 413 at once; the body is then discarded as
// it arrives instead of being read into memory, and the connection closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;

    // Set on a socket once it was refused, so the dispatcher never answers it a second time.
    static constexpr const char *RefusedProperty = "reelvault_refused";

Q_SIGNALS:
    // method and path of the refused request, for the request log
    void refused(const QByteArray &method, const QByteArray &path);

private:
    void inspect(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, const QByteArray &method, const QByteArray &path);

    qint64 m_maxBody;
};
