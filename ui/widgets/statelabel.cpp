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

bool StateLabel::event(QEvent *event)
{
    const bool handled = QLabel::event(event);
    // A new theme: the application's palette changed.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolour();
    return handled;
}

void StateLabel::recolour()
{
    // Own palette's text colour set to the state's; the rest follows the window. The new
    // application palette decides which theme's colour (this label's own palette still holds
    // the colour it set last).
    const QPalette app = QApplication::palette();
    const QColor wanted = m_state ? Palette::text(*m_state, app) : app.color(QPalette::WindowText);
    QPalette p = palette();
    if (p.color(QPalette::WindowText) == wanted)
        return; // also ends the PaletteChange that setPalette() below sends
    p.setColor(QPalette::WindowText, wanted);
    setPalette(p);
}
