// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderrors.h"

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
