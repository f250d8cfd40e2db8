// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalprompt.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> readLine()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray out(line.data(), qsizetype(line.size()));
    sodium_memzero(line.data(), line.size());
    return out;
}

} // namespace

bool TerminalPrompt::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> TerminalPrompt::secret(const QString &prompt)
{
    if (!isInteractive())
        return readLine();
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios before{};
    const bool hidden = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (hidden) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    auto line = readLine();
    if (hidden)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::fputc('\n', stderr);
    return line;
}

std::optional<QByteArray> TerminalPrompt::newSecret(const QString &prompt, QString *error)
{
    auto first = secret(prompt);
    if (!first) {
        *error = u"no input"_s;
        return std::nullopt;
    }
    if (!isInteractive())
        return first;
    const auto again = secret(u"Again, to be sure: "_s);
    if (!again || *again != *first) {
        *error = u"the two did not match"_s;
        return std::nullopt;
    }
    return first;
}
