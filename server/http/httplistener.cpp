// SPDX-License-Identifier: GPL-3.0-or-later
#include "httplistener.h"

#include "http/httpconnection.h"
#include "http/problem.h"
#include "http/requestchannel.h"
#include "logging.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Descriptors kept back for everything else: SQLite (three files per thread's connection), the
// keychain's D-Bus, log output, the event loop.
constexpr int ReservedDescriptors = 64;

int descriptorBudget(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    const auto available = qint64(limit.rlim_cur) - ReservedDescriptors;
    return int(qBound(qint64(1), available, qint64(wanted)));
}

} // namespace

HttpListener::HttpListener(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxConnections(descriptorBudget(limits.maxConnections))
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(std::chrono::milliseconds(100));
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (isListening())
            resumeAccepting();
    });
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        // Out of descriptors (EMFILE/ENFILE): QTcpServer has paused; try again in a moment.
        qCWarning(lcHttp) << "cannot accept a connection:" << error << "- retrying shortly";
        pauseAccepting();
        m_resume.start();
    });
}

bool HttpListener::makeRoom()
{
    if (m_connections.size() < m_maxConnections)
        return true;
    HttpConnection *oldest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isEvictable() && (!oldest || c->lastActivity() < oldest->lastActivity()))
            oldest = c;
    }
    if (!oldest)
        return false;
    oldest->abort(); // removes itself from m_connections
    return true;
}

void HttpListener::incomingConnection(qintptr handle)
{
    const int fd = int(handle);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    // Answers are written whole (see HttpConnection::writeResponseBytes); no reason to hold a
    // last small segment back for an ACK.
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    if (!makeRoom()) {
        const QByteArray busy = Problem::from(Fault(Fault::Kind::ConnectionsBusy).withRetryAfter(1))
                                        .toHttpMessage(true);
        (void)::send(fd, busy.constData(), size_t(busy.size()), MSG_NOSIGNAL);
        ::shutdown(fd, SHUT_WR);
        ::close(fd);
        qCInfo(lcHttp) << "refused a connection: all" << m_maxConnections << "are busy";
        return;
    }
    auto *connection = new HttpConnection(fd, m_limits, this);
    m_connections.append(connection);
    connect(connection, &HttpConnection::closed, this,
            [this, connection] { m_connections.removeOne(connection); });
    connect(connection, &HttpConnection::refused, this, &HttpListener::refused);
    addPendingConnection(connection->channel());
}
