// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

class Database;

// Each account's recovery codes, as hashes (RecoveryCodes). Callable from any thread.
class RecoveryCodeStore
{
public:
    explicit RecoveryCodeStore(Database &db);

    // One transaction: the account's codes are these, and only these (the old ones stop working).
    Done replace(qint64 userId, const QList<QByteArray> &hashes, qint64 now);
    // Spends the code with this hash: true when it was the account's and unused (now it is used),
    // false otherwise. One statement, so a code cannot be spent twice at once.
    Result<bool> spend(qint64 userId, const QByteArray &hash, qint64 now);
    // How many of the account's codes are still unused.
    Result<int> unused(qint64 userId);

private:
    Database &m_db;
};
