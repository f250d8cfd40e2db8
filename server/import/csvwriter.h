// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

// Writes CSV the way CsvReader (and Letterboxd's importer, and spreadsheets) read it: UTF-8,
// CRLF, a field quoted when it holds a comma, a quote, a line break or edge spaces, quotes
// doubled. A field starting with = + - @ is prefixed with ' so that a spreadsheet shows it
// rather than running it as a formula.
class CsvWriter
{
public:
    void row(const QStringList &fields);
    QByteArray take() { return std::move(m_out); }

    static QString field(const QString &value);

private:
    QByteArray m_out;
};
