// SPDX-License-Identifier: GPL-3.0-or-later
#include "banner.h"

#include "theme/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::showMessage(const QString &text, Kind kind)
{
    m_label->setText(text);
    m_kind = kind;
    update();
    setVisible(!text.isEmpty());
}

void Banner::paintEvent(QPaintEvent *)
{
    // Drawn in the colours of the palette it is shown with: it follows the theme.
    const Palette::State state
            = m_kind == Kind::Warning ? Palette::State::Warning : Palette::State::Info;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Palette::border(state, palette()), 1));
    painter.setBrush(Palette::fill(state, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

QString Banner::text() const
{
    return m_label->text();
}
