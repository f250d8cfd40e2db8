// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ApiClient;
class FieldError;
class FormCard;
class PasswordEdit;
class QLineEdit;
class QPushButton;

// "Forgot password?": the email, one recovery code and a new password (twice). On success the
// code is spent, every other session of the account ends and this one is signed in (the
// dialog is accepted); a wrong code, an unknown email or a spent code get one answer, beside
// the code; throttling says how long to wait.
class RecoverDialog : public QDialog
{
    Q_OBJECT
public:
    RecoverDialog(ApiClient *api, const QString &email, QWidget *parent = nullptr);
    void submit();

private:
    ApiClient *m_api;
    QLineEdit *m_email;
    QLineEdit *m_code;
    PasswordEdit *m_password;
    PasswordEdit *m_confirm;
    FieldError *m_emailError;
    FieldError *m_codeError;
    FieldError *m_passwordError;
    FieldError *m_confirmError;
    FieldError *m_formError;
    QPushButton *m_submit;
};
