// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearbox.h"

YearBox::YearBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(1869, 2100); // the minimum is "Any"
    setSpecialValueText(tr("Any"));
    setValue(minimum());
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

bool YearBox::meansAny(const QString &text) const
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.compare(specialValueText(), Qt::CaseInsensitive) == 0;
}

QValidator::State YearBox::validate(QString &text, int &pos) const
{
    if (meansAny(text))
        return QValidator::Acceptable;
    // On the way to typing "Any".
    if (specialValueText().startsWith(text.trimmed(), Qt::CaseInsensitive))
        return QValidator::Intermediate;
    return QSpinBox::validate(text, pos);
}

int YearBox::valueFromText(const QString &text) const
{
    return meansAny(text) ? minimum() : QSpinBox::valueFromText(text);
}

void YearBox::fixup(QString &text) const
{
    if (specialValueText().startsWith(text.trimmed(), Qt::CaseInsensitive))
        text = specialValueText();
    else
        QSpinBox::fixup(text);
}
