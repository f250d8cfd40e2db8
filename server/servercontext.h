// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class AccountRules;
class Clock;
class ExportStore;
class HashingGate;
class ImportStore;
class RegistrationLimiter;
class Database;
class EventStore;
class RecoveryCodeStore;
class LoginThrottle;
class MovieStore;
class PasswordHasher;
class PersonalStore;
class PosterStore;
class QThreadPool;
class SessionStore;
class StatsStore;
class TokenService;
class UserStore;

// What the route controllers share. Owned by ApiServer; every member outlives the controllers.
// The stores and services are safe to call from any thread (each thread has its own database
// connection), so a controller may hand work to the worker pool.
struct ServerContext
{
    Database *database = nullptr;
    UserStore *users = nullptr;
    MovieStore *movies = nullptr;
    SessionStore *sessions = nullptr;
    PersonalStore *personal = nullptr; // each user's ratings, watchlist, tags, diary
    ImportStore *imports = nullptr; // film histories brought in from Letterboxd and IMDb
    ExportStore *exports = nullptr; // and written out
    PosterStore *posters = nullptr; // one image per film
    StatsStore *stats = nullptr; // a user's statistics and the catalogue's
    EventStore *events = nullptr; // each account's security history
    RecoveryCodeStore *recoveryCodes = nullptr;
    TokenService *tokens = nullptr;
    PasswordHasher *hasher = nullptr;
    const AccountRules *rules = nullptr;
    QThreadPool *workers = nullptr; // password hashing and the writes that go with it
    // Short writes, one thread: the HTTP thread never waits on SQLite's write lock.
    QThreadPool *writer = nullptr;
    QThreadPool *background = nullptr; // one low-priority thread for what no request waits on
    LoginThrottle *throttle = nullptr;
    HashingGate *hashing = nullptr; // submits work to `workers`: sign-ins first, bounded sign-ups
    RegistrationLimiter *registrations = nullptr;
    const Clock *clock = nullptr; // every "now" of the server
    QString dataDir;
    QByteArray signingKey; // the key tokens are signed with (for a backup)
    // After a restore replaced the database: makes key the signing key and reopens everything
    // (caches, key, connections) before the next request is served. Callable from any thread.
    std::function<void(const QByteArray &key)> restored;
};
