// SPDX-License-Identifier: GPL-3.0-or-later
#include "servemode.h"

#include "apiserver.h"
#include "logging.h"
#include "signalwatcher.h"

#include <QCoreApplication>

#include <QList>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Log lines written while the server starts are held back: a failed start prints exactly one
// line (the error), a successful one prints them all, in order, right after it is ready.
QList<QString> heldBack;

void holdBack(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    heldBack << qFormatLogMessage(type, context, message);
}

} // namespace

int ServeMode::run(const ServerConfig &config)
{
    // Installed before the server starts, so a signal during start-up is not lost.
    SignalWatcher signals({SIGINT, SIGTERM});
    QObject::connect(&signals, &SignalWatcher::received, qApp, [](int signalNumber) {
        qCInfo(lcApp) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });

    ApiServer server(config);
    const QtMessageHandler previous = qInstallMessageHandler(holdBack);
    const auto failure = server.start();
    qInstallMessageHandler(previous);
    if (failure) {
        std::fprintf(stderr, "reelvault: error: %s\n", qPrintable(failure->message));
        return 1;
    }
    for (const QString &line : std::as_const(heldBack))
        std::fprintf(stderr, "%s\n", qPrintable(line));
    heldBack.clear();
    const QString host = config.address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + config.address.toString() + u']'
            : config.address.toString();
    std::printf("Listening on http://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);
    // Passwords and tokens travel in the clear over plain HTTP: fine on the loopback, not
    // across a network.
    if (!config.address.isLoopback())
        std::fprintf(stderr,
                     "reelvault: warning: listening on %s, beyond this computer, over plain HTTP: "
                     "passwords and tokens would cross the network readable by anyone on the "
                     "way. Put it behind a reverse proxy that speaks TLS (docs/shared-server.md) "
                     "and let only the proxy reach it.\n",
                     qPrintable(host));

    const int rc = QCoreApplication::exec();
    server.stop();
    qCInfo(lcApp) << "stopped";
    return rc;
}
