// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A secret (a passphrase, a new password) for a command-line task: typed at the terminal
// without echo, or read as one line from standard input when that is not a terminal (scripts,
// tests). Nothing when input ends first.
class TerminalPrompt
{
public:
    static bool isInteractive();
    static std::optional<QByteArray> secret(const QString &prompt);
    // Asked twice at a terminal (the two must match); once from a pipe.
    static std::optional<QByteArray> newSecret(const QString &prompt, QString *error);
};
