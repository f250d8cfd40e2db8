// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationlimiter.h"

#include <cmath>

namespace {
constexpr double TokensPerMs = RegistrationLimiter::PerMinute / 60000.0;
}

RegistrationLimiter::RegistrationLimiter(const Clock &clock)
    : m_clock(clock)
{ }

void RegistrationLimiter::refill(Bucket &bucket, qint64 now) const
{
    bucket.tokens = qMin<double>(Burst, bucket.tokens + double(now - bucket.at) * TokensPerMs);
    bucket.at = now;
}

qint64 RegistrationLimiter::take(const QString &address)
{
    const qint64 now = m_clock.monotonicMs();
    QMutexLocker locker(&m_mutex);
    auto it = m_buckets.find(address);
    if (it == m_buckets.end())
        it = m_buckets.insert(address, Bucket{double(Burst), now});
    refill(*it, now);
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return qMax<qint64>(1, qint64(std::ceil((1.0 - it->tokens) / TokensPerMs / 1000.0)));
}

void RegistrationLimiter::prune()
{
    const qint64 now = m_clock.monotonicMs();
    QMutexLocker locker(&m_mutex);
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(*it, now);
        it = it->tokens >= Burst ? m_buckets.erase(it) : std::next(it);
    }
}
