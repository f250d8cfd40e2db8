#pragma once

#include <QByteArray>
#include <QString>

// The 256-bit HS256 signing key: made from libsodium's CSPRNG on first start and kept, so that
// tokens stay valid across restarts. Here: a file in the data dir, readable only by its owner.
class SigningKey
{
public:
    static constexpr int Size = 32;
    static constexpr const char *FileName = "jwt-signing.key";

    // Empty with *error when the key can neither be read nor made.
    static QByteArray loadOrCreate(const QString &dataDir, QString *error);
};
