// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

// Writes compact JSON (RFC 8259, UTF-8) straight into a byte array. For the hot paths only,
// where building a QJsonObject per row costs more than the query: the /moviedata page is most
// of the server's work. Everything else uses QJsonDocument.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name); // names are ASCII identifiers: written as is

    void string(QStringView value);
    void integer(qint64 value);
    void number(double value); // non-finite numbers become null
    void boolean(bool value);
    void null();
    void raw(QByteArrayView json); // an already serialised value

    QByteArray take() { return std::move(m_out); }

    static void appendEscaped(QByteArray &out, QStringView value);

private:
    void beforeValue();

    QByteArray m_out;
    QVarLengthArray<bool, 8> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};
