// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

// A year, or "Any": a spin box whose lowest value reads "Any". Clearing the text, or typing
// "Any" (in any case, in the user's language), sets it back to any year.
class YearBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit YearBox(QWidget *parent = nullptr);

    bool isAny() const { return value() == minimum(); }
    int year() const { return isAny() ? 0 : value(); } // 0: any
    void setYear(int year) { setValue(year > 0 ? year : minimum()); }

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    int valueFromText(const QString &text) const override;
    void fixup(QString &text) const override;

private:
    bool meansAny(const QString &text) const;
};
