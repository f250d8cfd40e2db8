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
    m_message = text;
    if (m_elided)
        elide();
    else
        setText(text);
    setState(state);
}

void StateLabel::setElided(bool elided)
{
    m_elided = elided;
    if (elided) {
        setWordWrap(false);
        setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
        m_message = text();
        elide();
    }
}

QSize StateLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    return m_elided ? QSize(0, hint.height()) : hint;
}

void StateLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (m_elided)
        elide();
}

void StateLabel::elide()
{
    const int width = qMax(contentsRect().width(), 40);
    QStringList lines = m_message.split(u'\n');
    bool cut = false;
    for (QString &line : lines) {
        const QString shown = fontMetrics().elidedText(line, Qt::ElideRight, width);
        cut = cut || shown != line;
        line = shown;
    }
    setText(lines.join(u'\n'));
    setToolTip(cut ? m_message : QString());
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
