// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderrors.h"

using namespace Qt::StringLiterals;

void FieldErrors::add(const QString &field, QString code, QString message, QJsonObject limits)
{
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
