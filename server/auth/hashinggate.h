// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInt>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent>

#include <optional>
#include <type_traits>

// Who waits for the password-hashing threads, and how long the queue may grow.
//
// Argon2id costs tens of milliseconds of a core on purpose, so the threads are few and a storm
// of registrations could queue for minutes in front of a person who only wants to sign in.
// Sign-ins (and password changes) therefore go ahead of registrations in the pool's queue, and
// registrations queue only so deep: past that they are refused at once, with the time to retry,
// instead of waiting without end.
class HashingGate
{
public:
    enum class Kind { SignIn, Register };

    HashingGate(QThreadPool &pool, int maxQueuedRegistrations)
        : m_pool(pool)
        , m_maxQueued(maxQueuedRegistrations)
    { }

    // The work's future, or nothing when registrations are queued to the limit.
    template<typename Work>
    std::optional<QFuture<std::invoke_result_t<Work>>> submit(Kind kind, Work work)
    {
        if (kind == Kind::SignIn)
            return QtConcurrent::task(std::move(work))
                    .onThreadPool(m_pool)
                    .withPriority(SignInPriority)
                    .spawn();
        if (m_queued.fetchAndAddRelaxed(1) >= m_maxQueued) {
            m_queued.fetchAndAddRelaxed(-1);
            return std::nullopt;
        }
        return QtConcurrent::task([this, work = std::move(work)]() mutable {
                   m_queued.fetchAndAddRelaxed(-1); // running now: no longer waiting
                   return work();
               })
                .onThreadPool(m_pool)
                .withPriority(RegisterPriority)
                .spawn();
    }

    int queuedRegistrations() const { return m_queued.loadRelaxed(); }

private:
    static constexpr int SignInPriority = 1;
    static constexpr int RegisterPriority = 0;

    QThreadPool &m_pool;
    int m_maxQueued;
    QAtomicInt m_queued;
};
