// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallwatch.h"

#include "uilogging.h"

using namespace Qt::StringLiterals;

StallWatch::StallWatch(QObject *parent)
    : QObject(parent)
{
    if (!lcUiFrames().isDebugEnabled())
        return;
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::tick);
    m_since.start();
    m_timer.start();
}

void StallWatch::tick()
{
    const qint64 late = m_since.restart() - IntervalMs;
    if (late >= ReportMs)
        qCDebug(lcUiFrames).noquote() << u"event loop stalled %1 ms"_s.arg(late);
}
