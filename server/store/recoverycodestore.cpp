// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycodestore.h"

#include "database.h"

using namespace Qt::StringLiterals;

RecoveryCodeStore::RecoveryCodeStore(Database &db)
    : m_db(db)
{ }

Done RecoveryCodeStore::replace(qint64 userId, const QList<QByteArray> &hashes, qint64 now)
{
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun;
    if (const auto dropped
        = m_db.affected(u"DELETE FROM recovery_codes WHERE user_id = ?"_s, {userId});
        !dropped)
        return dropped.fault();
    for (const QByteArray &hash : hashes) {
        const auto added = m_db.affected(
                u"INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)"_s,
                {userId, hash, now});
        if (!added)
            return added.fault();
    }
    return tx.commit();
}

Result<bool> RecoveryCodeStore::spend(qint64 userId, const QByteArray &hash, qint64 now)
{
    const auto spent = m_db.affected(u"UPDATE recovery_codes SET used_at = ? "
                                     u"WHERE user_id = ? AND code_hash = ? AND used_at IS NULL"_s,
                                     {now, userId, hash});
    if (!spent)
        return spent.fault();
    return *spent == 1;
}

Result<int> RecoveryCodeStore::unused(qint64 userId)
{
    const auto n = m_db.value(
            u"SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL"_s,
            {userId});
    if (!n)
        return n.fault();
    return n->toInt();
}
