// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a backup file, as `--restore` and POST /restore read it (BackupFormat::read:
// the header, the Argon2id parameters' bounds, the secretstream framing, the manifest JSON, the
// end mark and the sizes). Without the key the fuzzer could not get past the first message, so
// the first input byte picks how the rest is used:
// - even: the file itself (its Argon2id cost pulled down to the minimum, so each run is fast);
// - odd: messages the target encrypts under a known passphrase (the manifest text up to the
//   first NUL, then database pieces whose tags the input also chooses), then cut or flipped at
//   a place the input chooses: what only a holder of the passphrase could write.
// Invariants: a file is refused as invalid_backup or wrong_passphrase, never crashes; one that
// is accepted has exactly the database bytes its manifest says, all written out.
#include "backup/backupformat.h"

#include <QBuffer>
#include <QtEndian>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <sodium.h>

namespace {

const QByteArray Passphrase = "fuzzing passphrase";

QByteArray encrypted(const uint8_t *data, size_t size)
{
    QByteArray header(BackupFormat::HeaderSize, '\0');
    std::memcpy(header.data(), "RVBACKUP", 8);
    qToBigEndian<quint16>(1, header.data() + 8);
    qToBigEndian<quint32>(crypto_pwhash_OPSLIMIT_MIN, header.data() + 12);
    qToBigEndian<quint32>(crypto_pwhash_MEMLIMIT_MIN / 1024, header.data() + 16);
    // A fixed salt: the key is the same every run (and derived once).
    static unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    static const bool derived
            = crypto_pwhash(key, sizeof key, Passphrase.constData(), size_t(Passphrase.size()),
                            reinterpret_cast<uchar *>(header.data()) + 20,
                            crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                            crypto_pwhash_ALG_ARGON2ID13)
            == 0;
    if (!derived)
        abort();
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(
            &state, reinterpret_cast<uchar *>(header.data()) + 36, key);
    QByteArray out = header;
    const auto push = [&](const QByteArray &plain, uchar tag, bool withHeader) {
        QByteArray frame(4 + plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES,
                         Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(frame.size() - 4), frame.data());
        crypto_secretstream_xchacha20poly1305_push(
                &state, reinterpret_cast<uchar *>(frame.data()) + 4, nullptr,
                reinterpret_cast<const uchar *>(plain.constData()), quint64(plain.size()),
                withHeader ? reinterpret_cast<const uchar *>(header.constData()) : nullptr,
                withHeader ? quint64(header.size()) : 0, tag);
        out += frame;
    };
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    push(nul < 0 ? input : input.left(nul), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
         true);
    QByteArray rest = nul < 0 ? QByteArray() : input.mid(nul + 1);
    // The rest: [tag byte][length byte][piece] … .
    while (rest.size() >= 2) {
        const uchar tag = uchar(rest[0]) % 4; // MESSAGE, PUSH, REKEY, FINAL
        const qsizetype length = qMin<qsizetype>(uchar(rest[1]), rest.size() - 2);
        push(rest.mid(2, length), tag, false);
        rest = rest.mid(2 + length);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (sodium_init() < 0)
        abort();
    if (size < 1)
        return 0;
    QByteArray file;
    if (data[0] % 2 == 0) {
        file = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
        if (file.size() >= 20) {
            qToBigEndian<quint32>(crypto_pwhash_OPSLIMIT_MIN, file.data() + 12);
            qToBigEndian<quint32>(crypto_pwhash_MEMLIMIT_MIN / 1024, file.data() + 16);
        }
    } else {
        file = encrypted(data + 1, size - 1);
        // A cut or a flipped byte where the input's second byte says (0: neither).
        if (size > 1 && data[1] % 3 == 1)
            file.truncate(qsizetype(data[1]) * file.size() / 256);
        else if (size > 1 && data[1] % 3 == 2 && !file.isEmpty())
            file[qsizetype(data[1]) * file.size() / 256] ^= 0x01;
    }
    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    QByteArray database;
    QBuffer out(&database);
    out.open(QIODevice::WriteOnly);
    const auto manifest = BackupFormat::read(in, Passphrase, out);
    if (!manifest) {
        const auto kind = manifest.fault().kind();
        if (kind != Fault::Kind::InvalidBackup && kind != Fault::Kind::WrongPassphrase)
            abort();
        return 0;
    }
    if (manifest->databaseBytes != database.size())
        abort();
    return 0;
}
