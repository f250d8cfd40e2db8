// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fielderrors.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

// The contract's rules for accounts: email, password and name. Pure functions of their input
// (plus the bundled common-password list), so they are tested data-driven without a server.
class AccountRules
{
public:
    static constexpr int MaxEmailLength = 254;
    static constexpr int MinPasswordLength = 8;
    static constexpr int MaxPasswordLength = 128;
    static constexpr int MaxNameLength = 100;

    AccountRules();
    // For tests: a rule set with an explicit common-password list.
    explicit AccountRules(QSet<QString> commonPasswords);

    // Each returns nothing when the value is acceptable, else what is wrong: a stable code
    // (listed in /openapi.json), the limit it refers to, and a sentence.
    using Verdict = std::optional<FieldErrors::Entry>;
    Verdict checkEmail(const QString &email) const;
    Verdict checkPassword(const QString &password, const QString &email) const;
    Verdict checkName(const QString &name) const;

    static QString normalizedEmail(const QString &email); // trimmed
    static QString emailKey(const QString &email); // trimmed, case-folded: unique key
    static QString defaultName(const QString &email); // the local part
    static int characterCount(const QString &text); // Unicode code points

    bool isCommonPassword(const QString &password) const;
    qsizetype commonPasswordCount() const { return m_common.size(); }

    static QSet<QString> loadCommonPasswords(const QString &path);

private:
    QSet<QString> m_common;
};
