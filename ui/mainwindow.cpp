// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "client/sessionvault.h"
#include "console/consolewindow.h"
#include "dialogs/importdialog.h"
#include "dialogs/importsdialog.h"
#include "dialogs/serverdialog.h"
#include "dialogs/tonightdialog.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "pages/diarypage.h"
#include "pages/loginpage.h"
#include "pages/profilepage.h"
#include "pages/registerpage.h"
#include "pages/statisticspage.h"
#include "pages/userspage.h"
#include "stallwatch.h"
#include "theme/theme.h"
#include "translator.h"
#include "uilogging.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ApiClient *api, SessionVault *vault, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_vault(vault)
    , m_stack(new QStackedWidget(this))
    , m_startingPage(new QWidget(this))
    , m_startingLabel(new QLabel(tr("Starting the catalogue service…"), m_startingPage))
    , m_login(new LoginPage(api, this))
    , m_register(new RegisterPage(api, this))
    , m_tabs(new QTabWidget(this))
    , m_catalogue(new CataloguePage(api, this))
    , m_profile(new ProfilePage(api, this))
    , m_diary(new DiaryPage(api, this))
    , m_stats(new StatisticsPage(api, this))
    , m_users(new UsersPage(api, this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_choice(ServerChoice::load())
    , m_localEntry(vault->entry())
{
    setWindowTitle(tr("Reelvault"));
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true); // a film history dropped on the window is imported
    new StallWatch(this); // logs only when asked to (tools/measure-typing)
    m_startingLabel->setAlignment(Qt::AlignCenter);
    auto *startingLayout = new QVBoxLayout(m_startingPage);
    startingLayout->addWidget(m_startingLabel);

    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_catalogue, tr("&Catalogue"));
    m_tabs->addTab(m_profile, tr("&Profile"));
    m_tabs->addTab(m_diary, tr("&Diary"));
    m_tabs->addTab(m_stats, tr("St&atistics"));
    m_users->hide(); // a tab only for administrators (showAdminParts)

    m_stack->addWidget(m_startingPage);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_register);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_serverLabel->setObjectName(u"serverAddress"_s);
    m_userLabel->setObjectName(u"signedInAs"_s);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    createMenus();

    connect(m_login, &LoginPage::signedIn, this, &MainWindow::enterSignedIn);
    connect(m_login, &LoginPage::serverChangeRequested, this, &MainWindow::showServerDialog);
    connect(m_vault, &SessionVault::loaded, this, &MainWindow::sessionLoaded);
    connect(m_login, &LoginPage::registerRequested, this, [this] {
        m_register->prepare();
        m_stack->setCurrentWidget(m_register);
        checkFirstAccount();
    });
    connect(m_register, &RegisterPage::signedIn, this, &MainWindow::enterSignedIn);
    connect(m_register, &RegisterPage::registered, this,
            [this](const QString &email, const QString &notice) {
                enterSignedOut(tr("Your account is ready, but signing in failed: %1").arg(notice),
                               email, true);
            });
    connect(m_register, &RegisterPage::cancelled, this, [this] { enterSignedOut({}); });
    connect(m_catalogue, &CataloguePage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_profile, &ProfilePage::signedOutHere, this, [this] {
        const QString email = m_api->session().user.value("email"_L1).toString();
        m_api->clearSession();
        enterSignedOut(tr("You have signed out of this device."), email);
    });
    connect(m_profile, &ProfilePage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_diary, &DiaryPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_diary, &DiaryPage::movieChanged, m_catalogue, &CataloguePage::refreshMine);
    connect(m_diary, &DiaryPage::showMovieRequested, this, [this](qint64 id, const QString &title) {
        m_tabs->setCurrentWidget(m_catalogue);
        m_catalogue->showMovie(id, title);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_state != State::SignedIn)
            return;
        if (m_tabs->currentWidget() == m_profile)
            m_profile->refresh();
        else if (m_tabs->currentWidget() == m_diary)
            m_diary->refresh(); // what the catalogue or the tonight dialog added shows
        else if (m_tabs->currentWidget() == m_stats)
            m_stats->refresh();
        else if (m_tabs->currentWidget() == m_users)
            m_users->refresh();
    });
    connect(m_users, &UsersPage::ownRoleChanged, this, [this] {
        // The role is read fresh by the server; here it comes with the profile.
        m_api->fetchProfile(
                [this](const ApiResult &result) {
                    if (!result.ok())
                        return;
                    ApiClient::Session s = m_api->session();
                    s.user = result.object();
                    m_api->setSession(s);
                    showAdminParts();
                },
                this);
    });

    connect(m_api, &ApiClient::sessionChanged, this, &MainWindow::storeSession);
    connect(m_api, &ApiClient::sessionExpired, this, [this](const QString &reason) {
        if (m_state == State::SignedIn)
            enterSignedOut(reason, m_api->session().user.value("email"_L1).toString(), true);
    });
    connect(m_vault, &SessionVault::unavailable, this, [this](const QString &reason) {
        m_keychainProblem = reason;
        if (m_keychainNoticeShown)
            return;
        m_keychainNoticeShown = true;
        const QString notice = tr("%1 You will need to sign in each time you start Reelvault; "
                                  "nothing is stored in plain files.")
                                       .arg(reason);
        statusBar()->showMessage(tr("No system keychain: signing in is not remembered."));
        m_login->showNotice(notice, true);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1180, 760)));
    }
    setState(State::Starting);
    showServer();
    if (!m_choice.isThisComputer())
        connectTo(m_choice.url(), m_choice.sessionEntry(m_localEntry));
    // Start-up milestones, for measuring how soon the app is usable.
    connect(m_catalogue->model(), &MovieTableModel::totalChanged, this, [this](qint64 total) {
        if (total >= 0 && !m_firstPageLogged) {
            m_firstPageLogged = true;
            qCInfo(lcUi) << "first catalogue page shown;" << total << "films";
        }
    });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownLogged) {
        m_shownLogged = true;
        qCInfo(lcUi) << "window shown";
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::chooseImport);
    importAction->setShortcut(tr("Ctrl+I"));
    importAction->setObjectName(u"actionImport"_s);
    QAction *importsAction = file->addAction(tr("I&mports…"), this, &MainWindow::showImports);
    importsAction->setObjectName(u"actionImports"_s);
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::chooseExport);
    exportAction->setShortcut(tr("Ctrl+E"));
    exportAction->setObjectName(u"actionExport"_s);
    file->addSeparator();
    m_backupAction = file->addAction(tr("&Back up…"), this,
                                     [this] { showBackup(BackupDialog::Mode::Backup); });
    m_backupAction->setObjectName(u"actionBackup"_s);
    m_restoreAction = file->addAction(tr("&Restore…"), this,
                                      [this] { showBackup(BackupDialog::Mode::Restore); });
    m_restoreAction->setObjectName(u"actionRestore"_s);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOut->setObjectName(u"actionSignOut"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setObjectName(u"actionQuit"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find…"), this, [this] {
        m_tabs->setCurrentWidget(m_catalogue);
        m_catalogue->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(u"actionFind"_s);
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (m_tabs->currentWidget() == m_profile)
            m_profile->refresh();
        else if (m_tabs->currentWidget() == m_diary)
            m_diary->refresh();
        else if (m_tabs->currentWidget() == m_stats)
            m_stats->refresh();
        else
            m_catalogue->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(u"actionRefresh"_s);
    QAction *wall = view->addAction(tr("Poster &wall"));
    wall->setCheckable(true);
    wall->setChecked(m_catalogue->isWallShown());
    wall->setShortcut(tr("Ctrl+G"));
    wall->setObjectName(u"actionPosterWall"_s);
    wall->setToolTip(tr("Show the catalogue as posters or as a table"));
    connect(wall, &QAction::toggled, this, [this](bool shown) {
        m_tabs->setCurrentWidget(m_catalogue);
        m_catalogue->setWallShown(shown);
    });
    connect(m_catalogue, &CataloguePage::wallShownChanged, wall, &QAction::setChecked);
    view->addSeparator();
    QAction *catalogue = view->addAction(tr("&Catalogue"), this,
                                         [this] { m_tabs->setCurrentWidget(m_catalogue); });
    catalogue->setShortcut(tr("Ctrl+1"));
    QAction *profile = view->addAction(tr("&Profile"), this,
                                       [this] { m_tabs->setCurrentWidget(m_profile); });
    profile->setShortcut(tr("Ctrl+2"));
    QAction *diary
            = view->addAction(tr("&Diary"), this, [this] { m_tabs->setCurrentWidget(m_diary); });
    diary->setShortcut(tr("Ctrl+3"));
    diary->setObjectName(u"actionDiary"_s);
    QAction *statistics = view->addAction(tr("&Statistics"), this,
                                          [this] { m_tabs->setCurrentWidget(m_stats); });
    statistics->setShortcut(tr("Ctrl+4"));
    statistics->setObjectName(u"actionStatistics"_s);
    QAction *tonight
            = view->addAction(tr("What to watch &tonight…"), this, &MainWindow::showTonight);
    tonight->setShortcut(tr("Ctrl+T"));
    tonight->setObjectName(u"actionTonight"_s);
    m_signedInActions = {importAction, importsAction, exportAction, signOut, find,       refresh,
                         wall,         catalogue,     profile,      diary,   statistics, tonight};

    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const Theme::Mode currentTheme = Theme::chosen();
    for (const auto &[mode, label] :
         {std::pair{Theme::Mode::System, tr("As the &system")},
          std::pair{Theme::Mode::Light, tr("&Light")}, std::pair{Theme::Mode::Dark, tr("&Dark")}}) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == currentTheme);
        a->setObjectName(u"theme_"_s + Theme::name(mode));
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [mode = mode] { Theme::choose(mode); });
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_consoleAction = tools->addAction(tr("API &Console…"), this, &MainWindow::showConsole);
    m_consoleAction->setShortcut(tr("Ctrl+Shift+A"));
    m_consoleAction->setObjectName(u"actionConsole"_s);
    m_consoleAction->setEnabled(false);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Server…"), this, &MainWindow::showServerDialog)
            ->setObjectName(u"actionServer"_s);
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = Translator::chosen();
    QStringList codes{QString()};
    codes += Translator::available();
    for (const QString &code : std::as_const(codes)) {
        QAction *a = language->addAction(code.isEmpty() ? tr("As the system")
                                                        : Translator::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            Translator::choose(code);
            statusBar()->showMessage(tr("The language changes the next time Reelvault starts."),
                                     8000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Reelvault"), this, &MainWindow::showAbout)
            ->setObjectName(u"actionAbout"_s);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setState(State state)
{
    m_state = state;
    for (QAction *a : std::as_const(m_signedInActions))
        a->setEnabled(state == State::SignedIn);
    // Backups are the administrators' (the server says so too).
    for (QAction *a : {m_backupAction, m_restoreAction})
        a->setVisible(state == State::SignedIn && m_api->isAdmin());
}

BackupDialog *MainWindow::showBackup(BackupDialog::Mode mode)
{
    auto *dialog = new BackupDialog(mode, m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupDialog::restored, this, [this](const QString &notice) {
        // The old data's sessions are gone: sign out here, and say why.
        const QString email = m_api->session().user.value("email"_L1).toString();
        m_api->clearSession();
        enterSignedOut(notice, email);
    });
    dialog->open();
    return dialog;
}

void MainWindow::serverReady(const QUrl &url)
{
    qCInfo(lcUi).noquote() << "API ready at" << url.toString();
    m_localUrl = url;
    m_localError.clear();
    if (m_choice.isThisComputer())
        connectTo(url, m_localEntry);
}

void MainWindow::serverFailed(const QString &error)
{
    m_localError = error;
    if (!m_choice.isThisComputer())
        return; // a shared server is in use; this computer's service is not needed now
    m_startingLabel->setText(tr("The catalogue service could not start:\n%1\n\nSettings › "
                                "Server can connect to a shared server instead.")
                                     .arg(error));
    m_startingLabel->setWordWrap(true);
    m_stack->setCurrentWidget(m_startingPage);
    setState(State::Failed);
}

void MainWindow::useServer(const ServerChoice &choice)
{
    if (choice == m_choice && m_state == State::SignedIn)
        return;
    choice.save();
    m_choice = choice;
    qCInfo(lcUi).noquote() << "server chosen:"
                           << (choice.isThisComputer() ? u"this computer"_s
                                                       : choice.url().toString());
    if (!choice.isThisComputer()) {
        connectTo(choice.url(), choice.sessionEntry(m_localEntry));
    } else if (m_localUrl.isValid()) {
        connectTo(m_localUrl, m_localEntry);
    } else {
        connectTo({}, m_localEntry); // nothing to talk to until this computer's API is up
        if (!m_localError.isEmpty()) {
            serverFailed(m_localError);
        } else {
            m_startingLabel->setText(tr("Starting the catalogue service…"));
            Q_EMIT localServerNeeded();
        }
    }
}

ServerDialog *MainWindow::showServerDialog()
{
    auto *dialog = new ServerDialog(m_api, m_choice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { useServer(dialog->choice()); });
    dialog->open();
    return dialog;
}

void MainWindow::connectTo(const QUrl &url, const QString &entry)
{
    ++m_generation;
    // What was open belongs to the last server's account.
    const auto dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_api->switchServer(url);
    m_vault->setEntry(entry);
    m_userLabel->clear();
    m_catalogue->clear();
    m_diary->clear();
    m_stats->clear();
    showServer();
    m_consoleAction->setEnabled(url.isValid());
    m_stack->setCurrentWidget(m_startingPage);
    setState(State::Starting);
    showAdminParts();
    if (url.isValid())
        restoreSession();
}

void MainWindow::showServer()
{
    if (m_choice.isThisComputer()) {
        m_serverLabel->setText(m_localUrl.isValid() ? tr("API: %1").arg(m_localUrl.toString())
                                                    : QString());
        m_serverLabel->setToolTip(tr("The catalogue's API is served here; try it with curl."));
        setWindowTitle(tr("Reelvault"));
    } else {
        m_serverLabel->setText(tr("Server: %1").arg(m_choice.url().toString()));
        m_serverLabel->setToolTip(
                tr("The shared catalogue this window is connected to (Settings › Server)."));
        setWindowTitle(tr("Reelvault — %1").arg(m_choice.url().host()));
    }
    m_login->setServer(m_choice.describe());
}

void MainWindow::restoreSession()
{
    m_startingLabel->setText(m_choice.isThisComputer()
                                     ? tr("Opening your catalogue…")
                                     : tr("Connecting to %1…").arg(m_choice.url().toString()));
    m_vault->load();
}

void MainWindow::sessionLoaded(const SessionVault::Stored &stored)
{
    // Only the answer for the server in use, while the window waits for it.
    if (m_state != State::Starting || stored.entry != m_vault->entry() || !m_api->isConnected())
        return;
    if (stored.refreshToken.isEmpty()) {
        enterSignedOut({}, stored.email);
        return;
    }
    m_api->setSession({stored.accessToken, stored.refreshToken, {}});
    // An expired access token is refreshed on the way; a refused refresh ends the session.
    m_api->fetchProfile(
            [this, email = stored.email, generation = m_generation](const ApiResult &result) {
                if (generation != m_generation || m_state != State::Starting)
                    return; // another server was chosen meanwhile
                if (result.ok())
                    enterSignedIn();
                else if (result.status == 0 && m_choice.isThisComputer())
                    enterSignedOut(tr("The catalogue service did not answer."), email, true);
                else if (result.status == 0)
                    enterSignedOut(tr("The server at %1 did not answer (%2). Sign in once it is "
                                      "back, or choose another server in Settings › Server.")
                                           .arg(m_choice.url().toString(), result.networkError),
                                   email, true);
                else
                    enterSignedOut(tr("Your session has ended. Please sign in again."), email,
                                   true);
            },
            this);
}

void MainWindow::storeSession()
{
    const ApiClient::Session &s = m_api->session();
    if (s.refreshToken.isEmpty()) {
        m_vault->clear();
        return;
    }
    m_vault->save({s.accessToken, s.refreshToken, s.user.value("email"_L1).toString(), {}});
}

void MainWindow::showAdminParts()
{
    const bool admin = m_api->isAdmin();
    m_catalogue->setAdmin(admin);
    const int at = m_tabs->indexOf(m_users);
    if (admin && at < 0)
        m_tabs->addTab(m_users, tr("&Users"));
    else if (!admin && at >= 0)
        m_tabs->removeTab(at);
    for (QAction *a : {m_backupAction, m_restoreAction})
        a->setVisible(admin && m_state == State::SignedIn);
}

void MainWindow::enterSignedIn()
{
    const QJsonObject user = m_api->session().user;
    m_userLabel->setText(tr("Signed in as %1").arg(user.value("email"_L1).toString()));
    showAdminParts();
    m_catalogue->clear();
    m_catalogue->refresh();
    m_diary->clear();
    m_stats->clear();
    m_profile->show(user);
    m_tabs->setCurrentWidget(m_catalogue);
    m_stack->setCurrentWidget(m_tabs);
    setState(State::SignedIn);
    showAdminParts();
    m_catalogue->focusSearch();
}

void MainWindow::enterSignedOut(const QString &notice, const QString &email, bool warning)
{
    m_userLabel->clear();
    m_login->prepare(email);
    if (!notice.isEmpty())
        m_login->showNotice(notice, warning);
    else if (!m_keychainProblem.isEmpty())
        m_login->showNotice(tr("%1 You will need to sign in each time you start Reelvault; "
                               "nothing is stored in plain files.")
                                    .arg(m_keychainProblem),
                            true);
    m_stack->setCurrentWidget(m_login);
    setState(State::SignedOut);
    checkFirstAccount();
}

void MainWindow::checkFirstAccount()
{
    m_api->fetchHealth(
            [this](const ApiResult &result) {
                if (!result.ok() || m_state != State::SignedOut)
                    return;
                const bool first = !result.object().value("hasAccounts"_L1).toBool(true);
                m_register->setFirstAccount(first);
                // Nobody to sign in yet: the first screen invites the first account (unless
                // the sign-in form is already being filled in).
                if (first && m_stack->currentWidget() == m_login && m_login->isUntouched()) {
                    m_register->prepare();
                    m_stack->setCurrentWidget(m_register);
                }
            },
            this);
}

void MainWindow::signOut()
{
    if (m_state != State::SignedIn)
        return;
    const QString email = m_api->session().user.value("email"_L1).toString();
    m_api->logout(); // ends the session here at once (and in the keychain), then tells the server
    enterSignedOut(tr("You have signed out."), email);
}

TonightDialog *MainWindow::showTonight()
{
    if (m_state != State::SignedIn)
        return nullptr;
    auto *dialog = new TonightDialog(m_api, CataloguePage::genres(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TonightDialog::mineChanged, m_catalogue->model(), &MovieTableModel::setMine);
    dialog->open();
    return dialog;
}

void MainWindow::reloadMine()
{
    m_catalogue->refresh();
    m_diary->clear();
    m_stats->clear();
    if (m_tabs->currentWidget() == m_diary)
        m_diary->refresh();
    if (m_tabs->currentWidget() == m_stats)
        m_stats->refresh();
}

void MainWindow::chooseImport()
{
    if (m_state != State::SignedIn)
        return;
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a film history"), QString(),
            tr("Film histories (*.zip *.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        showImport(path);
}

ImportDialog *MainWindow::showImport(const QString &path)
{
    if (m_state != State::SignedIn)
        return nullptr;
    auto *dialog = new ImportDialog(m_api, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QJsonObject &result) {
        const QJsonObject applied = result.value("applied"_L1).toObject();
        statusBar()->showMessage(tr("Imported: %Ln viewing(s) added.", nullptr,
                                    applied.value("viewings"_L1).toInt()),
                                 8000);
        reloadMine();
    });
    dialog->open();
    return dialog;
}

ImportsDialog *MainWindow::showImports()
{
    if (m_state != State::SignedIn)
        return nullptr;
    auto *dialog = new ImportsDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportsDialog::undone, this, [this] {
        statusBar()->showMessage(tr("The import was undone."), 8000);
        reloadMine();
    });
    dialog->open();
    return dialog;
}

void MainWindow::chooseExport()
{
    if (m_state != State::SignedIn)
        return;
    const QString letterboxd = tr("Letterboxd CSV, for Letterboxd's importer (*.csv)");
    const QString json = tr("Everything, to import into Reelvault again (*.json)");
    const QString csv = tr("The films the catalogue shows now, for a spreadsheet (*.csv)");
    QString filter = json;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export my film history"), u"reelvault-export.json"_s,
            QStringList{json, letterboxd, csv}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    exportTo(filter == letterboxd ? u"letterboxd"_s : filter == csv ? u"csv"_s : u"json"_s, path);
}

void MainWindow::exportTo(const QString &format, const QString &path)
{
    // The plain CSV is the catalogue as it is shown: its search, filters and order.
    const QUrlQuery view
            = format == u"csv"_s ? m_catalogue->model()->filter().viewQuery() : QUrlQuery();
    m_api->exportData(
            format, view,
            [this, path](const ApiResult &result) {
                QSaveFile file(path); // the old file stays whole until the new one is
                if (!result.ok()) {
                    QMessageBox::warning(this, tr("Export"), ApiErrors::message(result));
                    return;
                }
                if (!file.open(QIODevice::WriteOnly)
                    || file.write(result.body) != result.body.size() || !file.commit()) {
                    QMessageBox::warning(
                            this, tr("Export"),
                            tr("The file cannot be written: %1").arg(file.errorString()));
                    return;
                }
                statusBar()->showMessage(tr("Exported to %1.").arg(path), 8000);
            },
            this);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_state == State::SignedIn && event->mimeData()->hasUrls()
        && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        showImport(urls.first().toLocalFile());
    }
}

ConsoleWindow *MainWindow::showConsole()
{
    if (!m_api->isConnected())
        return nullptr;
    if (!m_console)
        m_console = new ConsoleWindow(m_api, this);
    m_console->show();
    m_console->raise();
    m_console->activateWindow();
    return m_console;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Reelvault"),
            tr("<h3>Reelvault %1</h3>"
               "<p>An offline movie catalogue with a real authentication API built in.</p>"
               "<p>Built with Qt %2, libsodium and SQLite.</p>"
               "<p>The sample catalogue is <i>movies.json</i> from vega-datasets "
               "(BSD-3-Clause, © University of Washington Interactive Data Lab). "
               "The common-password list is Openwall's <i>password.lst</i> (public domain).</p>")
                            .arg(QApplication::applicationVersion(),
                                 QString::fromLatin1(qVersion()))
                    + tr("<p>Reelvault is free software: you can redistribute it and/or modify it "
                         "under the terms of the GNU General Public License as published by the "
                         "Free Software Foundation, either version 3 of the License, or (at your "
                         "option) any later version (GPL-3.0-or-later). It comes with "
                         "ABSOLUTELY NO WARRANTY; see "
                         "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the licence</a>."
                         "</p>"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}
