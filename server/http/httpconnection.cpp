// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "http/problem.h"
#include "http/requestchannel.h"
#include "http/uploadspool.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSocketNotifier>

#include <cerrno>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::seconds DrainTime{5};
constexpr qsizetype ReadChunk = 64 * 1024;
constexpr qsizetype SpoolWindow = 1024 * 1024;

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

QHostAddress peerOf(int fd, quint16 *port)
{
    sockaddr_storage storage{};
    socklen_t size = sizeof(storage);
    *port = 0;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &size) != 0)
        return {};
    QHostAddress address(reinterpret_cast<sockaddr *>(&storage));
    if (storage.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    else if (storage.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port);
    return address;
}

// The request line's path for the log: never the query string.
QByteArray logPathOf(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

} // namespace

HttpConnection::HttpConnection(int fd, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_limits(limits)
    , m_readNotifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
    , m_writeNotifier(new QSocketNotifier(fd, QSocketNotifier::Write, this))
    , m_lastActivity(monotonicMs())
{
    quint16 port = 0;
    const QHostAddress peer = peerOf(fd, &port);
    m_channel = new RequestChannel(this, peer, port);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HttpConnection::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HttpConnection::onWritable);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    armTimer();
}

HttpConnection::~HttpConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
    // Destroyed with the server while still open: the channel (and the request object
    // QHttpServer keeps for it) goes too, now; a deleteLater() would never run after the
    // server's event loop has ended.
    if (RequestChannel *channel = m_channel) {
        channel->detach();
        delete channel;
    }
}

RequestChannel *HttpConnection::channel() const
{
    return m_channel;
}

bool HttpConnection::isEvictable() const
{
    return m_state == State::Head || m_state == State::Body || m_state == State::Chunked
            || m_state == State::Draining;
}

void HttpConnection::setReading(bool on)
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(on);
}

void HttpConnection::abort()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    m_in.clear();
    m_out.clear();
    if (m_channel)
        m_channel->end();
    Q_EMIT closed();
    deleteLater();
}

void HttpConnection::onReadable()
{
    char buffer[ReadChunk];
    // Read no further ahead than readAhead(): the rest waits in the kernel (back-pressure).
    const qsizetype cap = readAhead();
    while (m_state != State::Closed && (m_state == State::Draining || m_in.size() < cap)) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_lastActivity = monotonicMs();
            if (m_state != State::Draining && m_state != State::Closing)
                m_in.append(buffer, n);
            continue;
        }
        if (n == 0) {
            m_peerEof = true;
            setReading(false);
            if (m_state == State::Draining) {
                abort();
                return;
            }
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        abort(); // reset by the peer
        return;
    }
    if (m_in.size() >= cap)
        setReading(false);
    process();
    // The head just read announced an upload (its body may be read on, up to the larger limit),
    // or the spool took what was read.
    if (m_state == State::Body || m_state == State::Chunked) {
        if (!m_peerEof && m_in.size() < readAhead())
            setReading(true);
    }
}

const char *HttpConnection::tooLargeDetail() const
{
    return m_upload ? m_upload->tooLarge : "The body is larger than 64 KiB.";
}

qsizetype HttpConnection::readAhead() const
{
    // (While a head is awaited, m_head is the last request's: the ordinary limit.)
    const bool inBody = m_state == State::Body || m_state == State::Chunked;
    if (inBody && m_spool)
        return RequestHeadParser::MaxHeadBytes + SpoolWindow + ReadChunk;
    return RequestHeadParser::MaxHeadBytes + (inBody ? bodyLimit() : m_limits.maxBodyBytes)
            + ReadChunk;
}

bool HttpConnection::startSpool()
{
    m_spool = std::make_shared<UploadSpool>();
    if (m_spool->open())
        return true;
    m_spool.reset();
    refuse({Fault::Kind::StorageFailed, "The upload could not be stored: no temporary file."});
    return false;
}

