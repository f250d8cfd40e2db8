// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: --database URL (DatabaseUrl::parse), on any text. Invariants: a refusal
// says why in one line; an accepted PostgreSQL URL has a user, a host, a database name and a
// port, none with a control character, and options that are plain key=value words (they go
// into libpq's connection string unquoted); display() never shows the password and parses
// back to the same place.
#include "store/databaseurl.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto url = DatabaseUrl::parse(text);
    if (!url) {
        if (url.fault().kind() != Fault::Kind::Unusable || url.fault().detail().isEmpty()
            || url.fault().detail().contains(u'\n'))
            abort();
        return 0;
    }
    if (!url->isPostgres()) {
        if (url->path().isEmpty() || hasControl(url->path()))
            abort();
        return 0;
    }
    if (url->user().isEmpty() || url->host().isEmpty() || url->databaseName().isEmpty()
        || url->port() == 0 || hasControl(url->user()) || hasControl(url->host())
        || hasControl(url->databaseName()) || hasControl(url->password()))
        abort();
    for (const QString &option : url->connectOptions().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0 || option.indexOf(u'=', eq + 1) >= 0
            || std::any_of(option.cbegin(), option.cend(),
                           [](QChar c) { return c.isSpace() || c == u'\'' || c == u'\\'; }))
            abort();
    }
    // The password is shown as *** and nothing of it is left: what the log shows names the same
    // database, without a password.
    const QString shown = url->display();
    if (!url->password().isEmpty() && !shown.contains(u":***@"_s))
        abort();
    const auto again = DatabaseUrl::parse(QString(shown).replace(u":***@"_s, u"@"_s));
    if (!again || !again->password().isEmpty() || again->user() != url->user()
        || again->host() != url->host() || again->port() != url->port()
        || again->databaseName() != url->databaseName()
        || again->connectOptions() != url->connectOptions())
        abort();
    return 0;
}
