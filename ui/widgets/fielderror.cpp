// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderror.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

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

void FieldError::clearWhenEdited(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textEdited, this, &FieldError::clear);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, &FieldError::clear);
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(editor))
        connect(real, &QDoubleSpinBox::valueChanged, this, &FieldError::clear);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentTextChanged, this, &FieldError::clear);
}

QWidget *FieldError::below(QWidget *parent, QWidget *editor, FieldError *error, QWidget *extra)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    if (extra)
        v->addWidget(extra);
    v->addWidget(error);
    return box;
}
