// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QDateTime>
#include <QDeadlineTimer>

qint64 Clock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

qint64 Clock::monotonicMs() const
{
    return QDeadlineTimer::current().deadline();
}

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

ManualClock::ManualClock(qint64 secondsSinceEpoch)
    : m_ms(secondsSinceEpoch * 1000)
{ }
