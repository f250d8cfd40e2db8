// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestchannel.h"

#include "http/httpconnection.h"
#include "http/uploadspool.h"

#include <cstring>

RequestChannel::RequestChannel(HttpConnection *connection, const QHostAddress &peer,
                               quint16 peerPort)
    : m_connection(connection)
{
    setPeerAddress(peer);
    setPeerPort(peerPort);
    setSocketState(QAbstractSocket::ConnectedState);
    setOpenMode(QIODevice::ReadWrite);
}

RequestChannel::~RequestChannel()
{
    // QAbstractSocket's destructor would abort() a socket it believes connected.
    setSocketState(QAbstractSocket::UnconnectedState);
    if (m_connection)
        m_connection->channelGone();
}

RequestChannel *RequestChannel::of(QTcpSocket *socket)
{
    return qobject_cast<RequestChannel *>(socket);
}

void RequestChannel::deliver(const QByteArray &request, std::shared_ptr<UploadSpool> upload)
{
    m_upload = std::move(upload);
    m_pending += request;
    Q_EMIT readyRead();
}

void RequestChannel::end()
{
    if (state() == QAbstractSocket::UnconnectedState)
        return;
    m_connection.clear();
    m_pending.clear();
    m_upload.reset();
    setSocketState(QAbstractSocket::UnconnectedState);
    setOpenMode(QIODevice::NotOpen);
    Q_EMIT disconnected();
}

void RequestChannel::responseComplete()
{
    m_upload.reset(); // a worker still reading it keeps its own reference
    if (m_connection)
        m_connection->responseComplete();
}

qint64 RequestChannel::bytesAvailable() const
{
    // QIODevice's own buffer: QAbstractSocket's would ask a socket engine there is none of.
    return QIODevice::bytesAvailable() + m_pending.size(); // NOLINT(bugprone-parent-virtual-call)
}

void RequestChannel::disconnectFromHost()
{
    // QHttpServer asks for this only when it cannot parse what it was given.
    if (m_connection)
        m_connection->closeFromServer();
    end();
}

void RequestChannel::close()
{
    disconnectFromHost();
}

qint64 RequestChannel::readData(char *data, qint64 maxSize)
{
    if (m_pending.isEmpty())
        return state() == QAbstractSocket::ConnectedState ? 0 : -1;
    const qint64 n = qMin<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(n));
    m_pending.remove(0, n);
    return n;
}

qint64 RequestChannel::readLineData(char *data, qint64 maxSize)
{
    return QIODevice::readLineData(data, maxSize); // NOLINT(bugprone-parent-virtual-call)
}

qint64 RequestChannel::skipData(qint64 maxSize)
{
    return QIODevice::skipData(maxSize); // NOLINT(bugprone-parent-virtual-call)
}

qint64 RequestChannel::writeData(const char *data, qint64 size)
{
    if (!m_connection)
        return -1;
    m_connection->writeResponseBytes(QByteArrayView(data, size));
    return size;
}
