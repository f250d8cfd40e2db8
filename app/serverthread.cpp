// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverthread.h"

#include "apiserver.h"
#include "logging.h"

ServerThread::ServerThread(ServerConfig config, bool portFixed, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_portFixed(portFixed)
{
    m_thread.setObjectName(QStringLiteral("api-server"));
}

ServerThread::~ServerThread()
{
    stop();
}

void ServerThread::start()
{
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_home, [this] {
        auto *server = new ApiServer(m_config, m_home);
        auto failure = server->start();
        if (failure && !m_portFixed
            && failure->reason == ApiServer::StartFailure::Reason::PortUnavailable) {
            qCInfo(lcApp) << "port" << m_config.port << "is taken; using a free one";
            delete server;
            ServerConfig anyPort = m_config;
            anyPort.port = 0;
            server = new ApiServer(anyPort, m_home);
            failure = server->start();
        }
        if (failure) {
            delete server;
            Q_EMIT failed(failure->message);
            return;
        }
        m_server = server;
        Q_EMIT ready(server->url());
    });
}

void ServerThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
            m_home,
            [this] {
                if (m_server)
                    m_server->stop();
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
