// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <sodium.h>

namespace {

QByteArray utf8(const QString &password)
{
    return password.toUtf8();
}

void wipe(QByteArray &bytes)
{
    sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

QByteArray PasswordHasher::hash(const QString &password) const
{
    QByteArray pw = utf8(password);
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, pw.constData(), quint64(pw.size()), m_cost.opsLimit,
                                         m_cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13);
    wipe(pw);
    return rc == 0 ? QByteArray(out) : QByteArray();
}

bool PasswordHasher::verify(const QByteArray &phcHash, const QString &password) const
{
    QByteArray pw = utf8(password);
    const int rc
            = crypto_pwhash_str_verify(phcHash.constData(), pw.constData(), quint64(pw.size()));
    wipe(pw);
    return rc == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &phcHash) const
{
    return crypto_pwhash_str_needs_rehash(phcHash.constData(), m_cost.opsLimit,
                                          m_cost.memLimitBytes)
            != 0;
}

void PasswordHasher::verifyAgainstDummy(const QString &password) const
{
    // Made once, with this hasher's cost, from a random password nobody knows.
    static const QByteArray dummy = [this] {
        unsigned char random[32];
        randombytes_buf(random, sizeof random);
        return hash(QString::fromLatin1(QByteArray(reinterpret_cast<char *>(random), 32).toHex()));
    }();
    (void)verify(dummy, password);
}
