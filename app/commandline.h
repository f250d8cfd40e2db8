// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

#include <QString>
#include <QStringList>

// The command line of `reelvault`, parsed without side effects (no printing, no exit), so it
// can be tested; main() acts on the result.
class CommandLine
{
public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    // A task on the data dir instead of a server or a window.
    enum class Task { None, Backup, Restore, ResetPassword, MigrateTo };
    struct Result
    {
        Action action = Action::Fail;
        bool serve = false; // --serve: the API alone, no window
        Task task = Task::None;
        QString taskArgument; // the file of --backup/--restore, the email of --reset-password
        std::optional<DatabaseUrl> migrateTo; // --migrate-to
        bool portGiven = false; // --port was on the command line
        ServerConfig server;
        QString message; // the help text, or the error for Fail
    };

    // arguments includes the program name first, as QCoreApplication::arguments() does.
    static Result parse(const QStringList &arguments);
    static QString defaultDataDir();
    // Whether these arguments want no window (--serve, --help, --version): decided before
    // any QApplication exists, so that --serve needs no display.
    static bool isHeadless(int argc, char **argv);
};
