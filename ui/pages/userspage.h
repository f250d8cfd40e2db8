// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/deleteconfirmation.h"

#include <QWidget>

class ApiClient;
class Banner;
class QPushButton;
class QTreeWidget;

// Users (administrators): every account with its role, live sessions and last sign-in; make an
// administrator or a member; delete an account (after confirming). The server keeps at least
// one administrator and says so.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(ApiClient *api, QWidget *parent = nullptr);
    void refresh();
    void setConfirmation(DeleteConfirmation::Ask ask) { m_ask = std::move(ask); }
    QTreeWidget *table() const { return m_table; }

Q_SIGNALS:
    // The signed-in account's own role changed (it may have lost the Users page).
    void ownRoleChanged();

private:
    void changeRole();
    void removeSelected();
    void updateButtons();

    ApiClient *m_api;
    Banner *m_banner;
    QTreeWidget *m_table;
    QPushButton *m_role;
    QPushButton *m_delete;
    DeleteConfirmation::Ask m_ask;
};
