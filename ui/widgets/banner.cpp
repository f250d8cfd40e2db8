#include "banner.h"

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
    setStyleSheet(kind == Kind::Warning
                          ? QStringLiteral("Banner { background: #fff4e5; border: 1px solid "
                                           "#f0b35b; border-radius: 6px; }")
                          : QStringLiteral("Banner { background: #e8f1fb; border: 1px solid "
                                           "#8db7e8; border-radius: 6px; }"));
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return m_label->text();
}
