// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

class HttpConnection;
class UploadSpool;

// What QHttpServer (6.4) is given instead of the network socket: a QTcpSocket with no network
// behind it. HttpConnection reads the wire, checks each request with the strict parser and
// passes it in here in canonical form, one request at a time; whatever QHttpServer writes goes
// back to the connection, which puts it on the wire in request order.
class RequestChannel : public QTcpSocket
{
    Q_OBJECT
public:
    RequestChannel(HttpConnection *connection, const QHostAddress &peer, quint16 peerPort);
    ~RequestChannel() override;

    // One canonical request, head and body; an upload's body comes spooled beside it (the
    // request then says Content-Length: 0).
    void deliver(const QByteArray &request, std::shared_ptr<UploadSpool> upload = {});
    // The spooled body of the request being answered, if it is an upload.
    std::shared_ptr<UploadSpool> upload() const { return m_upload; }
    // The connection is gone: the channel reads as closed and says so (QHttpServer deletes it).
    void end();
    // The connection is going away without being told by the channel: forget it.
    void detach() { m_connection.clear(); }
    // Called once a whole response was written (by ApiServer::send).
    void responseComplete();

    // The channel of socket, when QHttpServer was given one.
    static RequestChannel *of(QTcpSocket *socket);

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override { return 0; }
    void disconnectFromHost() override;
    void close() override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    // QIODevice's own versions: QAbstractSocket's would ask a socket engine there is none of.
    qint64 readLineData(char *data, qint64 maxSize) override;
    qint64 skipData(qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<HttpConnection> m_connection;
    QByteArray m_pending;
    std::shared_ptr<UploadSpool> m_upload;
};
