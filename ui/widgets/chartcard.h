// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QImage>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

// One chart of the statistics page: a title, the chart (Qt Charts) in the colours of the app's
// theme (following a switch between light and dark), a note under it, and "Save as PNG…" (its
// button and the chart's context menu), rendered at twice the screen's resolution. When there is
// nothing to chart it says so in the chart's place.
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    ChartCard(const QString &title, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    // Removes every series and axis (before the chart is built again).
    void clear();
    // Shown instead of the chart while not empty.
    void setEmptyText(const QString &text);
    QString emptyText() const;
    void setNote(const QString &text);
    QString note() const;
    QString title() const;

    // The card's colours again, from its palette (call after adding series and axes).
    void restyle();
    // The chart as an image at this pixel ratio.
    QImage image(qreal devicePixelRatio = 2) const;
    bool save(const QString &path) const;
    void saveAs();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QLabel *m_note;
};
