// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiconsole.h"

#include "client/apiclient.h"
#include "console/jsonhighlighter.h"
#include "console/requesthistory.h"
#include "widgets/statelabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableWidget *headerTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setHorizontalHeaderLabels({ApiConsole::tr("Header"), ApiConsole::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setColumnWidth(0, 200);
    return table;
}

} // namespace

QList<ApiConsole::Preset> ApiConsole::presets()
{
    auto r = [](const char *method, const char *path, const char *body = "") {
        return ConsoleRequest{QString::fromLatin1(method),
                              QString::fromLatin1(path),
                              {},
                              QString::fromLatin1(body)};
    };
    return {
            {tr("Is the server up? (GET /health)"), r("GET", "/health"), false},
            {tr("Create an account (POST /register)"),
             r("POST", "/register",
               "{\n  \"email\": \"demo@example.com\",\n  \"password\": \"a long demo "
               "passphrase\",\n"
               "  \"name\": \"Demo\"\n}"),
             false},
            {tr("Log in (POST /login)"),
             r("POST", "/login",
               "{\n  \"email\": \"demo@example.com\",\n  \"password\": \"a long demo "
               "passphrase\"\n}"),
             false},
            {tr("New tokens (POST /token/refresh)"),
             r("POST", "/token/refresh",
               "{\n  \"refreshToken\": \"paste a refresh token here\"\n}"),
             false},
            {tr("Log out (POST /logout)"), r("POST", "/logout"), true},
            {tr("Search the catalogue (GET /moviedata)"),
             r("GET", "/moviedata?q=star&sort=-year&pageSize=5"), true},
            {tr("One film (GET /moviedata/{id})"), r("GET", "/moviedata/1"), true},
            {tr("Add a film (POST /moviedata, admins)"),
             r("POST", "/moviedata",
               "{\n  \"title\": \"My film\",\n  \"releaseDate\": \"2024-05-01\",\n  \"genre\": "
               "\"Drama\"\n}"),
             true},
            {tr("Change a film (PATCH /moviedata/{id}, admins)"),
             r("PATCH", "/moviedata/1", "{\n  \"imdbRating\": 7.5\n}"), true},
            {tr("Delete a film (DELETE /moviedata/{id}, admins)"), r("DELETE", "/moviedata/1"),
             true},
            {tr("My account (GET /userdetails)"), r("GET", "/userdetails"), true},
            {tr("Rename me (PATCH /userdetails)"),
             r("PATCH", "/userdetails", "{\n  \"name\": \"A new name\"\n}"), true},
            {tr("The API description (GET /openapi.json)"), r("GET", "/openapi.json"), false},
    };
}

