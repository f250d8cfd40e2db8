// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serverchoice.h"
#include "client/sessionvault.h"
#include "dialogs/backupdialog.h"

#include <QMainWindow>
#include <QUrl>

class ApiClient;
class CataloguePage;
class DiaryPage;
class StatisticsPage;
class LoginPage;
class ProfilePage;
class QLabel;
class QStackedWidget;
class QTabWidget;
class RegisterPage;
class ServerDialog;

// The Reelvault window. Signed out it shows the sign-in and sign-up forms; signed in, the
// catalogue and the profile. It talks to the API only through ApiClient, and keeps the session
// in the OS keychain (SessionVault) so that a relaunch opens straight into the catalogue.
//
// The API is this computer's (served in-process, serverReady()) or a shared server's
// (Settings › Server, ServerChoice); each server's session has its own keychain entry. The
// vault's entry when the window is made is this computer's.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class State { Starting, SignedOut, SignedIn, Failed };

    MainWindow(ApiClient *api, SessionVault *vault, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The in-process API is up (or could not start): called by whoever started it. It is used
    // while this computer is the chosen server.
    void serverReady(const QUrl &url);
    void serverFailed(const QString &error);
    // Settings › Server: the choice is saved, and the window moves to that server (signed in
    // there if its session is in the keychain; the old server's session stays stored).
    ServerChoice serverChoice() const { return m_choice; }
    void useServer(const ServerChoice &choice);
    ServerDialog *showServerDialog();

    State state() const { return m_state; }
    LoginPage *loginPage() const { return m_login; }
    RegisterPage *registerPage() const { return m_register; }
    CataloguePage *cataloguePage() const { return m_catalogue; }
    ProfilePage *profilePage() const { return m_profile; }
    DiaryPage *diaryPage() const { return m_diary; }
    StatisticsPage *statisticsPage() const { return m_stats; }
    class UsersPage *usersPage() const { return m_users; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // This computer was chosen and its API has not been started yet.
    void localServerNeeded();

public:
    void signOut();
    void showAbout();
    class ConsoleWindow *showConsole();
    // What to watch tonight (Ctrl+T), signed in only.
    class TonightDialog *showTonight();
    // File › Import… with a file chosen (or dropped on the window), File › Imports, File › Export….
    class ImportDialog *showImport(const QString &path);
    class ImportsDialog *showImports();
    // format: "letterboxd", "json" or "csv" (the catalogue's current view); the answer is
    // written to path. Done: said in the status bar (or the failure in a message box).
    void exportTo(const QString &format, const QString &path);
    // File › Back up… and Restore… (administrators).
    BackupDialog *showBackup(BackupDialog::Mode mode);
    // The Users tab and File › Back up/Restore, for administrators only.
    void showAdminParts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    // The API at url from now on, with the session stored in the keychain entry.
    void connectTo(const QUrl &url, const QString &entry);
    void restoreSession();
    void sessionLoaded(const SessionVault::Stored &stored);
    void showServer();
    void enterSignedIn();
    // GET /health: with no account yet, sign-up is the first screen and says so.
    void checkFirstAccount();
    void enterSignedOut(const QString &notice, const QString &email = {}, bool warning = false);
    void setState(State state);
    void storeSession();
    void chooseImport();
    void chooseExport();
    void reloadMine(); // after an import or an undo: every view of the user's data

    ApiClient *m_api;
    SessionVault *m_vault;
    State m_state = State::Starting;
    QStackedWidget *m_stack;
    QWidget *m_startingPage;
    QLabel *m_startingLabel;
    LoginPage *m_login;
    RegisterPage *m_register;
    QTabWidget *m_tabs;
    CataloguePage *m_catalogue;
    ProfilePage *m_profile;
    DiaryPage *m_diary;
    StatisticsPage *m_stats;
    class UsersPage *m_users;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QList<QAction *> m_signedInActions;
    QAction *m_consoleAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    class ConsoleWindow *m_console = nullptr;
    ServerChoice m_choice;
    QUrl m_localUrl; // this computer's API, once it is up
    QString m_localError; // or why it could not start
    QString m_localEntry; // this computer's keychain entry
    int m_generation = 0; // moves on with each server: late answers of the last one are dropped
    QString m_keychainProblem; // said once per launch
    bool m_keychainNoticeShown = false;
    bool m_shownLogged = false;
    bool m_firstPageLogged = false;
};
