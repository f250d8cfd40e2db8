// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordedit.h"

#include <QAction>
#include <QIcon>

PasswordEdit::PasswordEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_toggle(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    m_toggle->setCheckable(true);
    m_toggle->setObjectName(QStringLiteral("revealPassword"));
    addAction(m_toggle, QLineEdit::TrailingPosition);
    connect(m_toggle, &QAction::toggled, this, &PasswordEdit::setRevealed);
    setRevealed(false);
}

void PasswordEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setIcon(QIcon(revealed ? QStringLiteral(":/icons/eye-off.svg")
                                     : QStringLiteral(":/icons/eye.svg")));
    m_toggle->setToolTip(revealed ? tr("Hide password") : tr("Show password"));
    m_toggle->setText(m_toggle->toolTip());
    QSignalBlocker block(m_toggle);
    m_toggle->setChecked(revealed);
}
