// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

// Recovery codes, shown once (after sign-up, or when new ones are made): the ten codes, Copy,
// Save as text…, and a confirmation that they were saved, without which the dialog does not
// close with OK. Each code signs in once when the password is forgotten.
class RecoveryCodesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryCodesDialog(const QStringList &codes, const QString &account,
                                 QWidget *parent = nullptr);

    QString text() const; // what Copy and Save write
    // Writes text() to path; false (with the reason) when it cannot.
    bool saveTo(const QString &path, QString *error) const;

private:
    void copy();
    void saveAs();

    QStringList m_codes;
    QString m_account;
    QPlainTextEdit *m_view;
    QCheckBox *m_saved;
    QPushButton *m_done;
};
