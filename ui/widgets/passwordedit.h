// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QAction;

// A password field with a show/hide button at its end.
class PasswordEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasswordEdit(QWidget *parent = nullptr);
    void setRevealed(bool revealed);
    QAction *toggleAction() const { return m_toggle; }

private:
    QAction *m_toggle;
};
