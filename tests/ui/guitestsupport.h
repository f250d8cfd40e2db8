// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/apiclient.h"
#include "client/serverchoice.h"
#include "client/sessionvault.h"
#include "mainwindow.h"
#include "pages/loginpage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

#include <qt6keychain/keychain.h>

// One running copy of the desktop app's window (client, vault, window) pointed at a server,
// as GuiMode builds it, and small helpers to drive it like a person would.
struct GuiApp
{
    GuiApp(quint16 port, const QString &vaultEntry)
        // QSettings apart, and this computer's API as the server (a test of Settings › Server
        // chooses another one itself)
        : testSettings((QStandardPaths::setTestModeEnabled(true),
                        ServerChoice::thisComputer().save(), true))
        , api(std::make_unique<ApiClient>())
        , vault(std::make_unique<SessionVault>(vaultEntry))
        , window(std::make_unique<MainWindow>(api.get(), vault.get()))
    {
        window->show();
        window->serverReady(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }

    bool testSettings;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SessionVault> vault;
    std::unique_ptr<MainWindow> window;
};

// The state of a session entry in the keychain, read straight through QtKeychain (OtherError
// when the keychain does not answer in time).
inline QKeychain::Error keychainEntryStatus(const QString &entry)
{
    QKeychain::ReadPasswordJob job(SessionVault::service());
    job.setAutoDelete(false);
    job.setKey(entry);
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, [&] { done = true; });
    job.start();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QKeychain::OtherError;
    return job.error();
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Types the email and password into the sign-in form and presses Enter, as a person would.
// Returns whether the window got signed in.
inline bool signInAs(GuiApp &app, const QString &email, const QString &password)
{
    if (!QTest::qWaitFor([&] { return app.window->state() == MainWindow::State::SignedOut; }))
        return false;
    auto *page = app.window->loginPage();
    auto *emailEdit = page->findChild<QLineEdit *>(QStringLiteral("email"));
    auto *passwordEdit = page->findChild<QLineEdit *>(QStringLiteral("password"));
    if (!emailEdit || !passwordEdit)
        return false;
    typeInto(emailEdit, email);
    typeInto(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    return QTest::qWaitFor([&] { return app.window->state() == MainWindow::State::SignedIn; })
            && QTest::qWaitFor([&] { return app.api->inFlight() == 0; });
}
