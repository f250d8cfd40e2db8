#include "commandline.h"
#include "servemode.h"

#include <QCoreApplication>

#include <cstdio>

#include <sodium.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reelvault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REELVAULT_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral(
                "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: "
                "%{message}"));
    if (sodium_init() < 0) {
        std::fputs("reelvault: error: libsodium could not be initialised\n", stderr);
        return 1;
    }

    const CommandLine::Result options = CommandLine::parse(QCoreApplication::arguments());
    switch (options.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        std::fputs(qPrintable(options.message + u'\n'), stdout);
        return 0;
    case CommandLine::Action::Fail:
        std::fprintf(stderr, "reelvault: error: %s (see --help)\n", qPrintable(options.message));
        return 2;
    case CommandLine::Action::Run:
        break;
    }
    if (!options.serve)
        std::fputs("reelvault: the desktop window is not part of this build yet; serving the API "
                   "as with --serve\n",
                   stderr);
    return ServeMode::run(options.server);
}
