// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupformat.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryFile>

#include <memory>

class Database;

// Backing up and restoring a data dir (docs/backup-format.md).
//
// A backup is a consistent snapshot of the live database (VACUUM INTO: one read transaction,
// taken while the server writes) and the token-signing key, in a BackupFormat file. A restore
// reads and checks the whole file into a private temporary database first (authenticity, SQLite's
// integrity check, a Reelvault schema no newer than this build, brought up to this build's),
// then replaces the live database's content in one transaction through SQLite's backup API:
// every connection, and a process killed at any moment, sees the old data or the new, never a
// mix. Automatic copies (before a migration, before a restore) go to DATA_DIR/backups, the last
// KeptCopies of each kind.
class Backups
{
public:
    static constexpr int KeptCopies = 5;

    static QString copiesDir(const QString &dataDir);

    // A consistent copy of the database (its current schema, every committed write) at path,
    // created 0600.
    static Done snapshot(Database &db, const QString &path);
    static Done snapshot(QSqlDatabase &db, const QString &path);

    // The backup file of the live database and key, written to out.
    static Done create(Database &db, const QByteArray &signingKey, const QByteArray &passphrase,
                       QIODevice &out);

    struct Prepared
    {
        std::unique_ptr<QTemporaryFile> database; // checked, at this build's schema
        BackupFormat::Manifest manifest;
    };
    // Decrypts and checks a backup into a temporary database in dataDir. Nothing live is touched.
    static Result<Prepared> prepare(QIODevice &in, const QByteArray &passphrase,
                                    const QString &dataDir);
    // Keeps the live data (database and key) as a backup file under copiesDir(), encrypted with
    // the same passphrase as the backup that replaces it; its path.
    static Result<QString> keepBeforeRestore(Database &live, const QByteArray &signingKey,
                                             const QByteArray &passphrase, const QString &dataDir);
    // Replaces the live database's content with the prepared one's, atomically.
    static Done replace(Database &live, const QString &preparedPath);

    // Called before a schema migration of an existing database: a plain SQLite copy (no
    // passphrase is at hand; it has the database file's own protection) under copiesDir().
    static Done beforeMigration(QSqlDatabase &db, const QString &databasePath, int fromVersion);

    // Removes temporary files a killed restore left in dataDir.
    static void removeLeftovers(const QString &dataDir);

private:
    static void prune(const QString &dir, const QString &prefix);
};
