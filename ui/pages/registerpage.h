// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiClient;
class FieldError;
class FormCard;
class PasswordEdit;
class QLineEdit;

// Create an account: email, name, password twice. On success: signIn(email).
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(ApiClient *api, QWidget *parent = nullptr);
    void prepare(const QString &email = {});

Q_SIGNALS:
    void registered(const QString &email);
    void cancelled();

private:
    void submit();
    void clearErrors();

    ApiClient *m_api;
    FormCard *m_card;
    QLineEdit *m_email;
    QLineEdit *m_name;
    PasswordEdit *m_password;
    PasswordEdit *m_confirm;
    FieldError *m_emailError;
    FieldError *m_nameError;
    FieldError *m_passwordError;
    FieldError *m_confirmError;
};
