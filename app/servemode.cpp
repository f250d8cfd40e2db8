#include "servemode.h"

#include "http/apiserver.h"
#include "logging.h"
#include "signalwatcher.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

int ServeMode::run(const ServerConfig &config)
{
    // Installed before the server starts, so a signal during start-up is not lost.
    SignalWatcher signals({SIGINT, SIGTERM});
    QObject::connect(&signals, &SignalWatcher::received, qApp, [](int signalNumber) {
        qCInfo(lcApp) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });

    ApiServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "reelvault: error: %s\n", qPrintable(error));
        return 1;
    }
    const QString host = config.address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + config.address.toString() + u']'
            : config.address.toString();
    std::printf("Listening on http://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);

    const int rc = QCoreApplication::exec();
    server.stop();
    qCInfo(lcApp) << "stopped";
    return rc;
}
