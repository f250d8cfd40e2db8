// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"

#include <QHash>
#include <QMutex>
#include <QString>

// Anti-automation for account creation (OWASP ASVS 2.4.1): a token bucket per client address.
// Generous enough for every honest script (a test suite registering a few hundred accounts, 120
// a minute for as long as it likes), yet a flood from one address is refused with the time to
// wait. Thread-safe; the clock is injectable.
class RegistrationLimiter
{
public:
    static constexpr int Burst = 200;
    static constexpr int PerMinute = 120;

    explicit RegistrationLimiter(const Clock &clock = Clock::system());

    // Takes one registration from the address's bucket: 0 when it may go ahead, else the
    // seconds until one is free.
    qint64 take(const QString &address);
    // Forgets full buckets; for a periodic sweep.
    void prune();

private:
    struct Bucket
    {
        double tokens = Burst;
        qint64 at = 0;
    };
    void refill(Bucket &bucket, qint64 now) const;

    const Clock &m_clock;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};
