// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Somewhere to keep small secrets out of plain files: the OS keychain in production
// (KeychainSecretStore). Synchronous: callers wait for the answer.
class SecretStore
{
public:
    enum class Status { Found, NotFound, Unavailable };

    virtual ~SecretStore() = default;
    virtual Status read(const QString &key, QByteArray *secret, QString *error) = 0;
    virtual bool write(const QString &key, const QByteArray &secret, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;
};
