// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderrors.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

const QStringList &FieldErrors::knownCodes()
{
    static const QStringList codes{
            u"required"_s,      u"wrong_type"_s,        u"unknown_field"_s,
            u"read_only"_s,     u"nothing_to_change"_s, u"empty"_s,
            u"too_short"_s,     u"too_long"_s,          u"forbidden_character"_s,
            u"invalid_email"_s, u"too_common"_s,        u"same_as_email"_s,
            u"out_of_range"_s,  u"invalid_date"_s,      u"mismatch"_s,
            u"unknown_value"_s, u"before_year_from"_s};
    return codes;
}

void FieldErrors::add(const QString &field, QString code, QString message, QJsonObject limits)
{
    Q_ASSERT_X(knownCodes().contains(code), "FieldErrors::add", "a code missing from knownCodes()");
    m_entries.insert(field, {std::move(code), std::move(message), std::move(limits)});
}

QJsonObject FieldErrors::messages() const
{
    QJsonObject out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        out.insert(it.key(), it->message);
    return out;
}

QJsonObject FieldErrors::codes() const
{
    QJsonObject out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject entry = it->limits;
        entry.insert(u"code"_s, it->code);
        out.insert(it.key(), entry);
    }
    return out;
}

std::optional<QString> FieldErrors::requiredString(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        add(field, u"required"_s, u"%1 is required."_s.arg(field));
        return std::nullopt;
    }
    if (!v.isString()) {
        add(field, u"wrong_type"_s, u"%1 must be a string."_s.arg(field),
            {{u"type"_s, u"string"_s}});
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> FieldErrors::wholeNumber(const QUrlQuery &query, const QString &name,
                                               qint64 min, qint64 max)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const bool digits = !text.isEmpty()
            && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (digits && ok && n >= min && n <= max)
        return n;
    add(name, u"out_of_range"_s,
        u"%1 must be a whole number from %2 to %3."_s.arg(name).arg(min).arg(max),
        {{u"min"_s, min}, {u"max"_s, max}});
    return std::nullopt;
}
