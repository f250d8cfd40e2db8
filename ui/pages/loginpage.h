// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiClient;
class FieldError;
class FormCard;
class PasswordEdit;
class QLineEdit;
class QPushButton;

// Sign in: email and password, Enter submits, the server's errors beside their field.
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPage(ApiClient *api, QWidget *parent = nullptr);

    void prepare(const QString &email = {}, const QString &notice = {});
    void showNotice(const QString &notice, bool warning = false);
    // Nothing typed yet (no password; the email as prepare() left it).
    bool isUntouched() const;
    // The server being signed in to ("this computer" or its address), below the form with a
    // way to change it.
    void setServer(const QString &description);

Q_SIGNALS:
    void signedIn();
    void registerRequested();
    void serverChangeRequested();

private:
    void submit();
    void clearErrors();

    ApiClient *m_api;
    FormCard *m_card;
    QLineEdit *m_email;
    PasswordEdit *m_password;
    FieldError *m_emailError;
    FieldError *m_passwordError;
    QPushButton *m_submit;
    QPushButton *m_server;
};
