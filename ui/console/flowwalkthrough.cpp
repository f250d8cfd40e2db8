// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowwalkthrough.h"

#include "client/apiclient.h"
#include "console/jsonhighlighter.h"
#include "widgets/statelabel.h"

#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FlowWalkthrough::FlowWalkthrough(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_log(JsonHighlighter::codeView(this, true))
{
    setObjectName(u"walkthrough"_s);
    const QStringList titles{
            tr("1. Register a demo user (POST /register)"),
            tr("2. Log in and receive a token (POST /login)"),
            tr("3. Ask for the films without the token (GET /moviedata → 401)"),
            tr("4. Ask again with the token (GET /moviedata → 200)"),
            tr("5. Read the account (GET /userdetails)"),
            tr("6. Log out (POST /logout)"),
            tr("7. Try the old token again (GET /userdetails → 401)"),
            tr("8. Clean up: sign in and delete the demo account (DELETE /userdetails → 204)"),
    };
    auto *intro = new QLabel(tr("The lesson's flow against this app's own API, one step at a "
                                "time. Each step shows what it sent and what came back."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    for (int i = 0; i < titles.size(); ++i) {
        Step step;
        step.title = titles[i];
        step.button = new QPushButton(titles[i], this);
        step.button->setObjectName(u"step%1"_s.arg(i + 1));
        step.button->setEnabled(i == 0);
        step.result = new StateLabel(this);
        grid->addWidget(step.button, i, 0);
        grid->addWidget(step.result, i, 1);
        connect(step.button, &QPushButton::clicked, this, [this, i] { runStep(i); });
        m_steps.append(step);
    }
    grid->setColumnStretch(1, 1);
    auto *again = new QPushButton(tr("Start over"), this);
    connect(again, &QPushButton::clicked, this, &FlowWalkthrough::reset);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setObjectName(u"transcript"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(again, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);
}

FlowWalkthrough::~FlowWalkthrough()
{
    leaveNothingBehind();
}

void FlowWalkthrough::leaveNothingBehind()
{
    if (!m_demoExists)
        return;
    m_demoExists = false;
    deleteDemoAccount(m_api, m_email, m_password,
                      [api = m_api, password = m_password](const QByteArray &token) {
                          ApiClient::Request r;
                          r.method = "DELETE";
                          r.path = u"/userdetails"_s;
                          r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token)
                                    << qMakePair(QByteArray("Content-Type"),
                                                 QByteArray("application/json"));
                          r.body = QJsonDocument(QJsonObject{{u"currentPassword"_s, password}})
                                           .toJson(QJsonDocument::Compact);
                          api->exchange(
                                  r, [](const ApiResult &) {}, api);
                      });
}

void FlowWalkthrough::deleteDemoAccount(ApiClient *api, const QString &email,
                                        const QString &password,
                                        std::function<void(const QByteArray &)> signedIn)
{
    ApiClient::Request login;
    login.method = "POST";
    login.path = u"/login"_s;
    login.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    login.body = QJsonDocument(QJsonObject{{u"email"_s, email}, {u"password"_s, password}})
                         .toJson(QJsonDocument::Compact);
    api->exchange(
            login,
            [signedIn = std::move(signedIn)](const ApiResult &answer) {
                signedIn(answer.object().value("token"_L1).toString().toLatin1());
            },
            api);
}

QString FlowWalkthrough::transcript() const
{
    return m_log->toPlainText();
}

void FlowWalkthrough::reset()
{
    leaveNothingBehind();
    for (int i = 0; i < m_steps.size(); ++i) {
        m_steps[i].passed = false;
        m_steps[i].result->setMessage({}, std::nullopt);
        m_steps[i].button->setEnabled(i == 0);
    }
    m_token.clear();
    m_refreshToken.clear();
    m_log->clear();
}

void FlowWalkthrough::runStep(int index)
{
    switch (index) {
    case 0: {
        m_email = u"demo-%1@example.com"_s.arg(QRandomGenerator::global()->generate(), 0, 16);
        m_password = u"demo passphrase %1"_s.arg(QRandomGenerator::global()->generate());
        request(0, "POST", u"/register"_s, {},
                QJsonDocument(QJsonObject{{u"email"_s, m_email},
                                          {u"password"_s, m_password},
                                          {u"name"_s, u"Demo"_s}})
                        .toJson(QJsonDocument::Compact),
                201);
        break;
    }
    case 1:
        request(1, "POST", u"/login"_s, {},
                QJsonDocument(QJsonObject{{u"email"_s, m_email}, {u"password"_s, m_password}})
                        .toJson(QJsonDocument::Compact),
                200);
        break;
    case 2:
        request(2, "GET", u"/moviedata"_s, {}, {}, 401);
        break;
    case 3:
        request(3, "GET", u"/moviedata"_s, m_token, {}, 200);
        break;
    case 4:
        request(4, "GET", u"/userdetails"_s, m_token, {}, 200);
        break;
    case 5:
        request(5, "POST", u"/logout"_s, m_token,
                QJsonDocument(QJsonObject{{u"refreshToken"_s, QString::fromLatin1(m_refreshToken)}})
                        .toJson(QJsonDocument::Compact),
                204);
        break;
    case 6:
        request(6, "GET", u"/userdetails"_s, m_token, {}, 401);
        break;
    case 7:
        // The old token is dead: sign in once more, then delete with the current password.
        m_steps[7].button->setEnabled(false);
        deleteDemoAccount(m_api, m_email, m_password,
                          [this, alive = QPointer(this)](const QByteArray &token) {
                              if (!alive)
                                  return; // closed meanwhile: its destructor deletes the account
                              m_log->appendPlainText(
                                      tr("(signed in again as %1 for the last step)").arg(m_email));
                              request(7, "DELETE", u"/userdetails"_s, token,
                                      QJsonDocument(QJsonObject{{u"currentPassword"_s, m_password}})
                                              .toJson(QJsonDocument::Compact),
                                      204);
                          });
        break;
    default:
        break;
    }
}

void FlowWalkthrough::request(int index, const QByteArray &method, const QString &path,
                              const QByteArray &token, const QByteArray &body, int expected)
{
    ApiClient::Request r;
    r.method = method;
    r.path = path;
    // Two films are enough to see the shape of the answer.
    if (path == "/moviedata"_L1)
        r.query.addQueryItem(u"pageSize"_s, u"2"_s);
    const QUrl url = m_api->url(r.path, r.query);
    QString shown = QString::fromLatin1(method) + u' '
            + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority) + u'\n';
    if (!token.isEmpty()) {
        r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
        shown += u"Authorization: Bearer "_s + QString::fromLatin1(token.left(24)) + u"…\n"_s;
    }
    if (!body.isEmpty()) {
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        r.body = body;
        // The demo password is made up for this walk-through; it is shown on purpose.
        shown += QString::fromUtf8(QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented));
    }
    m_steps[index].button->setEnabled(false);
    m_steps[index].result->setMessage(tr("Running…"), std::nullopt);
    m_api->exchange(
            r,
            [this, index, expected, shown](const ApiResult &answer) {
                const QJsonObject o = answer.object();
                if (index == 1 && answer.status == 200) {
                    m_token = o.value("token"_L1).toString().toLatin1();
                    m_refreshToken = o.value("refreshToken"_L1).toString().toLatin1();
                }
                const bool passed = answer.status == expected;
                if (index == 0 && answer.status == 201)
                    m_demoExists = true;
                if (index == 7 && passed)
                    m_demoExists = false;
                Step &step = m_steps[index];
                step.passed = passed;
                step.result->setMessage(
                        passed ? tr("✔ %1, as expected").arg(answer.status)
                               : tr("✘ %1 (expected %2)").arg(answer.status).arg(expected),
                        passed ? Palette::State::Success : Palette::State::Error);
                step.button->setEnabled(!passed);
                if (passed && index + 1 < m_steps.size())
                    m_steps[index + 1].button->setEnabled(true);
                const QString pretty = answer.body.isEmpty()
                        ? tr("(no body)")
                        : QString::fromUtf8(answer.json().toJson(QJsonDocument::Indented));
                m_log->appendPlainText(u"── %1\n→ %2\n← %3 %4\n%5\n"_s.arg(
                        step.title, shown.trimmed(), QString::number(answer.status), answer.reason,
                        pretty.trimmed()));
                Q_EMIT stepFinished(index, passed);
            },
            this);
}
