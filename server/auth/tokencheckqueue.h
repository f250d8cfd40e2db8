// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/tokenservice.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <atomic>
#include <functional>

class QObject;
class QThreadPool;

// Token checks made off the HTTP thread, and together: while one read of the database is under
// way, the checks that arrive wait, and the next read takes them all in one statement
// (TokenService::authenticateAll). On a shared database each check is a round trip to
// PostgreSQL, and with many clients most of them then travel in company.
//
// The reads run on pool (one thread is enough: its own database connection, one statement in
// flight); the answers are called on context's thread, each batch's in one queued call. Whoever
// owns pool waits for it before context goes.
class TokenCheckQueue
{
public:
    using Answer = std::function<void(Result<TokenService::Identity>)>;

    TokenCheckQueue(TokenService &tokens, QThreadPool &pool, QObject *context);

    // authorization: the raw Authorization header; now: the request's time.
    void check(const QByteArray &authorization, qint64 now, Answer answer);

    // How many checks the largest single read has taken, and how many reads were made.
    int largestBatch() const { return m_largest.load(); }
    int batches() const { return m_batches.load(); }

    // At most this many tokens in one statement.
    static constexpr int MaxBatch = 256;

private:
    struct Pending
    {
        TokenService::Presented presented;
        Answer answer;
    };
    void drain();

    TokenService &m_tokens;
    QThreadPool &m_pool;
    QObject *m_context;
    QMutex m_lock;
    QList<Pending> m_pending; // guarded by m_lock
    bool m_draining = false; // guarded by m_lock: a drain() is queued or running
    std::atomic<int> m_largest{0};
    std::atomic<int> m_batches{0};
};
