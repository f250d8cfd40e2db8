// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

// The contract's login throttling: at most 5 failed attempts per email and 20 per client
// address within 15 minutes; past that, attempts are refused until the oldest failure leaves
// the window. A success resets the email's count. Only failures count: any number of correct
// logins may run at once.
//
// The gate is checked twice: when the request arrives and again on the worker right before the
// password is hashed, so a burst of guesses queued before the fifth failure is refused without
// being tried (at most one per worker thread can overshoot). Thread-safe.
//
// Failures are counted in memory, or, when servers share a database (PostgreSQL), in the
// database (share()), so that guesses spread over several servers are counted together.
class LoginFailureStore;

class LoginThrottle
{
public:
    static constexpr int MaxPerEmail = 5;
    static constexpr int MaxPerAddress = 20;
    static constexpr qint64 WindowSeconds = 15 * 60;

    explicit LoginThrottle(const Clock &clock = Clock::system());
    // Counts in store from now on (set before serving).
    void share(LoginFailureStore *store) { m_shared = store; }

    // 0 when an attempt may go ahead, else the seconds to wait.
    qint64 retryAfter(const QString &emailKey, const QString &address);
    // Whether this failure is the one that makes the email wait.
    bool failed(const QString &emailKey, const QString &address);
    void succeeded(const QString &emailKey);
    // Drops windows that have emptied; for a periodic sweep.
    void prune();
    // How many emails and addresses have a window kept.
    qsizetype trackedKeys();

private:
    using Window = std::deque<qint64>;
    qint64 waitFor(QHash<QString, Window> &windows, const QString &key, int limit, qint64 now);

    qint64 sharedWait(const QString &key, int limit, qint64 now);

    const Clock &m_clock;
    LoginFailureStore *m_shared = nullptr;
    QMutex m_mutex;
    QHash<QString, Window> m_byEmail;
    QHash<QString, Window> m_byAddress;
};
