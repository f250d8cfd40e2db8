// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "backup/backups.h"
#include "logging.h"
#include "migrations.h"
#include "movieseeder.h"
#include "postgresschema.h"
#include "sqldialect.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt instanceCounter;
// Statements and transactions this thread holds (Database::holdConnection()).
thread_local int heldByThisThread = 0;
constexpr int SqliteFull = 13;
// How long a PostgreSQL statement may wait for a lock before it fails (as SQLite's busy timeout).
constexpr int LockTimeoutMs = 10000;

constexpr const char *IdsPointer = "reelvault-ids";

// reelvault_ids(?, value): keeps each value in the std::vector<qint64> bound to the first
// parameter (Database::collectIds). An aggregate, so that SQLite never returns to the caller
// row by row: 16 ms for a third of a million search matches against 25 to 50 stepping.
void collectId(sqlite3_context *, int, sqlite3_value **argv)
{
    if (auto *ids = static_cast<std::vector<qint64> *>(sqlite3_value_pointer(argv[0], IdsPointer)))
        ids->push_back(sqlite3_value_int64(argv[1]));
}

void finishIds(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

Fault unusable(const QString &why)
{
    return Fault(Fault::Kind::Unusable, why);
}
} // namespace

Fault Database::faultOf(const QSqlError &error)
{
    // PostgreSQL's codes are five-character SQLSTATEs; SQLite's (extended) are at most four
    // digits.
    const bool sqlstate = error.nativeErrorCode().size() == 5;
    return SqlDialect::of(sqlstate ? DatabaseUrl::Engine::Postgres : DatabaseUrl::Engine::Sqlite)
            .faultOf(error);
}

const SqlDialect &Database::dialectOf(const QSqlDatabase &db)
{
    return SqlDialect::of(db.driverName() == "QPSQL"_L1 ? DatabaseUrl::Engine::Postgres
                                                        : DatabaseUrl::Engine::Sqlite);
}

Database::Database(const QString &path)
    : Database(DatabaseUrl::sqlite(path))
{ }

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_dialect(&SqlDialect::of(m_url.engine()))
    , m_path(m_url.path())
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

Done Database::configurePostgres(QSqlDatabase &db) const
{
    m_url.configure(db);
    if (!db.open())
        return unusable(db.lastError().text());
    QSqlQuery q(db);
    // Text is UTF-8 either way; notices (an empty search) are not for the log; a statement
    // waits for a lock as long as SQLite's busy timeout, then fails instead of hanging.
    for (const QString &sql :
         {u"SET client_encoding = 'UTF8'"_s, u"SET client_min_messages = warning"_s,
          u"SET lock_timeout = %1"_s.arg(LockTimeoutMs)}) {
        if (!q.exec(sql))
            return unusable(q.lastError().text());
    }
    return {};
}

Done Database::configure(QSqlDatabase &db) const
{
    if (m_url.isPostgres())
        return configurePostgres(db);
    m_url.configure(db);
    // Wait for a busy writer instead of failing: concurrent registrations queue up here.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return unusable(db.lastError().text());
    QSqlQuery q(db);
    // Reads go through SQLite's own page cache (4 MiB per connection) and the system's, not a
    // memory map: mapped pages count as the server's resident memory, and a large catalogue
    // mapped 128 MiB of them (365 MiB resident at a million films; 105 MiB without).
    for (const auto sql :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
          "PRAGMA temp_store=MEMORY", "PRAGMA mmap_size=0", "PRAGMA cache_size=-4096"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return unusable(q.lastError().text());
    }
    if (m_maxPageCount > 0 && !q.exec(u"PRAGMA max_page_count = %1"_s.arg(m_maxPageCount)))
        return unusable(q.lastError().text());
    sqlite3 *handle = handleOf(db);
    if (!handle
        || sqlite3_create_function_v2(handle, "reelvault_ids", 2,
                                      SQLITE_UTF8 | SQLITE_DIRECTONLY | SQLITE_DETERMINISTIC,
                                      nullptr, nullptr, collectId, finishIds, nullptr)
                != SQLITE_OK)
        return unusable(u"cannot add the function reelvault_ids to the connection"_s);
    return {};
}

Done Database::open()
{
    return m_url.isPostgres() ? openPostgres() : openSqlite();
}

Done Database::openPostgres()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return unusable(u"cannot connect to %1: %2"_s.arg(m_url.display(),
                                                          db.lastError().text().trimmed()));
    return PostgresSchema::apply(
            db, [this, &db] { return m_seeding ? MovieSeeder::seedIfEmpty(db) : Done(); });
}

