// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "logging.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QLatin1StringView LeftoverPrefix("restoring-");

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
}

Fault failed(const QString &what, const QSqlError &error)
{
    qCWarning(lcDb).noquote() << what << error.text();
    return Fault(Database::faultOf(error).kind(), what + u' ' + error.text());
}

// A private connection to a file that is not the live database.
class SideConnection
{
public:
    explicit SideConnection(const QString &path)
        : m_name(u"side-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~SideConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(SideConnection)
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

Fault unrestorable(const QString &why)
{
    return Fault(Fault::Kind::InvalidBackup, why);
}

// What a backup's database must be before it may replace anything.
Done checkRestored(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return unrestorable(
                u"The backup's database cannot be read: %1"_s.arg(q.lastError().text()));
    QStringList problems;
    while (q.next()) {
        if (q.value(0).toString() != "ok"_L1)
            problems << q.value(0).toString();
    }
    q.finish();
    // The false report of schema 3 (see Database::open) is not a problem.
    problems.removeAll(u"NULL value in user_tags.tag"_s);
    if (!problems.isEmpty())
        return unrestorable(u"The backup's database fails SQLite's integrity check: %1"_s.arg(
                problems.first()));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return unrestorable(u"The backup's database has no schema version."_s);
    const int version = q.value(0).toInt();
    q.finish();
    if (version < 1)
        return unrestorable(u"The backup's database is not a Reelvault database."_s);
    if (version > Migrations::latestVersion())
        return unrestorable(u"The backup's database was written by a newer Reelvault (schema %1; "
                            u"this one knows %2)."_s.arg(version)
                                    .arg(Migrations::latestVersion()));
    if (!q.exec(u"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                u"('users', 'movies', 'sessions')"_s)
        || !q.next() || q.value(0).toInt() != 3)
        return unrestorable(u"The backup's database is not a Reelvault database."_s);
    q.finish();
    if (Done migrated = Migrations::apply(db); !migrated)
        return unrestorable(migrated.fault().detail());
    return {};
}

} // namespace

QString Backups::copiesDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"backups"_s);
}

Done Backups::snapshot(Database &db, const QString &path)
{
    if (db.isPostgres()) {
        // A shared database is backed up as a SQLite file of the same rows: the same backup
        // format, restorable on either engine (a desktop, or a shared server).
        QFile::remove(path);
        Database copy(DatabaseUrl::sqlite(path));
        copy.setSeeding(false);
        Done done = copy.open();
        if (done) {
            const auto copied = DatabaseCopy::copy(db, copy);
            if (!copied)
                done = Fault(Fault::Kind::StorageFailed, copied.fault().detail());
        }
        copy.close();
        return done;
    }
    QSqlDatabase connection = db.connection();
    return snapshot(connection, path);
}

Done Backups::snapshot(QSqlDatabase &db, const QString &path)
{
    QFile::remove(path);
    // VACUUM INTO reads in one transaction: every write committed before it, none after.
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(path);
    if (!q.exec())
        return failed(u"Could not take a snapshot of the database:"_s, q.lastError());
    QFile::setPermissions(path, OwnerOnly);
    return {};
}

Done Backups::create(Database &db, const QByteArray &signingKey, const QByteArray &passphrase,
                     QIODevice &out)
{
    const QString dir = db.isPostgres() ? QDir::tempPath() : QFileInfo(db.path()).absolutePath();
    QTemporaryFile copy(dir + u"/snapshot-XXXXXX.sqlite"_s);
    if (!copy.open())
        return Fault(Fault::Kind::StorageFailed,
                     u"Could not make a temporary file: %1"_s.arg(copy.errorString()));
    copy.close();
    if (Done taken = snapshot(db, copy.fileName()); !taken)
        return taken;
    QFile snapshotFile(copy.fileName());
    if (!snapshotFile.open(QIODevice::ReadOnly))
        return Fault(Fault::Kind::StorageFailed, snapshotFile.errorString());
    BackupFormat::Manifest manifest;
    manifest.app = u"reelvault %1"_s.arg(QStringLiteral(REELVAULT_VERSION));
    manifest.createdAt = QDateTime::currentSecsSinceEpoch();
    manifest.schema = Migrations::latestVersion();
    manifest.databaseBytes = snapshotFile.size();
    manifest.signingKey = signingKey;
    return BackupFormat::write(out, passphrase, manifest, snapshotFile);
}

Result<Backups::Prepared> Backups::prepare(QIODevice &in, const QByteArray &passphrase,
                                           const QString &dataDir)
{
    Prepared prepared;
    prepared.database = std::make_unique<QTemporaryFile>(
            QDir(dataDir).filePath(LeftoverPrefix + u"XXXXXX.sqlite"_s));
    if (!prepared.database->open())
        return Fault(
                Fault::Kind::StorageFailed,
                u"Could not make a temporary file: %1"_s.arg(prepared.database->errorString()));
    auto manifest = BackupFormat::read(in, passphrase, *prepared.database);
    if (!manifest)
        return manifest.fault();
    if (manifest->signingKey.size() != 32)
        return unrestorable(u"The backup's signing key is damaged."_s);
    if (!prepared.database->flush())
        return Fault(Fault::Kind::StorageFull, prepared.database->errorString());
    prepared.database->close();
    {
        SideConnection side(prepared.database->fileName());
        if (!side.isOpen())
            return unrestorable(u"The backup's database cannot be opened."_s);
        if (Done checked = checkRestored(side.db()); !checked)
            return checked.fault();
    }
    prepared.manifest = *manifest;
    return prepared;
}

