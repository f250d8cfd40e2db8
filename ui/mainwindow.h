// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
class SessionVault;

// The Reelvault window. Signed out it shows the sign-in and sign-up forms; signed in, the
// catalogue and the profile. It talks to the API only through ApiClient, and keeps the session
// in the OS keychain (SessionVault) so that a relaunch opens straight into the catalogue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class State { Starting, SignedOut, SignedIn, Failed };

    MainWindow(ApiClient *api, SessionVault *vault, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The in-process API is up (or could not start): called by whoever started it.
    void serverReady(const QUrl &url);
    void serverFailed(const QString &error);

    State state() const { return m_state; }
    LoginPage *loginPage() const { return m_login; }
    RegisterPage *registerPage() const { return m_register; }
    CataloguePage *cataloguePage() const { return m_catalogue; }
    ProfilePage *profilePage() const { return m_profile; }
    DiaryPage *diaryPage() const { return m_diary; }
    StatisticsPage *statisticsPage() const { return m_stats; }
    class UsersPage *usersPage() const { return m_users; }
    QTabWidget *tabs() const { return m_tabs; }

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
    void restoreSession();
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
    QString m_keychainProblem; // said once per launch
    bool m_keychainNoticeShown = false;
    bool m_shownLogged = false;
    bool m_firstPageLogged = false;
};
