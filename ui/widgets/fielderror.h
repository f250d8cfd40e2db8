// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/statelabel.h"

// The message beside a form field: in the error colour, word-wrapped, hidden while there is
// nothing to say, and gone once the field is changed.
class FieldError : public StateLabel
{
    Q_OBJECT
public:
    explicit FieldError(QWidget *parent = nullptr);
    void show(const QString &message);
    void clear();
    // Goes as soon as the editor's value changes (a line edit, spin box or combo box).
    void clearWhenEdited(QWidget *editor);
    // A form row's field: the editor, what goes below it (a strength meter), then its error,
    // stacked tightly in one widget of parent.
    static QWidget *below(QWidget *parent, QWidget *editor, FieldError *error,
                          QWidget *extra = nullptr);
};
