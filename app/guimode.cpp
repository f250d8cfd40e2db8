// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimode.h"

#include "client/apiclient.h"
#include "client/sessionvault.h"
#include "guithreadsecretstore.h"
#include "mainwindow.h"
#include "serverthread.h"
#include "theme/theme.h"
#include "translator.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

#include <utility>

int GuiMode::run(const ServerConfig &config, bool portFixed)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reelvault.svg")));
    Translator::install(); // the chosen language, else the system's
    Theme::apply(Theme::chosen()); // light, dark, or as the desktop has it
    ApiClient api;
    // One remembered session per data dir: two catalogues on one machine do not mix.
    SessionVault vault(
            QStringLiteral("session %1").arg(QFileInfo(config.dataDir).absoluteFilePath()));
    MainWindow window(&api, &vault);
    window.show(); // at once, before the server has opened the database

    ServerConfig serverConfig = config;
    serverConfig.keychain = std::make_shared<GuiThreadSecretStore>();
    ServerThread server(serverConfig, portFixed);
    QObject::connect(&server, &ServerThread::ready, &window, &MainWindow::serverReady);
    QObject::connect(&server, &ServerThread::failed, &window, &MainWindow::serverFailed);
    // This computer's API runs only while it is the chosen server, or once it has been: with a
    // shared server chosen (Settings › Server) the local catalogue is not even opened.
    bool started = false;
    const auto startServer = [&server, &started] {
        if (!std::exchange(started, true))
            server.start();
    };
    QObject::connect(&window, &MainWindow::localServerNeeded, &window, startServer);
    if (window.serverChoice().isThisComputer())
        startServer();
    const int rc = QApplication::exec();
    server.stop();
    return rc;
}
