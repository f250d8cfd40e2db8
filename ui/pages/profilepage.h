// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class ApiClient;
class Banner;
class FieldError;
class PasswordEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class SecurityPanel;

// The signed-in account (GET /userdetails): name, email, role, member since, last sign-in.
// Change the name; change the password with the current one, which signs out every other
// session of the account.
class ProfilePage : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePage(ApiClient *api, QWidget *parent = nullptr);
    void refresh();
    void show(const QJsonObject &user);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // This device's session was ended from the Security tab.
    void signedOutHere();

private:
    void saveName();
    void changePassword();

    ApiClient *m_api;
    Banner *m_banner;
    QLabel *m_heading;
    QLabel *m_email;
    QLabel *m_role;
    QLabel *m_memberSince;
    QLabel *m_lastSignIn;
    QLineEdit *m_name;
    FieldError *m_nameError;
    QPushButton *m_saveName;
    PasswordEdit *m_current;
    PasswordEdit *m_new;
    PasswordEdit *m_confirm;
    FieldError *m_currentError;
    FieldError *m_newError;
    FieldError *m_confirmError;
    QPushButton *m_changePassword;
    QTabWidget *m_sections;
    SecurityPanel *m_security;

public:
    SecurityPanel *securityPanel() const { return m_security; }
    QTabWidget *sections() const { return m_sections; }
};
