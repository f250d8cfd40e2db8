// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkey.h"

#include "logging.h"
#include "platform/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <sodium.h>

#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QString inKeychain = u"the OS keychain"_s;

Fault unusable(const QString &why)
{
    return Fault(Fault::Kind::Unusable, why);
}
} // namespace

QString SigningKey::keychainEntry(const QString &dataDir)
{
    return u"token-signing-key %1"_s.arg(QFileInfo(dataDir).absoluteFilePath());
}

QString SigningKey::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(FileName));
}

std::optional<SigningKey::Store> SigningKey::storeFromName(const QString &name)
{
    if (name == "auto"_L1)
        return Store::Auto;
    if (name == "keychain"_L1)
        return Store::Keychain;
    if (name == "file"_L1)
        return Store::File;
    return std::nullopt;
}

QByteArray SigningKey::newKey()
{
    if (sodium_init() < 0)
        return {};
    QByteArray key(Size, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

Result<QByteArray> SigningKey::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(u"cannot read the signing key %1: %2"_s.arg(path, file.errorString()));
    const QByteArray key = file.readAll();
    if (key.size() != Size)
        return unusable(u"the signing key %1 is damaged (%2 bytes, expected %3)"_s.arg(path)
                                .arg(key.size())
                                .arg(Size));
    if (file.permissions() & ~(ownerOnly | QFile::ReadUser | QFile::WriteUser)) {
        if (!file.setPermissions(ownerOnly)) {
            // A key others can read lets them sign tokens: refuse it rather than use it.
            return unusable(u"the signing key %1 is readable by other users and its mode cannot "
                            u"be changed (%2); make it the server user's own with mode 600, or "
                            u"remove it (every session then ends)"_s.arg(path, file.errorString()));
        }
        qCWarning(lcAuth) << "the signing key was readable by others; restricted it to its owner";
    }
    return key;
}

Done SigningKey::writeFile(const QString &path, const QByteArray &key)
{
    // Written to a temporary file created 0600 (never world-readable, not even for a moment)
    // and renamed into place, so a crash leaves either no key or a whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)
        || file.write(key) != key.size() || !file.commit())
        return unusable(u"cannot write the signing key %1: %2"_s.arg(path, file.errorString()));
    return {};
}

Result<SigningKey::Loaded> SigningKey::fromFile(const QString &dataDir)
{
    const QString path = filePath(dataDir);
    if (QFile::exists(path)) {
        auto key = readFile(path);
        if (!key)
            return key.fault();
        return Loaded{*key, path};
    }
    const QByteArray key = newKey();
    if (key.isEmpty())
        return unusable(u"cannot make a signing key: libsodium did not start"_s);
    if (Done written = writeFile(path, key); !written)
        return written.fault();
    qCInfo(lcAuth) << "made a new token-signing key in" << path;
    return Loaded{key, path};
}

Result<SigningKey::Loaded> SigningKey::loadShared(const QString &path)
{
    if (!QFile::exists(path)) {
        const QByteArray key = newKey();
        if (key.isEmpty())
            return unusable(u"cannot make a signing key: libsodium did not start"_s);
        // Another server may have made it meanwhile: then its key is the one.
        if (Done written = writeShared(path, key); !written && !QFile::exists(path))
            return written.fault();
    }
    auto key = readFile(path);
    if (!key)
        return key.fault();
    return Loaded{*key, path};
}

Done SigningKey::writeShared(const QString &path, const QByteArray &key)
{
    // Written whole to a temporary file, then linked into place: a link fails when the file
    // exists, so two servers making a key at once keep the first one's (the other reads it).
    QTemporaryFile file(path + u".XXXXXX"_s);
    if (!file.open() || !file.setPermissions(ownerOnly) || file.write(key) != key.size()
        || !file.flush() || ::fsync(file.handle()) != 0)
        return unusable(u"cannot write the signing key %1: %2"_s.arg(path, file.errorString()));
    const QByteArray temp = QFile::encodeName(file.fileName());
    if (::link(temp.constData(), QFile::encodeName(path).constData()) != 0)
        return unusable(u"cannot write the signing key %1: %2"_s.arg(
                path, QString::fromLocal8Bit(std::strerror(errno))));
    qCInfo(lcAuth) << "wrote the token-signing key to" << path;
    return {};
}

