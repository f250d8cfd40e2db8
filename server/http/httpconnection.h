// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httplimits.h"
#include "http/requesthead.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;
class RequestChannel;
class UploadSpool;

// One client connection, read and written on its raw descriptor (QTcpSocket cannot half-close:
// it drops the connection when the client shuts down its sending side, before the answer).
//
// Requests are taken one at a time: the head is parsed strictly (RequestHeadParser), the body
// framed by Content-Length or chunked, and the request handed to QHttpServer through the
// RequestChannel in canonical form. The next request is read only once the answer to this one
// was written, so pipelined requests are answered in order. Anything the parser refuses gets
// its problem answer here, and the connection closes. A connection that sends no complete head
// in time, or stays idle too long between requests, is closed. An upload's body is not gathered
// in memory: it is written to an UploadSpool as it arrives, and handed over beside the request.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(int fd, const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpConnection() override;

    RequestChannel *channel() const;

    // Waiting for a request (none in flight): may be closed to make room for another.
    bool isEvictable() const;
    qint64 lastActivity() const { return m_lastActivity; }
    void abort();

    // From the channel.
    void writeResponseBytes(QByteArrayView bytes);
    void responseComplete();
    void closeFromServer();
    void channelGone();

Q_SIGNALS:
    void closed();
    // A request refused before it reached the API: for the request log.
    void refused(const QByteArray &method, const QByteArray &path, int status);

private:
    enum class State { Head, Body, Chunked, InFlight, Closing, Draining, Closed };

    void onReadable();
    void onWritable();
    void process();
    bool step();
    void dispatch();
    // The request being read is one of the upload routes (m_upload: an import, a poster): its
    // body may be as large as the route says, and is spooled.
    bool isUpload() const;
    qint64 bodyLimit() const;
    const char *tooLargeDetail() const;
    // How far ahead of the parser the stream is read: one whole request, or while an upload is
    // spooled, a window of it.
    qsizetype readAhead() const;
    bool startSpool();
    bool spool(QByteArrayView bytes);
    void refuse(const HeadError &error);
    void onTimeout();
    void flush();
    void closeGracefully();
    void armTimer();
    void setReading(bool on);

    int m_fd;
    HttpLimits m_limits;
    State m_state = State::Head;
    QSocketNotifier *m_readNotifier;
    QSocketNotifier *m_writeNotifier;
    QPointer<RequestChannel> m_channel;
    QByteArray m_in;
    QByteArray m_out;
    RequestHead m_head;
    const UploadRoute *m_upload = nullptr; // m_head's upload route, if it is one
    QByteArray m_body;
    std::shared_ptr<UploadSpool> m_spool; // the body of the upload being read, when it is one
    std::optional<ChunkedDecoder> m_chunked;
    qsizetype m_bodyOffset = 0;
    bool m_peerEof = false;
    bool m_inProcess = false;
    bool m_servedOne = false;
    bool m_requestStarted = false;
    qint64 m_lastActivity = 0;
    QTimer m_timer;
};