bool HttpConnection::spool(QByteArrayView bytes)
{
    if (m_spool->append(bytes))
        return true;
    m_spool.reset();
    refuse({Fault::Kind::StorageFull, "The upload could not be stored: the disk is full."});
    return false;
}

void HttpConnection::onWritable()
{
    flush();
}

void HttpConnection::process()
{
    if (m_inProcess)
        return; // the loop below carries on
    m_inProcess = true;
    QPointer<HttpConnection> self(this);
    while (self && step()) { }
    if (self)
        m_inProcess = false;
}

// One move of the state machine; true while it can go on with what it has.
bool HttpConnection::step()
{
    HeadError error;
    switch (m_state) {
    case State::Head: {
        qsizetype skipped = 0;
        const qsizetype end = RequestHeadParser::findEnd(m_in, &skipped, &error);
        if (end < 0) {
            refuse(error);
            return false;
        }
        if (end == 0) {
            if (skipped > 0)
                m_in.remove(0, skipped);
            if (m_peerEof) {
                abort();
                return false;
            }
            if (!m_in.isEmpty() && !m_requestStarted) {
                m_requestStarted = true;
                armTimer();
            }
            return false;
        }
        m_head = RequestHead();
        m_upload = nullptr;
        const auto head = RequestHeadParser::parse(
                QByteArrayView(m_in.constData() + skipped, end - skipped), &error);
        m_in.remove(0, end);
        if (!head) {
            refuse(error);
            return false;
        }
        m_head = *head;
        m_upload = m_limits.uploadFor(m_head.method, logPathOf(m_head.target)); // once a request
        m_body.clear();
        m_spool.reset();
        m_bodyOffset = 0;
        if (m_head.framing == RequestHead::Framing::Length && m_head.contentLength > bodyLimit()) {
            refuse({Fault::Kind::BodyTooLarge, tooLargeDetail()});
            return false;
        }
        const bool bodyComing
                = m_head.framing == RequestHead::Framing::Chunked || m_head.contentLength > 0;
        if (m_head.expectContinue && bodyComing && m_in.isEmpty())
            writeResponseBytes("HTTP/1.1 100 Continue\r\n\r\n");
        if (bodyComing && isUpload() && !startSpool())
            return false;
        if (m_head.framing == RequestHead::Framing::Chunked) {
            m_chunked.emplace(bodyLimit(), tooLargeDetail());
            m_state = State::Chunked;
        } else {
            m_state = State::Body;
        }
        m_requestStarted = true;
        armTimer(); // the body gets the same time again
        return true;
    }
    case State::Body:
        if (m_spool) {
            const qsizetype take
                    = qsizetype(qMin<qint64>(m_in.size(), m_head.contentLength - m_spool->size()));
            if (!spool(QByteArrayView(m_in).first(take)))
                return false;
            m_in.remove(0, take);
            if (m_spool->size() < m_head.contentLength) {
                if (m_peerEof)
                    abort();
                return false;
            }
            dispatch();
            return true;
        }
        if (m_in.size() < m_head.contentLength) {
            if (m_peerEof)
                abort();
            return false;
        }
        m_body = m_in.left(m_head.contentLength);
        m_in.remove(0, m_head.contentLength);
        dispatch();
        return true;
    case State::Chunked: {
        const auto state = m_chunked->feed(m_in, &m_bodyOffset, &m_body, &error);
        m_in.remove(0, m_bodyOffset);
        m_bodyOffset = 0;
        if (state == ChunkedDecoder::State::Error) {
            refuse(error);
            return false;
        }
        if (m_spool) {
            if (!spool(m_body))
                return false;
            m_body.resize(0);
        }
        if (state == ChunkedDecoder::State::NeedMore) {
            if (m_peerEof)
                abort();
            return false;
        }
        m_chunked.reset();
        dispatch();
        return true;
    }
    case State::InFlight:
    case State::Closing:
    case State::Draining:
    case State::Closed:
        return false;
    }
    return false;
}

