// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class SecretStore;

// The 256-bit HS256 signing key: made from libsodium's CSPRNG on first start and kept, so that
// tokens stay valid across restarts.
//
// Where it is kept (Store):
// - Auto: in the OS keychain when one answers, else in DATA_DIR/jwt-signing.key (mode 0600).
//   A key found in the file is moved into the keychain once the keychain works (written, read
//   back, then the file is deleted), so tokens survive the move.
// - Keychain: the keychain or nothing (start-up fails without one).
// - File: the file; a key found in the keychain is moved out into the file.
// The keychain entry is named after the data dir, so every data dir has its own key.
class SigningKey
{
public:
    enum class Store { Auto, Keychain, File };
    static constexpr int Size = 32;
    static constexpr const char *FileName = "jwt-signing.key";

    struct Loaded
    {
        QByteArray key;
        QString location; // "the OS keychain" or the file's path, for the log
    };
    // Unusable, with one line that says why, when the key can be neither read nor made where
    // asked. keychain may be null (no keychain support).
    static Result<Loaded> load(const QString &dataDir, Store store, SecretStore *keychain);
    // The key in a file that several servers share (--signing-key-file): read, or made when
    // missing. Servers that start together agree: the file is created by a hard link that
    // fails when another got there first, and then that one's key is read.
    static Result<Loaded> loadShared(const QString &path);
    // Writes key to a new shared key file (NotFound-free: Unusable when it exists or cannot
    // be written).
    static Done writeShared(const QString &path, const QByteArray &key);
    // Makes key the one in use (a restored backup's), where load() will find it.
    static Done replace(const QString &dataDir, Store store, SecretStore *keychain,
                        const QByteArray &key);
    // The key in use, without making or moving anything (empty when there is none).
    static QByteArray peek(const QString &dataDir, SecretStore *keychain);

    static QString keychainEntry(const QString &dataDir);
    static QString filePath(const QString &dataDir);
    static std::optional<Store> storeFromName(const QString &name);

private:
    static Result<QByteArray> readFile(const QString &path);
    static Done writeFile(const QString &path, const QByteArray &key);
    static QByteArray newKey();
    static Result<Loaded> fromFile(const QString &dataDir);
    static Result<Loaded> fromKeychain(const QString &dataDir, SecretStore &keychain, Store store);
};
