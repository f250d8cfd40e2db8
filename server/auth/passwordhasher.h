// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Argon2id password hashes in the PHC string format, through libsodium.
//
// The default cost follows OWASP's Password Storage Cheat Sheet (m = 19 MiB, t = 2, p = 1).
// Every call is CPU- and memory-heavy by design: call it from a worker thread, never from the
// thread that serves HTTP.
class PasswordHasher
{
public:
    struct Cost
    {
        unsigned long long opsLimit;
        size_t memLimitBytes;
    };
    static constexpr Cost OwaspCost{2, 19u * 1024u * 1024u};

    explicit PasswordHasher(Cost cost = OwaspCost);

    // Empty on failure (out of memory); never truncates or case-folds the password.
    QByteArray hash(const QString &password) const;
    bool verify(const QByteArray &phcHash, const QString &password) const;
    bool needsRehash(const QByteArray &phcHash) const;
    // Spends the same time as verify() against a real hash, for an email that has no account,
    // so that an unknown email and a wrong password cannot be told apart by timing.
    void verifyAgainstDummy(const QString &password) const;

private:
    Cost m_cost;
};