ApiConsole::ApiConsole(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_headers(headerTable(this))
    , m_body(JsonHighlighter::codeView(this, false))
    , m_bodyStatus(new StateLabel(this))
    , m_revealToken(new QCheckBox(tr("with my token"), this))
    , m_status(new StateLabel(tr("No request sent yet."), this))
    , m_responseTabs(new QTabWidget(this))
    , m_pretty(JsonHighlighter::codeView(this, true))
    , m_raw(JsonHighlighter::codeView(this, true))
    , m_responseHeaders(headerTable(this))
    , m_history(new QListWidget(this))
{
    setObjectName(u"apiConsole"_s);
    m_method->setObjectName(u"method"_s);
    m_method->addItems(
            {u"GET"_s, u"POST"_s, u"PATCH"_s, u"PUT"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_method->setEditable(true);
    m_path->setObjectName(u"path"_s);
    m_path->setPlaceholderText(tr("/path?query"));
    m_preset->setObjectName(u"presets"_s);
    m_preset->addItem(tr("Presets…"));
    for (const Preset &p : presets())
        m_preset->addItem(p.name);
    m_send->setObjectName(u"send"_s);
    m_send->setDefault(true);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setEnabled(false);
    m_status->setObjectName(u"responseStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setElided(true);
    m_bodyStatus->setObjectName(u"bodyStatus"_s);
    m_bodyStatus->setElided(true);
    m_pretty->setObjectName(u"responseBody"_s);
    m_raw->setObjectName(u"responseRaw"_s);
    m_history->setObjectName(u"history"_s);
    m_body->setObjectName(u"requestBody"_s);
    m_headers->setObjectName(u"requestHeaders"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_method);
    top->addWidget(m_path, 1);
    top->addWidget(m_preset);
    top->addWidget(m_send);
    top->addWidget(m_cancel);

    auto *useSession = new QPushButton(tr("&Use my session"), this);
    useSession->setObjectName(u"useSession"_s);
    useSession->setToolTip(tr("Sets Authorization: Bearer with your signed-in access token"));
    auto *noAuth = new QPushButton(tr("Remove Authorization"), this);
    noAuth->setObjectName(u"removeAuthorization"_s);
    auto *addHeader = new QPushButton(tr("Add header"), this);
    auto *copyCurl = new QPushButton(tr("Copy as curl"), this);
    copyCurl->setObjectName(u"copyAsCurl"_s);
    m_revealToken->setToolTip(tr("Otherwise the token is written as $TOKEN"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(useSession);
    tools->addWidget(noAuth);
    tools->addWidget(addHeader);
    tools->addStretch(1);
    tools->addWidget(copyCurl);
    tools->addWidget(m_revealToken);

    auto *format = new QPushButton(tr("Format JSON"), this);
    auto *bodyTab = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyTab);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_body);
    auto *bodyBar = new QHBoxLayout;
    bodyBar->addWidget(m_bodyStatus, 1);
    bodyBar->addWidget(format);
    bodyLayout->addLayout(bodyBar);
    auto *requestTabs = new QTabWidget(this);
    requestTabs->addTab(bodyTab, tr("Body"));
    requestTabs->addTab(m_headers, tr("Headers"));

    m_responseTabs->addTab(m_pretty, tr("Body"));
    m_responseTabs->addTab(m_raw, tr("Raw"));
    m_responseTabs->addTab(m_responseHeaders, tr("Headers"));
    auto *response = new QWidget(this);
    auto *responseLayout = new QVBoxLayout(response);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_status);
    responseLayout->addWidget(m_responseTabs, 1);

    auto *editor = new QSplitter(Qt::Vertical, this);
    editor->addWidget(requestTabs);
    editor->addWidget(response);
    editor->setStretchFactor(1, 2);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History (double-click to load)"), historyBox));
    historyLayout->addWidget(m_history);
    auto *main = new QSplitter(this);
    main->addWidget(editor);
    main->addWidget(historyBox);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tools);
    layout->addWidget(main, 1);

    connect(m_send, &QPushButton::clicked, this, &ApiConsole::send);
    connect(m_path, &QLineEdit::returnPressed, this, &ApiConsole::send);
    connect(m_cancel, &QPushButton::clicked, this, &ApiConsole::cancel);
    connect(m_preset, &QComboBox::activated, this, &ApiConsole::applyPreset);
    connect(useSession, &QPushButton::clicked, this, &ApiConsole::useSession);
    connect(noAuth, &QPushButton::clicked, this, &ApiConsole::removeAuthorization);
    connect(addHeader, &QPushButton::clicked, this,
            [this] { m_headers->insertRow(m_headers->rowCount()); });
    connect(copyCurl, &QPushButton::clicked, this, &ApiConsole::copyAsCurl);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ApiConsole::validateBody);
    connect(format, &QPushButton::clicked, this, &ApiConsole::formatBody);
    connect(m_history, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QList<ConsoleRequest> history = RequestHistory::load();
        const int row = m_history->row(item);
        if (row >= 0 && row < history.size())
            setRequest(history[row]);
    });

    setRequest(presets().first().request);
    m_path->setFocus();
    reloadHistory();
    loadRouteCompletion();
}

