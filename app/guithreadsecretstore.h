// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/keychainsecretstore.h"

// The OS keychain for a server running on another thread than the GUI: QtKeychain keeps
// process-wide state bound to the thread that first used it, and the desktop app uses it on
// the GUI thread for the session, so every call is carried out there (the caller waits).
class GuiThreadSecretStore : public SecretStore
{
public:
    Status read(const QString &key, QByteArray *secret, QString *error) override;
    bool write(const QString &key, const QByteArray &secret, QString *error) override;
    bool remove(const QString &key, QString *error) override;

private:
    template<typename F>
    static auto onGuiThread(F &&call);
    KeychainSecretStore m_store;
};
