// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class ApiServer;

// The API in-process for the desktop app, on a thread of its own: the GUI thread never waits
// for the server, the database or a password hash. It listens on the configured port, or on a
// free one when that is taken and no port was asked for.
class ServerThread : public QObject
{
    Q_OBJECT
public:
    explicit ServerThread(ServerConfig config, bool portFixed, QObject *parent = nullptr);
    ~ServerThread() override;

    void start();
    void stop();

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &error);

private:
    ServerConfig m_config;
    bool m_portFixed;
    QThread m_thread;
    QObject *m_home = nullptr; // lives in m_thread; parent of the server
    ApiServer *m_server = nullptr;
};
