// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderror.h"

FieldError::FieldError(QWidget *parent)
    : StateLabel(parent)
{
    setWordWrap(true);
    setState(Palette::State::Error);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldError::show(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldError::clear()
{
    show({});
}
