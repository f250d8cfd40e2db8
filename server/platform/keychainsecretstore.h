// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/secretstore.h"

// The OS keychain through QtKeychain: on Linux the Secret Service over D-Bus (gnome-keyring,
// KWallet). Without a session bus, or with a locked keyring that cannot prompt, every call
// answers Unavailable (QtKeychain's error 7) within the timeout; the caller decides what then.
// Runs a local event loop while it waits: call it from a thread that has one.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("reelvault"),
                                 int timeoutMs = 10000);

    Status read(const QString &key, QByteArray *secret, QString *error) override;
    bool write(const QString &key, const QByteArray &secret, QString *error) override;
    bool remove(const QString &key, QString *error) override;

private:
    QString m_service;
    int m_timeoutMs;
};
