// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max || text.trimmed() != text || text.startsWith(u'+'))
        return std::nullopt;
    return v;
}

} // namespace

QString CommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "--serve" || a == "--backup" || a == "--restore" || a == "--reset-password"
            || a == "--migrate-to" || a.startsWith("--migrate-to=") || a.startsWith("--backup=")
            || a.startsWith("--restore=") || a.startsWith("--reset-password=") || a == "--help"
            || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Reelvault: an offline movie catalogue with a local JWT-authenticated API.\n"
            u"Without --serve it opens the desktop app."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption serve(u"serve"_s, u"Run the API alone, without a window."_s);
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s,
                                  u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(
            u"port"_s,
            u"Port to listen on; 0 picks a free one (default %1)."_s.arg(ServerConfig::DefaultPort),
            u"N"_s, QString::number(ServerConfig::DefaultPort));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"Where the database and key live (default %1)."_s.arg(
                                             QDir::toNativeSeparators(defaultDataDir())),
                                     u"DIR"_s);
    const QCommandLineOption ttl(u"token-ttl"_s,
                                 u"Lifetime of access tokens in seconds (default %1)."_s.arg(
                                         ServerConfig::DefaultTokenTtl),
                                 u"SECONDS"_s, QString::number(ServerConfig::DefaultTokenTtl));
    const QCommandLineOption keyStore(
            u"key-store"_s,
            u"Where the token-signing key is kept: auto (the OS keychain when there is one, "
            u"else a file in the data dir), keychain, or file. Switching moves the key, so "
            u"tokens stay valid."_s,
            u"WHERE"_s, u"auto"_s);
    const QCommandLineOption maxConnections(
            u"max-connections"_s,
            u"Open connections at most (default %1; kept below the descriptor limit)."_s.arg(
                    HttpLimits::DefaultMaxConnections),
            u"N"_s, QString::number(HttpLimits::DefaultMaxConnections));
    const QCommandLineOption requestTimeout(
            u"request-timeout"_s,
            u"Seconds a client has to send a request's head, and again its body (default 10)."_s,
            u"SECONDS"_s, u"10"_s);
    const QCommandLineOption idleTimeout(
            u"idle-timeout"_s, u"Seconds a connection may wait between requests (default 30)."_s,
            u"SECONDS"_s, u"30"_s);
    const QCommandLineOption backup(
            u"backup"_s,
            u"Write an encrypted backup of the data dir (database and signing key) to FILE; the "
            u"passphrase is read from the terminal, or from standard input."_s,
            u"FILE"_s);
    const QCommandLineOption restore(
            u"restore"_s,
            u"Replace the data dir's data with the backup in FILE, after checking all of it; "
            u"what it replaces is kept in DATA_DIR/backups. No server may be running on it."_s,
            u"FILE"_s);
    const QCommandLineOption database(
            u"database"_s,
            u"Where the data is kept: sqlite:PATH (default: reelvault.sqlite in the data dir) or "
            u"postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME, which any number of servers may "
            u"share (the password may instead come from PGPASSWORD or ~/.pgpass)."_s,
            u"URL"_s);
    const QCommandLineOption signingKeyFile(
            u"signing-key-file"_s,
            u"The token-signing key as a file every server of a shared database reads (made by "
            u"the first when missing). Needed with a postgresql:// database."_s,
            u"FILE"_s);
    const QCommandLineOption migrateTo(
            u"migrate-to"_s,
            u"Copy the data dir's database (accounts, sessions, diaries, imports, posters) into "
            u"the empty database at URL (postgresql://…) for a shared server; with "
            u"--signing-key-file, the data dir's signing key is written there too, so that its "
            u"sessions stay signed in."_s,
            u"URL"_s);
    const QCommandLineOption resetPassword(
            u"reset-password"_s,
            u"Set a new password for the account EMAIL (read from the terminal, or from standard "
            u"input) and end its sessions."_s,
            u"EMAIL"_s);
    parser.addOptions({serve, host, port, dataDir, ttl, keyStore, maxConnections, requestTimeout,
                       idleTimeout, database, signingKeyFile, backup, restore, resetPassword,
                       migrateTo});

    Result r;
    if (!parser.parse(arguments)) {
        r.message = parser.errorText();
        return r;
    }
    if (parser.isSet(help)) {
        r.action = Action::ShowHelp;
        r.message = parser.helpText();
        return r;
    }
    if (parser.isSet(version)) {
        r.action = Action::ShowVersion;
        r.message = u"reelvault %1"_s.arg(QStringLiteral(REELVAULT_VERSION));
        return r;
    }
    if (!parser.positionalArguments().isEmpty()) {
        r.message = u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());
        return r;
    }

    const QString hostText = parser.value(host);
    r.server.address = hostText.compare("localhost"_L1, Qt::CaseInsensitive) == 0
            ? QHostAddress(QHostAddress::LocalHost)
            : QHostAddress(hostText);
    if (r.server.address.isNull()) {
        r.message = u"--host must be an IP address or localhost, not \"%1\""_s.arg(hostText);
        return r;
    }
    const auto portValue = wholeNumber(parser.value(port), 0, 65535);
    if (!portValue) {
        r.message = u"--port must be a whole number from 0 to 65535"_s;
        return r;
    }
    r.server.port = quint16(*portValue);
    const auto ttlValue = wholeNumber(parser.value(ttl), 1, 7 * 24 * 3600);
    if (!ttlValue) {
        r.message = u"--token-ttl must be a whole number of seconds from 1 to 604800"_s;
        return r;
    }
    r.server.tokenTtlSeconds = *ttlValue;
    const auto store = SigningKey::storeFromName(parser.value(keyStore));
    if (!store) {
        r.message = u"--key-store must be auto, keychain or file"_s;
        return r;
    }
    r.server.keyStore = *store;
    const auto connections = wholeNumber(parser.value(maxConnections), 1, 65536);
    if (!connections) {
        r.message = u"--max-connections must be a whole number from 1 to 65536"_s;
        return r;
    }
    r.server.http.maxConnections = int(*connections);
    const auto requestSeconds = wholeNumber(parser.value(requestTimeout), 1, 3600);
    const auto idleSeconds = wholeNumber(parser.value(idleTimeout), 1, 3600);
    if (!requestSeconds || !idleSeconds) {
        r.message = u"--request-timeout and --idle-timeout must be whole numbers of seconds from "
                    u"1 to 3600"_s;
        return r;
    }
    r.server.http.requestTimeout = std::chrono::seconds(*requestSeconds);
    r.server.http.idleTimeout = std::chrono::seconds(*idleSeconds);
    r.server.dataDir
            = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath() : defaultDataDir();
    r.serve = parser.isSet(serve);
    if (parser.isSet(database)) {
        auto url = DatabaseUrl::parse(parser.value(database));
        if (!url) {
            r.message = url.fault().detail();
            return r;
        }
        r.server.database = *url;
    }
    if (parser.isSet(signingKeyFile)) {
        if (parser.value(signingKeyFile).trimmed().isEmpty()) {
            r.message = u"--signing-key-file needs a file"_s;
            return r;
        }
        r.server.signingKeyFile = QDir(parser.value(signingKeyFile)).absolutePath();
    }
    if (parser.isSet(migrateTo)) {
        auto url = DatabaseUrl::parse(parser.value(migrateTo));
        if (!url) {
            r.message = url.fault().detail();
            return r;
        }
        r.migrateTo = *url;
    }
    if (r.server.database && r.server.database->isPostgres() && r.server.signingKeyFile.isEmpty()
        && !r.migrateTo) {
        r.message = u"a postgresql:// database is shared by servers, and so is the key their "
                    u"tokens are signed with: give --signing-key-file FILE (the same file, or a "
                    u"copy of it, for every server)"_s;
        return r;
    }
    int tasks = 0;
    for (const auto &[option, task] :
         {std::pair{&backup, Task::Backup}, std::pair{&restore, Task::Restore},
          std::pair{&resetPassword, Task::ResetPassword}, std::pair{&migrateTo, Task::MigrateTo}}) {
        if (parser.isSet(*option)) {
            ++tasks;
            r.task = task;
            r.taskArgument = parser.value(*option);
        }
    }
    if (tasks > 1 || (tasks == 1 && r.serve)) {
        r.message = u"--backup, --restore, --reset-password, --migrate-to and --serve are each a "
                    u"task of their own: give one"_s;
        r.task = Task::None;
        return r;
    }
    if (tasks == 1 && r.taskArgument.trimmed().isEmpty()) {
        r.message = u"--backup and --restore need a file, --reset-password an email"_s;
        r.task = Task::None;
        return r;
    }
    r.portGiven = parser.isSet(port);
    r.action = Action::Run;
    return r;
}
