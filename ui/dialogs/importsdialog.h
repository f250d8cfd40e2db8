// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ApiClient;
class FieldError;
class QPushButton;
class QTreeWidget;

// File › Imports: the user's past imports, newest first (when, what, how many rows, what they
// changed), and Undo for the selected one: what it added goes, what it changed goes back, except
// what the user changed again since.
class ImportsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportsDialog(ApiClient *api, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void refresh();
    void undoSelected();

Q_SIGNALS:
    void undone();
    void loaded(); // the list came (tests)

private:
    ApiClient *m_api;
    QTreeWidget *m_list;
    QPushButton *m_undo;
    FieldError *m_error;
};