ConsoleRequest ApiConsole::request() const
{
    ConsoleRequest r;
    r.method = m_method->currentText().trimmed().toUpper();
    r.path = m_path->text().trimmed();
    if (!r.path.startsWith(u'/'))
        r.path.prepend(u'/');
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name
                = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString();
        if (!name.isEmpty())
            r.headers.append({name, value});
    }
    r.body = m_body->toPlainText();
    return r;
}

void ApiConsole::setRequest(const ConsoleRequest &r)
{
    m_method->setCurrentText(r.method);
    m_path->setText(r.path);
    m_headers->setRowCount(0);
    for (const auto &[name, value] : r.headers)
        setHeader(name, value);
    m_body->setPlainText(r.body);
}

void ApiConsole::setHeader(const QString &name, const QString &value)
{
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        if (m_headers->item(row, 0)
            && m_headers->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_headers->setItem(row, 1, new QTableWidgetItem(value));
            return;
        }
    }
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void ApiConsole::applyPreset(int index)
{
    const QList<Preset> all = presets();
    if (index < 1 || index > all.size())
        return;
    const Preset &p = all[index - 1];
    // A protected route's preset is sent without a token unless asked: the first answer a
    // learner sees for it is the 401 that the lesson is about.
    setRequest(p.request);
    m_preset->setCurrentIndex(0);
    if (p.authenticated)
        m_status->setMessage(tr("%1 %2 needs a token. Press “Use my session” to send yours, or "
                                "send it as it is to see the 401.")
                                     .arg(p.request.method, p.request.path.section(u'?', 0, 0)),
                             Palette::State::Info);
    else
        m_status->setMessage(tr("%1 %2 needs no token.")
                                     .arg(p.request.method, p.request.path.section(u'?', 0, 0)),
                             std::nullopt);
}

void ApiConsole::useSession()
{
    if (m_api->session().accessToken.isEmpty()) {
        m_status->setMessage(tr("You are not signed in: there is no session to use."),
                             Palette::State::Warning);
        return;
    }
    setHeader(u"Authorization"_s, u"Bearer "_s + QString::fromLatin1(m_api->session().accessToken));
}

void ApiConsole::removeAuthorization()
{
    for (int row = m_headers->rowCount() - 1; row >= 0; --row) {
        if (m_headers->item(row, 0)
            && m_headers->item(row, 0)->text().compare("authorization"_L1, Qt::CaseInsensitive)
                    == 0)
            m_headers->removeRow(row);
    }
}

void ApiConsole::validateBody()
{
    const QString text = m_body->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_bodyStatus->setMessage(tr("No body."), std::nullopt);
        return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        m_bodyStatus->setMessage(tr("Valid JSON."), Palette::State::Success);
    } else {
        m_bodyStatus->setMessage(tr("Not valid JSON: %1 (at character %2). It can still be sent, "
                                    "to see the server's answer.")
                                         .arg(error.errorString())
                                         .arg(error.offset),
                                 Palette::State::Error);
    }
}

void ApiConsole::formatBody()
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_body->toPlainText().toUtf8());
    if (!doc.isNull())
        m_body->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

void ApiConsole::send()
{
    if (m_exchange)
        return;
    const ConsoleRequest r = request();
    auto exchange = ApiClient::parseTarget(r.path);
    if (!exchange) {
        m_status->setMessage(tr("“%1” is not a path on this server: start it with /, like "
                                "/moviedata?q=alien.")
                                     .arg(r.path),
                             Palette::State::Error);
        return;
    }
    exchange->method = r.method.toLatin1();
    bool hasContentType = false;
    bool hasClientName = false;
    for (const auto &[name, value] : r.headers) {
        exchange->headers << qMakePair(name.toUtf8(), value.toUtf8());
        hasContentType
                = hasContentType || name.compare("content-type"_L1, Qt::CaseInsensitive) == 0;
        hasClientName = hasClientName || name.compare("x-client-name"_L1, Qt::CaseInsensitive) == 0;
    }
    // A login from here is the console's session, not the desktop's (unless named otherwise).
    if (!hasClientName)
        exchange->headers << qMakePair(QByteArray("X-Client-Name"),
                                       QByteArray(ApiClient::ConsoleClientName));
    exchange->body = r.body.toUtf8();
    if (!r.body.isEmpty() && !hasContentType)
        exchange->headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setMessage(tr("Sending %1 %2…").arg(r.method, r.path), std::nullopt);
    RequestHistory::add(r);
    reloadHistory();
    m_exchange = m_api->exchange(
            *exchange,
            [this](const ApiResult &result) {
                m_exchange = 0;
                m_send->setEnabled(true);
                m_cancel->setEnabled(false);
                showResult(result);
            },
            this);
}

