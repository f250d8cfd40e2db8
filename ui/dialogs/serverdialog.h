// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serverchoice.h"

#include <QDialog>

class ApiClient;
class FieldError;
class StateLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Settings › Server…: the catalogue on this computer, or a shared server's address. A shared
// server is asked for GET /health before it is chosen: the dialog closes only once a Reelvault
// server answers there, and otherwise says why beside the address. An address that would send
// passwords unencrypted over the network is allowed, with a warning.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    ServerDialog(ApiClient *api, const ServerChoice &current, QWidget *parent = nullptr);

    // What was chosen: valid once the dialog is accepted.
    ServerChoice choice() const { return m_choice; }
    // Connect: checks a shared server, then accepts.
    void connectToChoice();

private:
    void updateMode();
    void updateWarning();
    void setBusy(bool busy);

    ApiClient *m_api;
    ServerChoice m_choice;
    QRadioButton *m_thisComputer;
    QRadioButton *m_shared;
    QLineEdit *m_address;
    FieldError *m_addressError;
    StateLabel *m_warning;
    QPushButton *m_connect;
    quint64 m_check = 0;
};
