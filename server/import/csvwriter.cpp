// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

using namespace Qt::StringLiterals;

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()
        && (v[0] == u'=' || v[0] == u'+' || v[0] == u'@'
            || (v[0] == u'-' && v.size() > 1 && !v[1].isDigit())))
        v.prepend(u'\'');
    const bool quote = v.contains(u',') || v.contains(u'"') || v.contains(u'\n')
            || v.contains(u'\r') || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(u'"', u"\"\""_s);
    return u'"' + v + u'"';
}

void CsvWriter::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    m_out += out.join(u',').toUtf8();
    m_out += "\r\n";
}
