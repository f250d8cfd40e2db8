// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/signingkey.h"
#include "core/result.h"
#include "store/databaseurl.h"

#include <QByteArray>
#include <QString>

class SecretStore;

// The command-line tasks on a data dir (`reelvault --backup/--restore/--reset-password`), run
// by whoever can write it, with or without a server running (a restore refuses while one
// does). Each answers one line for a person, or the fault.
class DataDirTasks
{
public:
    DataDirTasks(QString dataDir, SigningKey::Store keyStore, SecretStore *keychain);

    Result<QString> backup(const QString &file, const QByteArray &passphrase);
    Result<QString> restore(const QString &file, const QByteArray &passphrase);
    Result<QString> resetPassword(const QString &email, const QString &newPassword);
    // Copies the data dir's database into an empty database (DatabaseCopy); with keyFile, the
    // data dir's signing key is written there too (unless a key is there already), so that
    // the sessions copied stay signed in on the servers that read it.
    Result<QString> migrateTo(const DatabaseUrl &target, const QString &keyFile);

private:
    QString databasePath() const;

    QString m_dataDir;
    SigningKey::Store m_keyStore;
    SecretStore *m_keychain;
};
