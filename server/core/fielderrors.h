// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What is wrong with the fields of a request, field by field: a stable machine code (documented
// in /openapi.json: "too_short", "too_common", …), the limits it refers to as numbers, and an
// English sentence for people reading the raw answer. Clients translate from the code and the
// limits, never from the sentence.
class FieldErrors
{
public:
    struct Entry
    {
        QString code;
        QString message;
        QJsonObject limits; // e.g. {"min": 8}
    };

    // Every code add() accepts, as /openapi.json lists them.
    static const QStringList &knownCodes();

    // A later error for the same field replaces the earlier one. code is one of knownCodes().
    void add(const QString &field, QString code, QString message, QJsonObject limits = {});
    // A required string field of a JSON body: its value, or nothing with the error added
    // ("required", "wrong_type").
    std::optional<QString> requiredString(const QJsonObject &body, const QString &field);
    // An optional whole-number query parameter: nothing when absent, its value when it is
    // digits from min to max, else nothing with "out_of_range" added (with min and max).
    std::optional<qint64> wholeNumber(const class QUrlQuery &query, const QString &name, qint64 min,
                                      qint64 max);
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(const QString &field) const { return m_entries.contains(field); }
    QString code(const QString &field) const { return m_entries.value(field).code; }
    const QMap<QString, Entry> &entries() const { return m_entries; }

    // The contract's "errors": {field: message}.
    QJsonObject messages() const;
    // "fields": {field: {"code": ..., limits...}}.
    QJsonObject codes() const;

private:
    QMap<QString, Entry> m_entries;
};