bool HttpConnection::isUpload() const
{
    return m_upload != nullptr;
}

qint64 HttpConnection::bodyLimit() const
{
    return m_upload ? qMax(m_upload->maxBytes, m_limits.maxBodyBytes) : m_limits.maxBodyBytes;
}

void HttpConnection::dispatch()
{
    m_state = State::InFlight;
    m_timer.stop();
    m_requestStarted = false;
    if (!m_channel) {
        abort();
        return;
    }
    // The channel may answer at once (re-entering responseComplete) or later, from a worker.
    m_channel->deliver(m_head.canonical(m_body.size()) + m_body, std::exchange(m_spool, {}));
    m_body.clear();
}

void HttpConnection::writeResponseBytes(QByteArrayView bytes)
{
    if (m_state == State::Closed || m_state == State::Draining)
        return;
    m_out.append(bytes.data(), bytes.size());
    // QHttpServer writes an answer in pieces (status line, each header, the body): they leave
    // together when it is complete (responseComplete), in one segment where they fit. A small
    // segment sent on its own would wait for the client's delayed ACK (Nagle): 40 ms an answer.
    if (m_state == State::InFlight)
        return;
    if (m_writeNotifier && !m_writeNotifier->isEnabled())
        flush();
}

void HttpConnection::responseComplete()
{
    if (m_state != State::InFlight)
        return;
    m_servedOne = true;
    m_lastActivity = monotonicMs();
    if (m_head.closeAfter) {
        m_state = State::Closing;
        flush();
        return;
    }
    m_state = State::Head;
    if (m_writeNotifier && !m_writeNotifier->isEnabled())
        flush();
    if (m_state == State::Closed)
        return; // the client went away while the answer was written
    if (!m_peerEof)
        setReading(true);
    armTimer();
    if (m_inProcess)
        return; // the running loop reads the next request
    // Answered later (from a worker): go on with what was pipelined behind it.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::closeFromServer()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closing;
    flush();
}

void HttpConnection::channelGone()
{
    m_channel.clear();
    if (m_state != State::Closed)
        abort();
}

void HttpConnection::refuse(const HeadError &error)
{
    const QByteArray method = m_head.method.isEmpty() ? QByteArray("-") : m_head.method;
    const QByteArray path = m_head.target.isEmpty() ? QByteArray("-") : logPathOf(m_head.target);
    m_spool.reset(); // a refused upload's file goes at once
    const Problem problem = Problem::from(error.fault());
    writeResponseBytes(problem.toHttpMessage(true));
    Q_EMIT refused(method, path, int(problem.status()));
    m_state = State::Closing;
    flush();
}

void HttpConnection::armTimer()
{
    if (m_state == State::InFlight || m_state == State::Closed)
        return;
    const bool waiting = m_state == State::Head && !m_requestStarted;
    m_timer.start(waiting && m_servedOne ? m_limits.idleTimeout : m_limits.requestTimeout);
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Head:
    case State::Body:
    case State::Chunked:
        if (m_requestStarted) {
            refuse({Fault::Kind::RequestTimeout, "The request did not arrive in time."});
            return;
        }
        abort(); // idle, or never sent anything
        return;
    case State::Closing:
    case State::Draining:
        abort();
        return;
    case State::InFlight:
    case State::Closed:
        return;
    }
}

void HttpConnection::flush()
{
    while (!m_out.isEmpty()) {
        const ssize_t n = ::send(m_fd, m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_out.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        abort(); // the client is gone
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    if (m_state == State::Closing)
        closeGracefully();
}

void HttpConnection::closeGracefully()
{
    // Half-close, then read and drop what the client still sends until it closes too, so the
    // answer is not lost to a reset.
    if (m_peerEof) {
        abort();
        return;
    }
    ::shutdown(m_fd, SHUT_WR);
    m_state = State::Draining;
    m_in.clear();
    if (m_channel)
        m_channel->end();
    setReading(true);
    m_timer.start(DrainTime);
}
