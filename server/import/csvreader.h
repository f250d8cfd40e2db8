// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// Reads CSV as Letterboxd and IMDb write it (RFC 4180): fields separated by commas, records
// by CRLF or LF, fields in double quotes may hold commas, newlines and doubled quotes ("").
// A byte-order mark at the start is skipped; blank lines are skipped; text is UTF-8 (an invalid
// sequence becomes U+FFFD, never an error). Leniently, a quote inside an unquoted field is
// kept as it is. The only error is a quoted field still open at the end of the data.
//
// It reads the bytes it is given in place (no copy of the whole input) and hands out one record
// at a time.
class CsvReader
{
public:
    // Limits that keep a hostile file from costing more than its size: fields per record,
    // and characters per field.
    static constexpr int MaxFields = 256;
    static constexpr qsizetype MaxFieldBytes = 1 << 20;

    explicit CsvReader(QByteArrayView data);

    // The next record into fields; false at the end of the data or on an error.
    bool next(QStringList *fields);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // English, with the line it happened on
    // The line (1-based) the last record read started on.
    int line() const { return m_recordLine; }

private:
    bool fail(const QString &message);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};
