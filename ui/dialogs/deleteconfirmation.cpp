// SPDX-License-Identifier: GPL-3.0-or-later
#include "deleteconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

bool DeleteConfirmation::ask(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}
