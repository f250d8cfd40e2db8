// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolerequest.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString ConsoleRequest::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString ConsoleRequest::toCurl(const QUrl &base, bool revealToken) const
{
    QStringList parts{u"curl"_s, u"-i"_s};
    if (method != "GET"_L1 || !body.isEmpty())
        parts << u"-X"_s << method;
    for (const auto &[name, value] : headers) {
        if (name.trimmed().isEmpty())
            continue;
        const bool bearer = name.compare("authorization"_L1, Qt::CaseInsensitive) == 0
                && value.startsWith("Bearer "_L1, Qt::CaseInsensitive);
        if (bearer && !revealToken)
            // Double quotes so the shell expands $TOKEN.
            parts << u"-H"_s << u"\"%1: Bearer $TOKEN\""_s.arg(name.trimmed());
        else
            parts << u"-H"_s << shellQuote(name.trimmed() + u": "_s + value);
    }
    if (!body.isEmpty())
        parts << u"--data-binary"_s << shellQuote(body);
    parts << shellQuote(base.toString() + path);
    return parts.join(u' ');
}
