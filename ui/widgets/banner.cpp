#include "banner.h"

#include "theme/palette.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
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
    recolour();
    setVisible(!text.isEmpty());
}

Banner::Kind Banner::kind() const
{
    return m_kind;
}

void Banner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolour();
}

void Banner::recolour()
{
    const Palette::State state
            = m_kind == Kind::Warning ? Palette::State::Warning : Palette::State::Info;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QString sheet = QStringLiteral("Banner { background: %1; border: 1px solid %2; "
                                         "border-radius: 6px; }")
                                  .arg(Palette::fill(state, base).name(),
                                       Palette::border(state, base).name());
    if (styleSheet() != sheet) // the same sheet again would only send another change event
        setStyleSheet(sheet);
}

QString Banner::text() const
{
    return m_label->text();
}
