// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "apiserver.h"
#include "auth/signingkey.h"
#include "platform/keychainsecretstore.h"

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
}

bool TestServer::start(ServerConfig config)
{
    config.port = 0;
    config.dataDir = m_dataDir;
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