void ApiConsole::cancel()
{
    if (m_exchange)
        m_api->cancel(m_exchange);
}

void ApiConsole::showResult(const ApiResult &result)
{
    m_responseHeaders->setRowCount(0);
    for (const auto &[name, value] : result.headerList) {
        const int row = m_responseHeaders->rowCount();
        m_responseHeaders->insertRow(row);
        m_responseHeaders->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_responseHeaders->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(value)));
    }
    m_raw->setPlainText(QString::fromUtf8(result.body));
    const QJsonDocument doc = result.json();
    m_pretty->setPlainText(doc.isNull() ? QString::fromUtf8(result.body)
                                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    if (result.status == 0) {
        m_status->setMessage(
                result.cancelled ? tr("Cancelled.") : tr("No answer: %1").arg(result.networkError),
                result.cancelled ? std::nullopt : std::optional(Palette::State::Error));
    } else {
        QString line = tr("%1 %2 · %3 ms · %4")
                               .arg(result.status)
                               .arg(result.reason)
                               .arg(result.elapsedMs)
                               .arg(QLocale().formattedDataSize(result.body.size()));
        // A problem+json answer: its code and detail up front.
        if (result.isProblem())
            line += u"\n"_s + tr("Problem %1: %2").arg(result.code(), result.detail());
        m_status->setMessage(line,
                             result.isProblem() ? Palette::State::Error : Palette::State::Success);
    }
    Q_EMIT finished(result.status);
}

QString ApiConsole::statusText() const
{
    return m_status->message();
}

QString ApiConsole::prettyBody() const
{
    return m_pretty->toPlainText();
}

QString ApiConsole::rawBody() const
{
    return m_raw->toPlainText();
}

QString ApiConsole::responseHeader(const QString &name) const
{
    for (int row = 0; row < m_responseHeaders->rowCount(); ++row) {
        if (m_responseHeaders->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0)
            return m_responseHeaders->item(row, 1)->text();
    }
    return {};
}

QString ApiConsole::copyAsCurl()
{
    QString curl = request().toCurl(m_api->baseUrl(), m_revealToken->isChecked());
    QApplication::clipboard()->setText(curl);
    m_status->setMessage(tr("Copied to the clipboard: %1").arg(curl), Palette::State::Info);
    return curl;
}

void ApiConsole::reloadHistory()
{
    m_history->clear();
    for (const ConsoleRequest &r : RequestHistory::load())
        m_history->addItem(r.method + u' ' + r.path);
}

void ApiConsole::loadRouteCompletion()
{
    QStringList paths;
    for (const Preset &p : presets())
        paths << p.request.path.section(u'?', 0, 0);
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_path->setCompleter(completer);
    auto apply = [completer](QStringList list) {
        list.removeDuplicates();
        list.sort();
        completer->setModel(new QStringListModel(list, completer));
    };
    apply(paths);
    // The server's own description has every route.
    m_api->send(
            "GET", u"/openapi.json"_s, {}, std::nullopt, false,
            [apply, paths](const ApiResult &result) {
                QStringList all = paths;
                const QJsonObject routes = result.object().value("paths"_L1).toObject();
                for (auto it = routes.begin(); it != routes.end(); ++it)
                    all << it.key();
                apply(all);
            },
            this);
}
