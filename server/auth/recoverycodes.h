// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One-time recovery codes: the way back into an account when its password is forgotten and
// there is no email to send a link to.
//
// A code is 16 characters of Crockford's base 32 (80 random bits from libsodium), shown in four
// groups: "7KQ2-M9XD-4TRB-HW3E". What a person types back is forgiving: case, spaces and dashes
// do not matter, and O, I and L read as 0, 1 and 1. Only a hash is kept (BLAKE2b of the account
// and the code); 80 random bits need no slow hash to resist guessing from a stolen database.
class RecoveryCodes
{
public:
    static constexpr int Count = 10;
    static constexpr int Length = 16;

    static QStringList generate(int count = Count);
    // The code as stored (16 upper-case characters), or empty when it cannot be a code.
    static QString normalized(const QString &typed);
    // The stored hash of a code of userId; a code that is not one hashes too (to a value no
    // code has), so a wrong code costs what a right one does.
    static QByteArray hash(qint64 userId, const QString &typed);
    static QList<QByteArray> hashes(qint64 userId, const QStringList &codes);
};