Result<QString> Backups::keepBeforeRestore(Database &live, const QByteArray &signingKey,
                                           const QByteArray &passphrase, const QString &dataDir)
{
    const QString dir = copiesDir(dataDir);
    if (!QDir().mkpath(dir))
        return Fault(Fault::Kind::StorageFailed, u"Could not create %1"_s.arg(dir));
    QFile::setPermissions(dir, OwnerOnly | QFile::ExeOwner);
    const QString path = QDir(dir).filePath(
            u"before-restore-%1%2"_s.arg(stamp(), QLatin1StringView(BackupFormat::FileSuffix)));
    // Whole or not at all: a restore killed while keeping leaves no half copy.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Fault(Fault::Kind::StorageFailed, out.errorString());
    out.setPermissions(OwnerOnly);
    if (Done written = create(live, signingKey, passphrase, out); !written)
        return written.fault();
    if (!out.commit())
        return Fault(Fault::Kind::StorageFull, out.errorString());
    prune(dir, u"before-restore-"_s);
    return path;
}

Done Backups::replace(Database &live, const QString &preparedPath)
{
    if (live.isPostgres()) {
        // Every row replaced by the backup's, in one transaction of the shared database.
        Database source(DatabaseUrl::sqlite(preparedPath));
        source.setSeeding(false);
        Done done = source.open();
        if (done) {
            const auto copied = DatabaseCopy::copy(source, live, DatabaseCopy::Mode::Replace);
            if (!copied)
                done = Fault(Fault::Kind::StorageFailed, copied.fault().detail());
        }
        source.close();
        if (done)
            qCInfo(lcDb) << "the database was replaced by a restored backup";
        return done;
    }
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(preparedPath).constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr)
        != SQLITE_OK) {
        sqlite3_close(source);
        return Fault(Fault::Kind::StorageFailed, u"Could not open the restored database."_s);
    }
    QSqlDatabase connection = live.connection();
    sqlite3 *target = Database::handleOf(connection);
    if (!target) {
        sqlite3_close(source);
        return Fault(Fault::Kind::StorageFailed, u"The live database has no SQLite handle."_s);
    }
    // One step copies every page inside one write transaction of the live database.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(target);
            break;
        }
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(100); // a writer holds the lock: wait for it
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(source);
    if (rc != SQLITE_DONE)
        return Fault(rc == SQLITE_FULL ? Fault::Kind::StorageFull : Fault::Kind::StorageFailed,
                     u"Could not replace the database: %1"_s.arg(error));
    qCInfo(lcDb) << "the database was replaced by a restored backup";
    return {};
}

Done Backups::beforeMigration(QSqlDatabase &db, const QString &databasePath, int fromVersion)
{
    const QString dir = copiesDir(QFileInfo(databasePath).absolutePath());
    if (!QDir().mkpath(dir))
        return Fault(Fault::Kind::Unusable,
                     u"cannot create %1 for the copy made before a schema "
                     u"migration"_s.arg(dir));
    QFile::setPermissions(dir, OwnerOnly | QFile::ExeOwner);
    const QString path = QDir(dir).filePath(
            u"before-migration-schema%1-%2.sqlite"_s.arg(fromVersion).arg(stamp()));
    if (Done taken = snapshot(db, path); !taken)
        return Fault(
                Fault::Kind::Unusable,
                u"cannot copy the database before migrating it: %1"_s.arg(taken.fault().detail()));
    qCInfo(lcDb).noquote() << "copied the database (schema" << fromVersion << ") to" << path
                           << "before migrating it";
    prune(dir, u"before-migration-"_s);
    return {};
}

void Backups::removeLeftovers(const QString &dataDir)
{
    // Only old ones: a backup or restore of another process may be under way.
    const QDir dir(dataDir);
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &file :
         dir.entryInfoList({LeftoverPrefix + u"*"_s, u"snapshot-*.sqlite"_s}, QDir::Files)) {
        if (file.lastModified() < anHourAgo && QFile::remove(file.filePath()))
            qCInfo(lcDb).noquote()
                    << "removed" << file.fileName() << "left by an interrupted backup or restore";
    }
}

void Backups::prune(const QString &dir, const QString &prefix)
{
    // The names sort by time (the stamp is in the name): keep the newest.
    QStringList names = QDir(dir).entryList({prefix + u"*"_s}, QDir::Files, QDir::Name);
    while (names.size() > KeptCopies)
        QFile::remove(QDir(dir).filePath(names.takeFirst()));
}
