// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(u"reelvault"_s); }
    void defaults();
    void serveOptions();
    void helpAndVersion();
    void storageOptions();
    void errors_data();
    void errors();
};

void TestCommandLine::defaults()
{
    const auto r = CommandLine::parse({u"reelvault"_s});
    QCOMPARE(r.action, CommandLine::Action::Run);
    QVERIFY(!r.serve);
    QCOMPARE(r.server.port, quint16(8765));
    QCOMPARE(r.server.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(r.server.tokenTtlSeconds, 900);
    QVERIFY(r.server.dataDir.endsWith(u"/reelvault"_s));
}

void TestCommandLine::serveOptions()
{
    const auto r = CommandLine::parse({u"reelvault"_s, u"--serve"_s, u"--host"_s, u"::1"_s,
                                       u"--port"_s, u"0"_s, u"--data-dir"_s, u"rel/dir"_s,
                                       u"--token-ttl"_s, u"60"_s});
    QCOMPARE(r.action, CommandLine::Action::Run);
    QVERIFY(r.serve);
    QCOMPARE(r.server.address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(r.server.port, quint16(0));
    QCOMPARE(r.server.dataDir, QDir::current().absoluteFilePath(u"rel/dir"_s));
    QCOMPARE(r.server.tokenTtlSeconds, 60);
    QCOMPARE(r.server.keyStore, SigningKey::Store::Auto);
    QCOMPARE(CommandLine::parse({u"reelvault"_s, u"--key-store"_s, u"file"_s}).server.keyStore,
             SigningKey::Store::File);
    QCOMPARE(CommandLine::parse({u"reelvault"_s, u"--host=localhost"_s}).server.address,
             QHostAddress(QHostAddress::LocalHost));
}

void TestCommandLine::storageOptions()
{
    const auto none = CommandLine::parse({u"reelvault"_s, u"--serve"_s});
    QVERIFY(!none.server.database);
    const auto shared = CommandLine::parse({u"reelvault"_s, u"--serve"_s, u"--database"_s,
                                            u"postgresql://rv:pw@db.example.org:6543/films"_s,
                                            u"--signing-key-file"_s, u"keys/shared.key"_s});
    QCOMPARE(shared.action, CommandLine::Action::Run);
    QVERIFY(shared.server.database && shared.server.database->isPostgres());
    QCOMPARE(shared.server.database->host(), u"db.example.org"_s);
    QCOMPARE(shared.server.database->port(), quint16(6543));
    QCOMPARE(shared.server.signingKeyFile, QDir::current().absoluteFilePath(u"keys/shared.key"_s));
    const auto file = CommandLine::parse(
            {u"reelvault"_s, u"--serve"_s, u"--database"_s, u"sqlite:/tmp/x.sqlite"_s});
    QCOMPARE(file.action, CommandLine::Action::Run);
    QCOMPARE(file.server.database->path(), u"/tmp/x.sqlite"_s);
    const auto migrate = CommandLine::parse(
            {u"reelvault"_s, u"--migrate-to"_s, u"postgresql://rv@db/films"_s});
    QCOMPARE(migrate.action, CommandLine::Action::Run);
    QCOMPARE(migrate.task, CommandLine::Task::MigrateTo);
    QCOMPARE(migrate.migrateTo->databaseName(), u"films"_s);
    QVERIFY(CommandLine::isHeadless(3,
                                    std::array<char *, 3>{const_cast<char *>("reelvault"),
                                                          const_cast<char *>("--migrate-to"),
                                                          const_cast<char *>("x")}
                                            .data()));
}

void TestCommandLine::helpAndVersion()
{
    const auto help = CommandLine::parse({u"reelvault"_s, u"--help"_s});
    QCOMPARE(help.action, CommandLine::Action::ShowHelp);
    for (const auto option : {"--serve", "--host", "--port", "--data-dir", "--token-ttl"})
        QVERIFY2(help.message.contains(QLatin1StringView(option)), option);
    const auto version = CommandLine::parse({u"reelvault"_s, u"--version"_s});
    QCOMPARE(version.action, CommandLine::Action::ShowVersion);
    QCOMPARE(version.message, u"reelvault "_s + QStringLiteral(REELVAULT_VERSION));
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::addRow("port too large") << QStringList{u"--port"_s, u"65536"_s} << u"--port"_s;
    QTest::addRow("port negative") << QStringList{u"--port"_s, u"-1"_s} << u"--port"_s;
    QTest::addRow("port words") << QStringList{u"--port"_s, u"http"_s} << u"--port"_s;
    QTest::addRow("port missing value") << QStringList{u"--port"_s} << u"port"_s;
    QTest::addRow("ttl zero") << QStringList{u"--token-ttl"_s, u"0"_s} << u"--token-ttl"_s;
    QTest::addRow("ttl words") << QStringList{u"--token-ttl"_s, u"1h"_s} << u"--token-ttl"_s;
    QTest::addRow("host name") << QStringList{u"--host"_s, u"example.com"_s} << u"--host"_s;
    QTest::addRow("unknown key store")
            << QStringList{u"--key-store"_s, u"vault"_s} << u"--key-store"_s;
    QTest::addRow("stray argument") << QStringList{u"serve"_s} << u"serve"_s;
    QTest::addRow("database of no kind")
            << QStringList{u"--database"_s, u"mysql://db/films"_s} << u"--database"_s;
    QTest::addRow("database without a user")
            << QStringList{u"--database"_s, u"postgresql://db/films"_s} << u"user is missing"_s;
    QTest::addRow("shared database without a shared key")
            << QStringList{u"--serve"_s, u"--database"_s, u"postgresql://rv@db/films"_s}
            << u"--signing-key-file"_s;
    QTest::addRow("migrate to nowhere")
            << QStringList{u"--migrate-to"_s, u"films"_s} << u"--database"_s;
    QTest::addRow("migrate while serving")
            << QStringList{u"--serve"_s, u"--migrate-to"_s, u"postgresql://rv@db/films"_s}
            << u"task of their own"_s;
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const auto r = CommandLine::parse(QStringList{u"reelvault"_s} + arguments);
    QCOMPARE(r.action, CommandLine::Action::Fail);
    QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
