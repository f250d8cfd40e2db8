#include "signingkey.h"

#include "logging.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
}

QByteArray SigningKey::loadOrCreate(const QString &dataDir, QString *error)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(FileName));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the signing key %1: %2"_s.arg(path, file.errorString());
            return {};
        }
        const QByteArray key = file.readAll();
        if (key.size() != Size) {
            *error = u"the signing key %1 is damaged (%2 bytes, expected %3)"_s.arg(path)
                             .arg(key.size())
                             .arg(Size);
            return {};
        }
        if (file.permissions() & ~(ownerOnly | QFile::ReadUser | QFile::WriteUser)) {
            qCWarning(lcAuth)
                    << "the signing key was readable by others; restricting it to its owner";
            file.setPermissions(ownerOnly);
        }
        return key;
    }

    if (sodium_init() < 0) {
        *error = u"libsodium could not be initialised"_s;
        return {};
    }
    QByteArray key(Size, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    // Created with mode 0600 from the start (no window in which it is world-readable), and only
    // if it does not exist yet, so two servers starting at once cannot overwrite each other.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)
        || file.write(key) != key.size() || !file.flush()) {
        *error = u"cannot write the signing key %1: %2"_s.arg(path, file.errorString());
        file.remove();
        return {};
    }
    qCInfo(lcAuth) << "made a new token-signing key in" << path;
    return key;
}
