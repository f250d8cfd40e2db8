// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "backup/backups.h"
#include "logging.h"
#include "migrations.h"
#include "movieseeder.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt instanceCounter;
constexpr int SqliteFull = 13;

Fault unusable(const QString &why)
{
    return Fault(Fault::Kind::Unusable, why);
}
} // namespace

Fault Database::faultOf(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == SqliteFull ? Fault::Kind::StorageFull : Fault::Kind::StorageFailed;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_prefix(u"reelvault-%1-"_s.arg(instanceCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

int Database::schemaVersion()
{
    return Migrations::latestVersion();
}

Done Database::configure(QSqlDatabase &db) const
{
    db.setDatabaseName(m_path);
    // Wait for a busy writer instead of failing: concurrent registrations queue up here.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return unusable(db.lastError().text());
    QSqlQuery q(db);
    // Reads go through SQLite's own page cache (8 MiB per connection) and the system's, not a
    // memory map: mapped pages count as the server's resident memory, and a large catalogue
    // mapped 128 MiB of them (365 MiB resident at a million films; 105 MiB without).
    for (const auto sql :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
          "PRAGMA temp_store=MEMORY", "PRAGMA mmap_size=0", "PRAGMA cache_size=-8192"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return unusable(q.lastError().text());
    }
    if (m_maxPageCount > 0 && !q.exec(u"PRAGMA max_page_count = %1"_s.arg(m_maxPageCount)))
        return unusable(q.lastError().text());
    return {};
}

Done Database::open()
{
    if (Done restricted = restrictFiles(); !restricted)
        return restricted;
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return unusable(u"cannot open %1: %2"_s.arg(m_path, db.lastError().text()));
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA quick_check"_s))
        return unusable(
                u"%1 is not a usable SQLite database: %2"_s.arg(m_path, check.lastError().text()));
    QStringList problems;
    while (check.next()) {
        if (const QString line = check.value(0).toString(); line != "ok"_L1)
            problems << line;
    }
    check.finish();
    // Schema 3's user_tags makes SQLite 3.40 report this although it is not so (migration 4
    // rebuilds the table): dropped only when no row really has a NULL tag.
    const QString falseNull = u"NULL value in user_tags.tag"_s;
    if (problems.contains(falseNull)
        && check.exec(u"SELECT COUNT(*) FROM user_tags WHERE tag IS NULL"_s) && check.next()
        && check.value(0).toInt() == 0)
        problems.removeAll(falseNull);
    check.finish();
    if (!problems.isEmpty())
        return unusable(
                u"%1 is not a usable SQLite database: %2"_s.arg(m_path, problems.join(u"; "_s)));
    // A read-only file (or file system) opens without complaint and fails every write: find
    // out now, while a clear message can still stop the start.
    // (A write that is rolled back: BEGIN alone succeeds on a read-only file.)
    const bool writable = check.exec(u"BEGIN IMMEDIATE"_s) && check.exec(u"PRAGMA user_version"_s)
            && check.next()
            && check.exec(u"PRAGMA user_version = %1"_s.arg(check.value(0).toInt()));
    const QString writeError = check.lastError().text();
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    if (!writable)
        return unusable(u"the database %1 cannot be written: %2"_s.arg(m_path, writeError));
    // An existing database about to be migrated is copied first (the last few are kept).
    if (check.exec(u"PRAGMA user_version"_s) && check.next()) {
        const int version = check.value(0).toInt();
        check.finish();
        if (version > 0 && version < Migrations::latestVersion()) {
            if (Done copied = Backups::beforeMigration(db, m_path, version); !copied)
                return copied;
        }
    }
    if (Done migrated = Migrations::apply(db); !migrated)
        return migrated;
    return MovieSeeder::seedIfEmpty(db);
}

Done Database::restrictFiles() const
{
    // SQLite gives its -wal and -shm files the database file's mode, so a new database is
    // created 0600 before SQLite opens it.
    if (!QFileInfo::exists(m_path)) {
        const int fd = ::open(QFile::encodeName(m_path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return unusable(u"cannot create the database %1: %2"_s.arg(
                    m_path, QString::fromLocal8Bit(std::strerror(errno))));
        ::close(fd);
        return {};
    }
    for (const QString &path : QStringList{m_path, m_path + u"-wal"_s, m_path + u"-shm"_s}) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &info) != 0
            || (info.st_mode & (S_IRWXG | S_IRWXO)) == 0)
            continue;
        if (::chmod(QFile::encodeName(path).constData(), info.st_mode & S_IRWXU) == 0)
            qCWarning(lcDb).noquote() << path << "was readable by other users; restricted it to "
                                      << "its owner";
        else
            qCWarning(lcDb).noquote() << path << "is readable by other users and its mode cannot "
                                      << "be changed:" << std::strerror(errno);
    }
    return {};
}

Database::Connection &Database::threadConnection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker locker(&m_mutex);
    Connection *&c = m_connections[thread];
    if (!c) {
        c = new Connection;
        c->name = m_prefix + QString::number(quintptr(thread), 16);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, c->name);
        if (Done opened = configure(db); !opened)
            qCCritical(lcDb) << "cannot open the database" << m_path << ":"
                             << opened.fault().detail();
    }
    return *c;
}

