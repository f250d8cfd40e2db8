// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiClient;
class ApiConsole;
class FlowWalkthrough;
class QTabWidget;
class TokenInspector;

// The API console's own window: send any request, walk through the lesson's flow, inspect a
// token. Opened from Tools › API Console (Ctrl+Shift+A).
class ConsoleWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWindow(ApiClient *api, QWidget *parent = nullptr);

    ApiConsole *console() const { return m_console; }
    FlowWalkthrough *walkthrough() const { return m_walkthrough; }
    TokenInspector *inspector() const { return m_inspector; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    ApiConsole *m_console;
    FlowWalkthrough *m_walkthrough;
    TokenInspector *m_inspector;
};