Result<SigningKey::Loaded> SigningKey::fromKeychain(const QString &dataDir, SecretStore &keychain,
                                                    Store store)
{
    const QString entry = keychainEntry(dataDir);
    const QString path = filePath(dataDir);
    QByteArray key;
    QString why;
    switch (keychain.read(entry, &key, &why)) {
    case SecretStore::Status::Found:
        if (key.size() != Size)
            return unusable(
                    u"the signing key in the OS keychain is damaged (%1 bytes)"_s.arg(key.size()));
        if (QFile::exists(path)) {
            qCWarning(lcAuth) << "a key file exists beside the key in the OS keychain; the "
                                 "keychain's key is used and the file removed";
            QFile::remove(path);
        }
        return Loaded{key, inKeychain};
    case SecretStore::Status::NotFound: {
        // A key in the file moves in; otherwise a new one. Either way it counts as stored only
        // once written and read back: a locked keyring answers "not found" but cannot store.
        const bool moving = QFile::exists(path);
        if (moving) {
            auto fileKey = readFile(path);
            if (!fileKey)
                return fileKey.fault();
            key = *fileKey;
        } else {
            key = newKey();
        }
        QByteArray back;
        if (keychain.write(entry, key, &why)
            && keychain.read(entry, &back, &why) == SecretStore::Status::Found && back == key) {
            if (moving) {
                QFile::remove(path);
                qCInfo(lcAuth) << "moved the token-signing key from" << path
                               << "into the OS keychain";
            } else {
                qCInfo(lcAuth) << "made a new token-signing key in the OS keychain";
            }
            return Loaded{key, inKeychain};
        }
        break;
    }
    case SecretStore::Status::Unavailable:
        break;
    }
    if (store == Store::Keychain)
        return unusable(u"the OS keychain is not available (%1)"_s.arg(why));
    qCWarning(lcAuth).noquote() << u"the OS keychain is not available (%1); the token-signing "
                                   u"key is kept in a file readable only by you"_s.arg(why);
    return fromFile(dataDir);
}

Result<SigningKey::Loaded> SigningKey::load(const QString &dataDir, Store store,
                                            SecretStore *keychain)
{
    if (store == Store::File || !keychain) {
        if (store == Store::Keychain)
            return unusable(u"this build has no OS keychain support"_s);
        // Moving out of the keychain: the key it holds becomes the file, then leaves it.
        QByteArray key;
        QString why;
        if (keychain
            && keychain->read(keychainEntry(dataDir), &key, &why) == SecretStore::Status::Found
            && key.size() == Size) {
            if (Done written = writeFile(filePath(dataDir), key); !written)
                return written.fault();
            keychain->remove(keychainEntry(dataDir), &why);
            qCInfo(lcAuth) << "moved the token-signing key from the OS keychain into"
                           << filePath(dataDir);
            return Loaded{key, filePath(dataDir)};
        }
        return fromFile(dataDir);
    }
    return fromKeychain(dataDir, *keychain, store);
}

Done SigningKey::replace(const QString &dataDir, Store store, SecretStore *keychain,
                         const QByteArray &key)
{
    if (key.size() != Size)
        return unusable(u"a signing key is %1 bytes, not %2"_s.arg(Size).arg(key.size()));
    const QString path = filePath(dataDir);
    if (store != Store::File && keychain) {
        QString why;
        QByteArray back;
        if (keychain->write(keychainEntry(dataDir), key, &why)
            && keychain->read(keychainEntry(dataDir), &back, &why) == SecretStore::Status::Found
            && back == key) {
            QFile::remove(path);
            return {};
        }
        if (store == Store::Keychain)
            return unusable(u"the OS keychain is not available (%1)"_s.arg(why));
    }
    return writeFile(path, key);
}

QByteArray SigningKey::peek(const QString &dataDir, SecretStore *keychain)
{
    QByteArray key;
    QString error;
    if (keychain
        && keychain->read(keychainEntry(dataDir), &key, &error) == SecretStore::Status::Found)
        return key;
    const auto fromFile = readFile(filePath(dataDir));
    return fromFile ? *fromFile : QByteArray();
}
