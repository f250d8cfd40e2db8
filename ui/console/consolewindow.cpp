// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolewindow.h"

#include "console/apiconsole.h"
#include "console/flowwalkthrough.h"
#include "console/tokeninspector.h"

#include <QTabWidget>
#include <QVBoxLayout>

ConsoleWindow::ConsoleWindow(ApiClient *api, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_console(new ApiConsole(api, this))
    , m_walkthrough(new FlowWalkthrough(api, this))
    , m_inspector(new TokenInspector(api, this))
{
    setWindowTitle(tr("API Console — Reelvault"));
    setObjectName(QStringLiteral("consoleWindow"));
    m_tabs->addTab(m_console, tr("&Request"));
    m_tabs->addTab(m_walkthrough, tr("&Walk through the flow"));
    m_tabs->addTab(m_inspector, tr("&Token inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(1100, 720);
}
