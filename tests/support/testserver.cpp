// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "apiserver.h"
#include "auth/signingkey.h"
#include "platform/keychainsecretstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

TestServer::TestServer(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
}

TestServer::~TestServer()
{
    stop();
    if (!m_ownDatabase.isEmpty())
        dropDatabase(m_ownDatabase);
}

std::optional<DatabaseUrl> TestServer::postgres()
{
    const QString url = qEnvironmentVariable("REELVAULT_TEST_DATABASE");
    if (url.isEmpty())
        return std::nullopt;
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed || !parsed->isPostgres())
        qFatal("REELVAULT_TEST_DATABASE is not a postgresql:// URL");
    return *parsed;
}

namespace {
// A connection to the tests' server's maintenance database, for CREATE and DROP DATABASE.
QSqlDatabase maintenance(const DatabaseUrl &server)
{
    const QString name = u"reelvault-test-maintenance"_s;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isOpen()) {
        server.configure(db);
        if (!db.open())
            qFatal("cannot reach the tests' PostgreSQL: %s", qPrintable(db.lastError().text()));
    }
    return db;
}

QString replaced(QString url, const QString &database)
{
    return url.left(url.lastIndexOf(u'/') + 1) + database;
}
} // namespace

std::optional<DatabaseUrl> TestServer::createDatabase(const QString &name)
{
    const auto server = postgres();
    if (!server)
        return std::nullopt;
    QSqlQuery q(maintenance(*server));
    q.exec(u"SELECT 1 FROM pg_database WHERE datname = '%1'"_s.arg(name));
    if (!q.next() && !q.exec(u"CREATE DATABASE %1"_s.arg(name)))
        qFatal("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    auto url = DatabaseUrl::parse(
            replaced(qEnvironmentVariable("REELVAULT_TEST_DATABASE").section(u'?', 0, 0), name));
    return url ? std::optional(*url) : std::nullopt;
}

void TestServer::dropDatabase(const QString &name)
{
    if (const auto server = postgres()) {
        QSqlQuery q(maintenance(*server));
        if (!q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)))
            qWarning("DROP DATABASE %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    }
}

QSqlDatabase TestServer::inspect(const QString &name) const
{
    const DatabaseUrl url = m_database
            ? *m_database
            : DatabaseUrl::sqlite(QDir(m_dataDir).filePath(u"reelvault.sqlite"_s));
    QSqlDatabase db = QSqlDatabase::addDatabase(url.isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, name);
    url.configure(db);
    if (!db.open())
        qWarning("cannot open the server's database: %s", qPrintable(db.lastError().text()));
    return db;
}

bool TestServer::start(ServerConfig config)
{
    config.port = 0;
    config.dataDir = m_dataDir;
    if (!config.database && postgres()) {
        // One database per data dir: a restart on the same dir finds its data again.
        const QString name = u"rv_"_s
                + QString::fromLatin1(QCryptographicHash::hash(m_dataDir.toUtf8(),
                                                               QCryptographicHash::Sha1)
                                              .toHex()
                                              .left(16));
        config.database = createDatabase(name);
        if (m_tempDir)
            m_ownDatabase = name;
    }
    if (config.database && config.database->isPostgres() && config.signingKeyFile.isEmpty())
        config.signingKeyFile = m_dataDir + u"/shared-signing.key"_s;
    m_database = config.database;
    m_keyFile = config.signingKeyFile;
    m_server = std::make_unique<ApiServer>(config);
    if (const auto failure = m_server->start()) {
        m_error = failure->message;
        m_server.reset();
        return false;
    }
    return true;
}

void TestServer::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

quint16 TestServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QJsonObject TestServer::registerAndLogin(const QString &email, const QString &password,
                                         const QString &name) const
{
    QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    const auto reg = client().post("/register", body);
    if (reg.status != 201)
        qWarning("register %s: %d %s", qPrintable(email), reg.status, reg.body.constData());
    const auto login = client().post("/login", {{u"email"_s, email}, {u"password"_s, password}});
    if (login.status != 200)
        qWarning("login %s: %d %s", qPrintable(email), login.status, login.body.constData());
    return login.json();
}

QByteArray TestServer::login(const QString &email, const QString &password) const
{
    return client()
            .post("/login", {{u"email"_s, email}, {u"password"_s, password}})
            .json()
            .value("token"_L1)
            .toString()
            .toLatin1();
}

QByteArray TestServer::registerToken(const QString &email, const QString &password) const
{
    return registerAndLogin(email, password).value("token"_L1).toString().toLatin1();
}

int TestServer::addViewing(const QByteArray &token, qint64 film, QLatin1StringView watchedOn,
                           const QJsonValue &rating, bool rewatch) const
{
    return client()
            .post("/moviedata/" + QByteArray::number(film) + "/viewings",
                  {{u"watchedOn"_s, watchedOn}, {u"rating"_s, rating}, {u"rewatch"_s, rewatch}},
                  token)
            .status;
}

QByteArray TestServer::signingKey() const
{
    if (!m_keyFile.isEmpty()) {
        QFile file(m_keyFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    KeychainSecretStore keychain;
    return SigningKey::peek(m_dataDir, &keychain);
}

QString TestServer::growCatalogue(const QString &dataDir, int films)
{
    const QString name = u"grow-catalogue"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dataDir + u"/reelvault.sqlite"_s);
        QSqlQuery q(db);
        const QString columns = u"year, release_date, genre, director, runtime_minutes, "
                                u"mpaa_rating, imdb_rating, rotten_tomatoes_rating, distributor, "
                                u"us_gross, worldwide_gross, production_budget"_s;
        if (!db.open() || !q.exec(u"SELECT COUNT(*) FROM movies"_s) || !q.next()) {
            error = db.lastError().text() + q.lastError().text();
        } else if (const int have = q.value(0).toInt(); films > have) {
            if (!q.exec(u"INSERT INTO movies (title, %1) "
                        u"WITH RECURSIVE copy(n) AS (SELECT 2 UNION ALL SELECT n + 1 FROM copy "
                        u"WHERE n < %2) "
                        u"SELECT title || ' (' || n || ')', %1 FROM copy, "
                        u"(SELECT * FROM movies ORDER BY id) LIMIT %3"_s.arg(columns)
                                .arg(films / have + 2)
                                .arg(films - have)))
                error = q.lastError().text();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
