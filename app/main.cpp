// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "guimode.h"
#include "servemode.h"
#include "tasksmode.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

#include <sodium.h>

int main(int argc, char *argv[])
{
    // --serve (and --help, --version) never need a display: no QApplication for them.
    const bool headless = CommandLine::isHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app = headless
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reelvault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REELVAULT_VERSION));
    if (!headless)
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Reelvault"));
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
    if (options.task != CommandLine::Task::None)
        return TasksMode::run(options);
    if (options.serve)
        return ServeMode::run(options.server);
    return GuiMode::run(options.server, options.portGiven);
}
