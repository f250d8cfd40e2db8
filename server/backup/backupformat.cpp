// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupformat.h"

#include "domain/user.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cstring>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char Magic[8] = {'R', 'V', 'B', 'A', 'C', 'K', 'U', 'P'};
using Stream = crypto_secretstream_xchacha20poly1305_state;
constexpr qsizetype StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype Overhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype SaltBytes = crypto_pwhash_SALTBYTES;
static_assert(8 + 2 + 2 + 4 + 4 + SaltBytes + StreamHeaderBytes == BackupFormat::HeaderSize);
constexpr qsizetype MaxManifestBytes = 16 * 1024;

const uchar *u(const QByteArray &b)
{
    return reinterpret_cast<const uchar *>(b.constData());
}

uchar *u(QByteArray &b)
{
    return reinterpret_cast<uchar *>(b.data());
}

Fault invalid(const QString &why)
{
    return Fault(Fault::Kind::InvalidBackup, why);
}

Fault wrongPassphrase()
{
    return Fault(Fault::Kind::WrongPassphrase,
                 u"The passphrase does not open this backup (or its first bytes were changed)."_s);
}

// The key from the passphrase; empty when Argon2id could not have the memory.
QByteArray derive(const QByteArray &passphrase, const uchar *salt, quint32 ops, quint32 memKiB)
{
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(u(key), size_t(key.size()), passphrase.constData(), size_t(passphrase.size()),
                      salt, ops, size_t(memKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

bool writeChunk(QIODevice &out, Stream &state, const QByteArray &plain, uchar tag,
                const QByteArray &ad = {})
{
    QByteArray frame(4 + plain.size() + Overhead, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(plain.size() + Overhead), frame.data());
    crypto_secretstream_xchacha20poly1305_push(
            &state, u(frame) + 4, nullptr, u(plain), quint64(plain.size()),
            ad.isEmpty() ? nullptr : u(ad), quint64(ad.size()), tag);
    return out.write(frame) == frame.size();
}

bool readExactly(QIODevice &in, char *into, qint64 n)
{
    qint64 got = 0;
    while (got < n) {
        const qint64 r = in.read(into + got, n - got);
        if (r <= 0)
            return false;
        got += r;
    }
    return true;
}

} // namespace

Done BackupFormat::write(QIODevice &out, const QByteArray &passphrase, const Manifest &manifest,
                         QIODevice &database, quint32 opsLimit, quint32 memLimitKiB)
{
    QByteArray header(HeaderSize, '\0');
    char *h = header.data();
    std::memcpy(h, Magic, sizeof Magic);
    qToBigEndian<quint16>(Version, h + 8);
    qToBigEndian<quint16>(0, h + 10); // flags, none yet
    qToBigEndian<quint32>(opsLimit, h + 12);
    qToBigEndian<quint32>(memLimitKiB, h + 16);
    uchar *salt = u(header) + 20;
    randombytes_buf(salt, SaltBytes);
    const QByteArray key = derive(passphrase, salt, opsLimit, memLimitKiB);
    if (key.isEmpty())
        return Fault(Fault::Kind::StorageFailed, u"Not enough memory to derive the key."_s);
    Stream state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, u(header) + 20 + SaltBytes, u(key));
    const auto failed = [&out] {
        return Fault(Fault::Kind::StorageFull,
                     u"Could not write the backup: %1"_s.arg(out.errorString()));
    };
    if (out.write(header) != header.size())
        return failed();

    const QJsonObject m{
            {u"format"_s, Version},
            {u"app"_s, manifest.app},
            {u"createdAt"_s, User::timestamp(manifest.createdAt)},
            {u"schema"_s, manifest.schema},
            {u"databaseBytes"_s, manifest.databaseBytes},
            {u"signingKey"_s, QString::fromLatin1(manifest.signingKey.toBase64())},
    };
    if (!writeChunk(out, state, QJsonDocument(m).toJson(QJsonDocument::Compact),
                    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, header))
        return failed();
    qint64 written = 0;
    QByteArray piece = database.read(ChunkSize);
    for (;;) {
        const QByteArray next = piece.size() == ChunkSize ? database.read(ChunkSize) : QByteArray();
        written += piece.size();
        const bool last = next.isEmpty();
        if (!writeChunk(out, state, piece,
                        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                             : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE))
            return failed();
        if (last)
            break;
        piece = next;
    }
    sodium_memzero(&state, sizeof state);
    if (written != manifest.databaseBytes)
        return Fault(Fault::Kind::StorageFailed,
                     u"The database snapshot changed size while it was written."_s);
    return {};
}

Result<BackupFormat::Manifest> BackupFormat::read(QIODevice &in, const QByteArray &passphrase,
                                                  QIODevice &databaseOut)
{
    QByteArray header(HeaderSize, Qt::Uninitialized);
    if (!readExactly(in, header.data(), HeaderSize)
        || std::memcmp(header.constData(), Magic, sizeof Magic) != 0)
        return invalid(u"This is not a Reelvault backup."_s);
    const char *h = header.constData();
    const quint16 version = qFromBigEndian<quint16>(h + 8);
    if (version > Version)
        return invalid(u"This backup was made by a newer Reelvault (format %1); this one reads "
                       u"format %2. Update Reelvault to restore it."_s.arg(version)
                               .arg(Version));
    const quint16 flags = qFromBigEndian<quint16>(h + 10);
    const quint32 ops = qFromBigEndian<quint32>(h + 12);
    const quint32 memKiB = qFromBigEndian<quint32>(h + 16);
    if (version < 1 || flags != 0 || ops < crypto_pwhash_OPSLIMIT_MIN || ops > MaxOpsLimit
        || memKiB < crypto_pwhash_MEMLIMIT_MIN / 1024 || memKiB > MaxMemLimitKiB)
        return invalid(u"The backup's header is damaged."_s);
    const QByteArray key = derive(passphrase, u(header) + 20, ops, memKiB);
    if (key.isEmpty())
        return Fault(Fault::Kind::StorageFailed, u"Not enough memory to derive the key."_s);
    Stream state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u(header) + 20 + SaltBytes, u(key))
        != 0)
        return invalid(u"The backup's header is damaged."_s);

    Manifest manifest;
    qint64 offset = HeaderSize;
    qint64 databaseBytes = 0;
    bool first = true;
    for (;;) {
        char lengthBytes[4];
        const qint64 r = in.read(lengthBytes, 4);
        if (r == 0 || (r < 4 && !readExactly(in, lengthBytes + r, 4 - r)))
            return invalid(u"The backup is incomplete: it ends at byte %1, before its end "
                           u"mark."_s.arg(offset + qMax<qint64>(r, 0)));
        const quint32 length = qFromBigEndian<quint32>(lengthBytes);
        const qint64 most = (first ? MaxManifestBytes : ChunkSize) + Overhead;
        if (length < Overhead || length > most)
            return first ? wrongPassphrase()
                         : invalid(u"The backup is damaged at byte %1."_s.arg(offset));
        QByteArray cipher(length, Qt::Uninitialized);
        if (!readExactly(in, cipher.data(), length))
            return invalid(
                    u"The backup is incomplete: it ends inside the part at byte %1."_s.arg(offset));
        QByteArray plain(length - Overhead, Qt::Uninitialized);
        uchar tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                    &state, u(plain), nullptr, &tag, u(cipher), quint64(cipher.size()),
                    first ? u(header) : nullptr, first ? quint64(header.size()) : 0)
            != 0) {
            // The first part cannot tell a wrong passphrase from a changed byte; later ones can.
            if (first)
                return wrongPassphrase();
            return invalid(
                    u"The backup is damaged: the part at byte %1 was changed."_s.arg(offset));
        }
        offset += 4 + length;
        if (first) {
            const QJsonObject m = QJsonDocument::fromJson(plain).object();
            manifest.app = m.value("app"_L1).toString();
            manifest.createdAt
                    = QDateTime::fromString(m.value("createdAt"_L1).toString(), Qt::ISODate)
                              .toSecsSinceEpoch();
            manifest.schema = m.value("schema"_L1).toInt();
            manifest.databaseBytes = m.value("databaseBytes"_L1).toInteger(-1);
            manifest.signingKey
                    = QByteArray::fromBase64(m.value("signingKey"_L1).toString().toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors);
            if (m.value("format"_L1).toInt() != version || manifest.databaseBytes < 0
                || manifest.schema < 1 || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
                return invalid(u"The backup's manifest is not one this Reelvault understands."_s);
            first = false;
            continue;
        }
        databaseBytes += plain.size();
        if (databaseBytes > manifest.databaseBytes)
            return invalid(u"The backup holds more than its manifest says."_s);
        if (databaseOut.write(plain) != plain.size())
            return Fault(
                    Fault::Kind::StorageFull,
                    u"Could not write the restored database: %1"_s.arg(databaseOut.errorString()));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return invalid(u"The backup is damaged at byte %1."_s.arg(offset));
    }
    sodium_memzero(&state, sizeof state);
    char extra;
    if (in.read(&extra, 1) > 0)
        return invalid(u"The backup has bytes after its end mark."_s);
    if (databaseBytes != manifest.databaseBytes)
        return invalid(
                u"The backup's database is %1 bytes; its manifest says %2."_s.arg(databaseBytes)
                        .arg(manifest.databaseBytes));
    return manifest;
}
