// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse battery"_s;

QJsonObject account(int i)
{
    return {{u"email"_s, u"full%1@example.com"_s.arg(i)}, {u"password"_s, Password}};
}

// What the database file itself holds, read after the server has stopped.
QSet<QString> storedEmails(const QString &dataDir)
{
    QSet<QString> emails;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(QDir(dataDir).filePath(u"reelvault.sqlite"_s));
        if (db.open()) {
            QSqlQuery q(u"SELECT email FROM users"_s, db);
            while (q.next())
                emails.insert(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return emails;
}

// The file's size in pages, once compacted.
qint64 compactedPageCount(const QString &dataDir)
{
    qint64 pages = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
        db.setDatabaseName(QDir(dataDir).filePath(u"reelvault.sqlite"_s));
        if (db.open()) {
            QSqlQuery vacuum(u"VACUUM"_s, db); // no free pages left to fill first
            QSqlQuery q(u"PRAGMA page_count"_s, db);
            if (q.next())
                pages = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"pages"_s);
    return pages;
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

// What is on disk: nothing acknowledged is lost when the disk fills, and the files are the
// owner's alone.
class TestApiStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDatabaseLosesNothingAcknowledged();
    void fullFileSystemRecoversWhenSpaceReturns();
    void dataFilesAreOwnerOnly();
    void looseFilesAreTightened();
};

void TestApiStorage::fullDatabaseLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    QByteArray admin;
    {
        TestServer seed(dir.path());
        QVERIFY2(seed.start(), qPrintable(seed.error()));
        admin = seed.registerAndLogin(u"admin@example.com"_s, Password)
                        .value("token"_L1)
                        .toString()
                        .toLatin1();
        QVERIFY(!admin.isEmpty());
    }
    // A file that may grow by a few pages only: what a full disk looks like to SQLite.
    const qint64 pages = compactedPageCount(dir.path());
    QVERIFY(pages > 0);
    QSet<QString> acknowledged;
    int refused = 0;
    {
        TestServer server(dir.path());
        ServerConfig config;
        config.maxDatabasePages = pages + 3;
        QVERIFY2(server.start(config), qPrintable(server.error()));
        const HttpClient client = server.client();
        for (int i = 0; i < 200 && refused < 3; ++i) {
            const auto r = client.post("/register", account(i));
            if (r.status == 201) {
                acknowledged.insert(account(i).value("email"_L1).toString());
                continue;
            }
            QCOMPARE(r.status, 507);
            QCOMPARE(r.json().value("code"_L1).toString(), u"storage_full"_s);
            ++refused;
        }
        QCOMPARE(refused, 3);
        // Reads keep working; every other write says the same.
        QCOMPARE(client.get("/moviedata?pageSize=5", admin).status, 200);
        QCOMPARE(client.get("/userdetails", admin).status, 200);
        HttpClient::Request add;
        add.method = "POST";
        add.target = "/moviedata";
        add.body = R"({"title":"A film for a full disk","year":2001})";
        add.headers << qMakePair(QByteArray("Authorization"), "Bearer " + admin);
        int status = 0;
        for (int i = 0; i < 50 && status != 507; ++i)
            status = client.send(add).status;
        QCOMPARE(status, 507);
    }
    // Exactly the acknowledged accounts were stored.
    QSet<QString> stored = storedEmails(dir.path());
    stored.remove(u"admin@example.com"_s);
    QCOMPARE(stored, acknowledged);
    // With room again, writes work.
    TestServer again(dir.path());
    QVERIFY2(again.start(), qPrintable(again.error()));
    QCOMPARE(again.client().post("/register", account(1000)).status, 201);
}

void TestApiStorage::fullFileSystemRecoversWhenSpaceReturns()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs (CI runs as root); the page-limit test above "
              "covers the same code without it");
    QTemporaryDir mount;
    QCOMPARE(QProcess::execute(
                     u"mount"_s,
                     {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=6m"_s, u"tmpfs"_s, mount.path()}),
             0);
    auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {u"-l"_s, mount.path()}); });
    const QString data = mount.filePath(u"data"_s);
    const QString filler = mount.filePath(u"filler"_s);
    QSet<QString> acknowledged;
    {
        TestServer server(data);
        QVERIFY2(server.start(), qPrintable(server.error()));
        const HttpClient client = server.client();
        // Fill what is left of the file system.
        {
            QFile f(filler);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'f');
            while (f.write(block) == block.size() && f.flush()) { }
        }
        int full = 0;
        for (int i = 0; i < 400 && full == 0; ++i) {
            const auto r = client.post("/register", account(i));
            if (r.status == 201)
                acknowledged.insert(account(i).value("email"_L1).toString());
            else if (r.status == 507)
                ++full;
            else
                QFAIL(qPrintable(
                        u"unexpected %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
        }
        QCOMPARE(full, 1);
        QVERIFY(client.get("/health").status == 200);
        // Space returns: the very next write works, without a restart.
        QVERIFY(QFile::remove(filler));
        const auto r = client.post("/register", account(5000));
        QCOMPARE(r.status, 201);
        acknowledged.insert(account(5000).value("email"_L1).toString());
    }
    QCOMPARE(storedEmails(data), acknowledged);
}

void TestApiStorage::dataFilesAreOwnerOnly()
{
    QTemporaryDir parent;
    const QString data = parent.filePath(u"new-data"_s);
    TestServer server(data);
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(server.client().post("/register", account(1)).status == 201);
    QCOMPARE(modeOf(data), 0700);
    for (const auto &name : {u"reelvault.sqlite"_s, u"reelvault.sqlite-wal"_s,
                             u"reelvault.sqlite-shm"_s, u"jwt-signing.key"_s}) {
        const QString path = QDir(data).filePath(name);
        if (!QFile::exists(path))
            continue; // the key lives in the keychain when there is one
        QCOMPARE(modeOf(path), 0600);
    }
}

void TestApiStorage::looseFilesAreTightened()
{
    QTemporaryDir dir;
    {
        TestServer first(dir.path());
        QVERIFY2(first.start(), qPrintable(first.error()));
    }
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const QString db = dir.filePath(u"reelvault.sqlite"_s);
    ::chmod(QFile::encodeName(db).constData(), 0644);
    TestServer again(dir.path());
    QVERIFY2(again.start(), qPrintable(again.error()));
    QCOMPARE(modeOf(dir.path()), 0700);
    QCOMPARE(modeOf(db), 0600);
}

QTEST_GUILESS_MAIN(TestApiStorage)
#include "tst_api_storage.moc"
