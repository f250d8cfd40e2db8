// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/signingkey.h"
#include "http/httplimits.h"
#include "store/databaseurl.h"

#include <QHostAddress>
#include <QString>

#include <memory>
#include <optional>

class Clock;
class SecretStore;

// How one API server runs: what the command line (or the desktop app) decides.
struct ServerConfig
{
    static constexpr quint16 DefaultPort = 8765;
    static constexpr qint64 DefaultTokenTtl = 900;

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort; // 0: any free port
    QString dataDir; // must be set
    // Where the data is kept; none: DATA_DIR/reelvault.sqlite. On PostgreSQL any number of
    // servers may share one database (each with its own data dir).
    std::optional<DatabaseUrl> database;
    // The token-signing key as a file every server of a shared database reads (made 0600 by the
    // first when missing); none: kept as keyStore says, per data dir. On PostgreSQL it must be
    // given, so that tokens from one server are honoured by the others.
    QString signingKeyFile;
    qint64 tokenTtlSeconds = DefaultTokenTtl;
    int hashingThreads = 0; // 0: one less than the cores, at least one
    HttpLimits http;
    int maxQueuedRegistrations = 0; // registrations waiting for a hashing thread; 0: 32 per thread
    qint64 maxDatabasePages = 0; // a size limit for the database file (tests); 0: none
    SigningKey::Store keyStore = SigningKey::Store::Auto;
    // The OS keychain to use; none: a KeychainSecretStore on the server's own thread. QtKeychain
    // must stay on one thread per process, so the desktop app passes one that forwards to its
    // GUI thread.
    std::shared_ptr<SecretStore> keychain;
    // GET /moviedata pages chosen in memory from the films' places in each sort (RankedQuery)
    // when those are at hand; off, every page is read by SQL (tests compare the two).
    bool rankedPages = true;
    // Where the server reads the time; none: the system clock. Tests move a ManualClock.
    std::shared_ptr<const Clock> clock;
};
