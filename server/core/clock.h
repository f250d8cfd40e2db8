// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

// Where the server reads the time: token lifetimes, the login and registration windows, session
// timestamps. Everything takes a Clock, so a test moves time (ManualClock) instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time: seconds since the Unix epoch (what JWT claims and the database hold).
    virtual qint64 now() const;
    // Monotonic milliseconds, for rates and windows that must not jump with the wall clock.
    virtual qint64 monotonicMs() const;

    static const Clock &system();
};

// A clock that stands still until told to move; both of its times move together. Thread-safe.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 secondsSinceEpoch);

    qint64 now() const override { return m_ms.load() / 1000; }
    qint64 monotonicMs() const override { return m_ms.load(); }

    void advance(qint64 seconds) { m_ms.fetch_add(seconds * 1000); }

private:
    std::atomic<qint64> m_ms;
};
