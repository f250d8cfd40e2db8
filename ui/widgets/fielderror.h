// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/statelabel.h"

// The message beside a form field: in the error colour, word-wrapped, hidden while there is
// nothing to say.
class FieldError : public StateLabel
{
    Q_OBJECT
public:
    explicit FieldError(QWidget *parent = nullptr);
    void show(const QString &message);
    void clear();
};