Done Database::openSqlite()
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
    return m_seeding ? MovieSeeder::seedIfEmpty(db) : Done();
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

void Database::holdConnection()
{
    ++heldByThisThread;
}

void Database::releaseConnection()
{
    --heldByThisThread;
}

Database::Connection &Database::threadConnection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker locker(&m_mutex);
    Connection *&c = m_connections[thread];
    // libpq marks a connection bad once a statement finds the server gone (a restart, a
    // failover): nothing of it is of use any more, so it is opened again, unless this thread
    // still holds one of its statements or transactions (they fail, and the next one retries).
    if (c && m_url.isPostgres() && heldByThisThread == 0
        && !QSqlDatabase::database(c->name, false).isOpen()) {
        qCWarning(lcDb).noquote() << "the connection to" << m_url.display()
                                  << "was lost; connecting again";
        c->statements.clear();
        const QString name = c->name;
        delete c;
        c = nullptr;
        QSqlDatabase::removeDatabase(name);
    }
    if (!c) {
        c = new Connection;
        c->name = m_prefix + QString::number(quintptr(thread), 16);
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), c->name);
        if (Done opened = configure(db); !opened)
            qCCritical(lcDb).noquote() << "cannot open the database" << m_url.display() << ":"
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

sqlite3 *Database::handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

namespace {

// A statement compiled on a connection with its values bound from the parameter `first` on; the
// fault (logged) when it is not.
class NativeStatement
{
public:
    explicit NativeStatement(sqlite3 *handle)
        : m_handle(handle)
    { }
    ~NativeStatement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(NativeStatement)

    Done prepare(const QString &sql, const QVariantList &binds, int first)
    {
        if (!m_handle)
            return Fault(Fault::Kind::StorageFailed, u"not an SQLite connection"_s);
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr)
            != SQLITE_OK)
            return failed("a statement failed to compile:");
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &bind = binds[i];
            int rc = SQLITE_OK;
            if (bind.typeId() == QMetaType::QString) {
                const QByteArray utf8 = bind.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, first + i, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_int64(m_statement, first + i, bind.toLongLong());
            }
            if (rc != SQLITE_OK)
                return failed("a value could not be bound:");
        }
        return {};
    }
    sqlite3_stmt *get() const { return m_statement; }
    Fault failed(const char *what) const
    {
        const int code = sqlite3_extended_errcode(m_handle);
        qCWarning(lcDb) << what << sqlite3_errmsg(m_handle);
        return (code & 0xff) == SqliteFull ? Fault::Kind::StorageFull : Fault::Kind::StorageFailed;
    }

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

Done Database::eachRow(const QString &sql, const QVariantList &binds,
                       const std::function<void(qint64, qint64)> &row)
{
    NativeStatement statement(handleOf(connection()));
    if (Done prepared = statement.prepare(sql, binds, 1); !prepared)
        return prepared;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW)
        row(sqlite3_column_int64(statement.get(), 0), sqlite3_column_int64(statement.get(), 1));
    if (rc != SQLITE_DONE)
        return statement.failed("a statement failed:");
    return {};
}

Result<std::vector<qint64>> Database::collectIds(const QString &sql, const QVariantList &binds)
{
    NativeStatement statement(handleOf(connection()));
    if (Done prepared = statement.prepare(sql, binds, 2); !prepared)
        return prepared.fault();
    std::vector<qint64> ids;
    if (sqlite3_bind_pointer(statement.get(), 1, &ids, IdsPointer, nullptr) != SQLITE_OK)
        return statement.failed("a value could not be bound:");
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        return statement.failed("a statement failed:");
    return ids;
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
    Database::holdConnection();
    QSqlQuery q(m_db);
    m_active = q.exec(Database::dialectOf(m_db).beginWrite());
    if (!m_active) {
        m_fault = Database::faultOf(q.lastError());
        qCWarning(lcDb) << "cannot begin a transaction:" << q.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    Database::releaseConnection();
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
    // PostgreSQL answers COMMIT of a transaction a statement failed in with a rollback, and no
    // error: ask first whether it still stands (a failed one refuses every statement).
    if (Database::dialectOf(m_db).engine() == DatabaseUrl::Engine::Postgres
        && !q.exec(u"SELECT 1"_s)) {
        const Fault fault = Database::faultOf(q.lastError());
        qCWarning(lcDb) << "a statement of the transaction failed; rolled back";
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return fault;
    }
    if (q.exec(u"COMMIT"_s))
        return {};
    const Fault fault = Database::faultOf(q.lastError());
    qCWarning(lcDb) << "commit failed:" << q.lastError().text();
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    return fault;
}
