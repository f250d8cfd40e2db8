// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiClient;
class Banner;
class FieldError;
class PasswordEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

// Profile › Security: the account's sessions (this device marked; sign out one, the others or
// all), its security history (readable, in local time) and its recovery codes (how many are
// left; new ones with the current password, shown once).
class SecurityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SecurityPanel(ApiClient *api, QWidget *parent = nullptr);
    void refresh();

    // "Signed in", "Wrong password", … for an event type of GET /userdetails/events.
    static QString describe(const QString &type);

Q_SIGNALS:
    // This device's own session was ended from here.
    void signedOutHere();

private:
    void loadSessions();
    void loadEvents(bool more);
    void loadCodes();
    void endSelected();
    void endMany(const QString &scope);
    void makeCodes();

    ApiClient *m_api;
    Banner *m_banner;
    QTreeWidget *m_sessions;
    QPushButton *m_endSelected;
    QPushButton *m_endOthers;
    QPushButton *m_endAll;
    QTreeWidget *m_events;
    QPushButton *m_moreEvents;
    QLabel *m_codesLeft;
    PasswordEdit *m_password;
    FieldError *m_passwordError;
    QPushButton *m_newCodes;
    int m_eventsPage = 0;
};
