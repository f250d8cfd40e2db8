// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// A diagnostic for the measuring tools: while the reelvault.ui.frames category logs debug
// lines, a 10 ms timer notes each time the event loop answered it late, i.e. the window could
// not react, with how long ("event loop stalled 142 ms"). Off otherwise: no timer runs.
class StallWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 10;
    static constexpr int ReportMs = 30; // stalls shorter than this are not worth a line

    explicit StallWatch(QObject *parent = nullptr);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_since;
};
