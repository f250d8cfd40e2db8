// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcard.h"

#include "theme/palette.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
    , m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *save = new QToolButton(this);
    save->setObjectName(u"saveChart"_s);
    save->setText(tr("Save as PNG…"));
    save->setAutoRaise(true);
    save->setToolTip(tr("Save this chart as a PNG image"));
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(save);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->chart()->setMargins(QMargins(4, 4, 18, 4)); // (room for the last label)
    m_view->chart()->setBackgroundRoundness(0);
    m_view->chart()->legend()->hide();
    auto *saveAction = new QAction(tr("Save as PNG…"), m_view);
    m_view->addAction(saveAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(u"chartEmpty"_s);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(head);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    connect(save, &QToolButton::clicked, this, &ChartCard::saveAs);
    connect(saveAction, &QAction::triggered, this, &ChartCard::saveAs);
    restyle();
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::clear()
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
}

void ChartCard::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

QString ChartCard::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ChartCard::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ChartCard::note() const
{
    return m_note->text();
}

void ChartCard::restyle()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor grid = p.color(QPalette::Mid);
    const QColor accent = p.color(QPalette::Highlight);
    QChart *c = chart();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    m_view->setBackgroundBrush(p.color(QPalette::Base));
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(Palette::isDark(p) ? grid.darker(130) : grid.lighter(130));
        axis->setLinePenColor(grid);
        axis->setShadesVisible(false);
    }
    const auto series = c->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(accent);
                set->setBorderColor(accent.darker(115));
                set->setLabelColor(text);
            }
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            QColor fill = accent;
            fill.setAlpha(150);
            scatter->setColor(fill);
            scatter->setBorderColor(Qt::transparent);
            scatter->setMarkerSize(7);
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            QPen pen(Palette::text(Palette::State::Warning, p), 2, Qt::DashLine);
            line->setPen(pen);
        }
    }
}

void ChartCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

QImage ChartCard::image(qreal devicePixelRatio) const
{
    QImage image((QSizeF(m_view->size()) * devicePixelRatio).toSize(),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(m_view->size())), m_view->rect());
    return image;
}

bool ChartCard::save(const QString &path) const
{
    return image().save(path, "PNG");
}

void ChartCard::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), m_title->text() + u".png"_s,
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    if (!save(path))
        setNote(tr("The chart could not be saved to %1.").arg(path));
}
