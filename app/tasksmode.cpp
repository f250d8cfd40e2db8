// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasksmode.h"

#include "backup/backupformat.h"
#include "platform/keychainsecretstore.h"
#include "tasks/datadirtasks.h"
#include "terminalprompt.h"

#include <QDir>

#include <cstdio>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "reelvault: error: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int TasksMode::run(const CommandLine::Result &options)
{
    using Task = CommandLine::Task;
    KeychainSecretStore keychain;
    DataDirTasks tasks(options.server.dataDir, options.server.keyStore, &keychain);
    const QString argument = options.taskArgument;
    QString error;
    if (options.task == Task::MigrateTo && options.migrateTo) {
        const auto done = tasks.migrateTo(*options.migrateTo, options.server.signingKeyFile);
        if (!done)
            return fail(done.fault().detail().isEmpty() ? u"the copy failed"_s
                                                        : done.fault().detail());
        std::printf("%s\n", qPrintable(*done));
        return 0;
    }
    std::optional<QByteArray> secret;
    switch (options.task) {
    case Task::Backup:
        secret = TerminalPrompt::newSecret(u"Passphrase for the backup: "_s, &error);
        break;
    case Task::Restore:
        secret = TerminalPrompt::secret(u"Passphrase of the backup: "_s);
        break;
    case Task::ResetPassword:
        secret = TerminalPrompt::newSecret(u"New password for %1: "_s.arg(argument), &error);
        break;
    case Task::None:
    case Task::MigrateTo:
        return fail(u"no task"_s);
    }
    if (!secret)
        return fail(error.isEmpty() ? u"no passphrase given"_s : error);
    if (options.task != Task::ResetPassword
        && QString::fromUtf8(*secret).size() < BackupFormat::MinPassphraseLength)
        return fail(u"the passphrase must be at least %1 characters"_s.arg(
                BackupFormat::MinPassphraseLength));

    Result<QString> done = QString();
    switch (options.task) {
    case Task::Backup:
        done = tasks.backup(QDir(argument).absolutePath(), *secret);
        break;
    case Task::Restore:
        done = tasks.restore(QDir(argument).absolutePath(), *secret);
        break;
    case Task::ResetPassword:
        done = tasks.resetPassword(argument, QString::fromUtf8(*secret));
        break;
    case Task::None:
    case Task::MigrateTo:
        break;
    }
    sodium_memzero(secret->data(), size_t(secret->size()));
    if (!done)
        return fail(done.fault().detail().isEmpty() ? u"the task failed"_s : done.fault().detail());
    std::printf("%s\n", qPrintable(*done));
    return 0;
}
