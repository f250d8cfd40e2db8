// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

using namespace Qt::StringLiterals;

CsvReader::CsvReader(QByteArrayView data)
    : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    m_pos = m_data.size();
    return false;
}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    const qsizetype size = m_data.size();
    const char *data = m_data.data();
    // Blank lines between records are nothing.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    QByteArray field;
    while (true) {
        field.clear();
        if (m_pos < size && data[m_pos] == '"') {
            ++m_pos;
            while (true) {
                if (m_pos >= size)
                    return fail(u"line %1: a quoted field is not closed"_s.arg(m_recordLine));
                const char c = data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                        field.append('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos; // the closing quote
                    break;
                }
                if (c == '\n')
                    ++m_line;
                field.append(c);
                ++m_pos;
                if (field.size() > MaxFieldBytes)
                    return fail(u"line %1: a field is longer than 1 MiB"_s.arg(m_recordLine));
            }
        }
        // The unquoted part (or what follows a closing quote, kept as written).
        const qsizetype start = m_pos;
        while (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n' && data[m_pos] != '\r')
            ++m_pos;
        field.append(data + start, m_pos - start);
        if (field.size() > MaxFieldBytes)
            return fail(u"line %1: a field is longer than 1 MiB"_s.arg(m_recordLine));
        if (fields->size() >= MaxFields)
            return fail(u"line %1: more than %2 fields"_s.arg(m_recordLine).arg(MaxFields));
        fields->append(QString::fromUtf8(field));
        if (m_pos >= size)
            return true;
        const char end = data[m_pos];
        if (end == ',') {
            ++m_pos;
            continue;
        }
        // The end of the record: CRLF, LF or a lone CR.
        ++m_pos;
        if (end == '\r' && m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}
