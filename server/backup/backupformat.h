// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// The Reelvault backup file (docs/backup-format.md): a fixed header (magic, format version,
// Argon2id parameters and salt, the secretstream header) and then a libsodium secretstream
// (XChaCha20-Poly1305) of messages: first a JSON manifest (with the token-signing key), then
// the SQLite database in 64 KiB pieces, the last one tagged FINAL. The header is the first
// message's additional data, so no byte of the file can change unnoticed; a missing end tag
// tells a cut-short file.
class BackupFormat
{
public:
    static constexpr int Version = 1;
    static constexpr qsizetype HeaderSize = 60;
    static constexpr qsizetype ChunkSize = 64 * 1024;
    static constexpr qsizetype MinPassphraseLength = 8;
    // Argon2id's cost for a new file (64 MiB, three passes: about a third of a second here),
    // and the most a file
    // may ask of a reader (so that a crafted header cannot exhaust memory or time).
    static constexpr quint32 OpsLimit = 3;
    static constexpr quint32 MemLimitKiB = 64 * 1024;
    static constexpr quint32 MaxOpsLimit = 16;
    static constexpr quint32 MaxMemLimitKiB = 1024 * 1024;
    static constexpr const char *FileSuffix = ".rvbackup";

    struct Manifest
    {
        QString app; // "reelvault 0.15.0"
        qint64 createdAt = 0;
        int schema = 0; // the database's schema version
        qint64 databaseBytes = 0;
        QByteArray signingKey;
    };

    // Writes the whole file: the manifest, then every byte of database (read to its end).
    // Test builds may pass a lower cost.
    static Done write(QIODevice &out, const QByteArray &passphrase, const Manifest &manifest,
                      QIODevice &database, quint32 opsLimit = OpsLimit,
                      quint32 memLimitKiB = MemLimitKiB);
    // Reads and checks the whole file, writing the database to databaseOut as it goes (the
    // caller throws it away on failure). InvalidBackup (not a backup, a newer format, damaged,
    // cut short: the detail says which) or WrongPassphrase.
    static Result<Manifest> read(QIODevice &in, const QByteArray &passphrase,
                                 QIODevice &databaseOut);
};