Done Database::run(QSqlQuery &query, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (query.exec())
        return {};
    qCWarning(lcDb) << "a statement failed:" << query.lastError().text();
    return faultOf(query.lastError());
}

Result<bool> Database::fetchOne(QSqlQuery &query, const QVariantList &binds)
{
    if (Done done = run(query, binds); !done)
        return done.fault();
    return query.next();
}

Result<QVariant> Database::value(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = prepared(sql);
    StatementScope scope(q);
    const auto row = fetchOne(q, binds);
    if (!row)
        return row.fault();
    return *row ? q.value(0) : QVariant();
}

Result<int> Database::affected(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = prepared(sql);
    StatementScope scope(q);
    if (Done done = run(q, binds); !done)
        return done.fault();
    return q.numRowsAffected();
}

QSqlDatabase Database::connection()
{
    return QSqlDatabase::database(threadConnection().name, false);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    Connection &c = threadConnection();
    auto it = c.statements.find(sql);
    if (it == c.statements.end()) {
        QSqlQuery q(QSqlDatabase::database(c.name, false));
        // Rows are read once, in order: no need for Qt to cache them for scrolling back.
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qCCritical(lcDb) << "cannot prepare a statement:" << q.lastError().text();
        it = c.statements.emplace(sql, std::move(q)).first;
    }
    return it->second;
}

void Database::close()
{
    QMutexLocker locker(&m_mutex);
    for (Connection *c : std::as_const(m_connections)) {
        // Called once the threads that own these connections are idle. removeDatabase() drops
        // the driver (closing the file) without looking the connection up from this thread.
        c->statements.clear();
        const QString name = c->name;
        delete c;
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout); a deferred BEGIN
    // that upgrades later can fail with SQLITE_BUSY_SNAPSHOT under WAL, which is not retried.
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active) {
        m_fault = Database::faultOf(q.lastError());
        qCWarning(lcDb) << "cannot begin a transaction:" << q.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

Done Transaction::begun() const
{
    if (m_active)
        return {};
    return m_fault ? *m_fault : Fault(Fault::Kind::StorageFailed);
}

Done Transaction::commit()
{
    if (!m_active)
        return m_fault ? *m_fault : Fault(Fault::Kind::StorageFailed);
    m_active = false;
    QSqlQuery q(m_db);
    if (q.exec(u"COMMIT"_s))
        return {};
    const Fault fault = Database::faultOf(q.lastError());
    qCWarning(lcDb) << "commit failed:" << q.lastError().text();
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    return fault;
}
