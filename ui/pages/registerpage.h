// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiClient;
class FieldError;
class FormCard;
class PasswordEdit;
class QLineEdit;
class QPushButton;

// Create an account: email, name, password twice (with a strength meter). On success the new
// account is signed in at once (register, then login with what was typed): signedIn(). On a
// database without accounts it is the first screen, inviting the first account, which becomes
// the catalogue's administrator.
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(ApiClient *api, QWidget *parent = nullptr);
    void prepare(const QString &email = {});
    // The next account is the first: the administrator (from GET /health).
    void setFirstAccount(bool first);
    bool isFirstAccount() const { return m_first; }

Q_SIGNALS:
    void signedIn();
    // Registered, but signing in did not follow (the notice says why).
    void registered(const QString &email, const QString &notice);
    void cancelled();

private:
    void submit();
    void signInAfterRegistering(const QString &email, const QString &password);
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
    QPushButton *m_back;
    bool m_first = false;
};
