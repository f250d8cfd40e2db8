// SPDX-License-Identifier: GPL-3.0-or-later
#include "statelabel.h"

#include <QApplication>
#include <QEvent>

StateLabel::StateLabel(QWidget *parent)
    : QLabel(parent)
{ }

StateLabel::StateLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{ }

void StateLabel::setState(std::optional<Palette::State> state)
{
    m_state = state;
    recolour();
}

void StateLabel::setMessage(const QString &text, std::optional<Palette::State> state)
{
    setText(text);
    setState(state);
}

void StateLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolour();
}

void StateLabel::recolour()
{
    // The colour for the theme the rest of the window is in: the application's palette, since
    // this label's own palette carries the colour it set last.
    QPalette p = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor wanted = m_state ? Palette::text(*m_state, base)
                                  : base.color(QPalette::WindowText);
    if (p.color(QPalette::WindowText) == wanted)
        return; // also ends the PaletteChange that setPalette() below sends
    p.setColor(QPalette::WindowText, wanted);
    setPalette(p);
}
