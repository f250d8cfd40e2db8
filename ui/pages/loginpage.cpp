// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginpage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "client/serverchoice.h"
#include "dialogs/recoverdialog.h"
#include "widgets/banner.h"
#include "widgets/fielderror.h"
#include "widgets/formcard.h"
#include "widgets/passwordedit.h"

#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginPage::LoginPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_card(new FormCard(tr("Sign in"), tr("Welcome back to your film collection."), this))
    , m_email(new QLineEdit(this))
    , m_password(new PasswordEdit(this))
{
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_password->setObjectName(QStringLiteral("password"));
    m_emailError = m_card->addField(tr("&Email"), m_email);
    m_passwordError = m_card->addField(tr("&Password"), m_password);
    m_emailError->setObjectName(QStringLiteral("emailError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_card->formError()->setObjectName(QStringLiteral("formError"));
    m_submit = m_card->setSubmit(tr("Sign in"));
    m_submit->setObjectName(QStringLiteral("signIn"));
    auto *forgot = new QPushButton(tr("Forgot password?"), this);
    forgot->setObjectName(QStringLiteral("forgotPassword"));
    m_card->addFooter(forgot);
    auto *create = new QPushButton(tr("No account yet? Create one"), this);
    create->setObjectName(QStringLiteral("createAccount"));
    m_card->addFooter(create);
    m_server = new QPushButton(this);
    m_server->setObjectName(QStringLiteral("changeServer"));
    m_card->addFooter(m_server);
    connect(m_server, &QPushButton::clicked, this, &LoginPage::serverChangeRequested);
    setServer(ServerChoice::thisComputer().describe());
    connect(forgot, &QPushButton::clicked, this, [this] {
        auto *dialog = new RecoverDialog(m_api, m_email->text().trimmed(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &LoginPage::signedIn);
        dialog->open();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_card);

    connect(m_submit, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(create, &QPushButton::clicked, this, &LoginPage::registerRequested);
    setFocusProxy(m_email);
}

void LoginPage::prepare(const QString &email, const QString &notice)
{
    clearErrors();
    m_card->setBusy(false);
    m_password->clear();
    m_password->setRevealed(false);
    if (!email.isEmpty())
        m_email->setText(email);
    m_email->setModified(false);
    showNotice(notice);
    (m_email->text().isEmpty() ? static_cast<QWidget *>(m_email) : m_password)->setFocus();
}

void LoginPage::showNotice(const QString &notice, bool warning)
{
    m_card->banner()->showMessage(notice, warning ? Banner::Kind::Warning : Banner::Kind::Info);
}

void LoginPage::setServer(const QString &description)
{
    m_server->setText(tr("Catalogue on %1 · Change…").arg(description));
}

bool LoginPage::isUntouched() const
{
    return m_password->text().isEmpty() && !m_email->isModified();
}

void LoginPage::clearErrors()
{
    m_emailError->clear();
    m_passwordError->clear();
    m_card->formError()->clear();
    m_card->banner()->hide();
}

void LoginPage::submit()
{
    if (m_card->isBusy())
        return;
    clearErrors();
    const QString email = m_email->text().trimmed();
    bool ok = true;
    if (email.isEmpty()) {
        m_emailError->show(tr("Enter your email."));
        ok = false;
    }
    if (m_password->text().isEmpty()) {
        m_passwordError->show(tr("Enter your password."));
        ok = false;
    }
    if (!ok)
        return;
    m_card->setBusy(true);
    m_api->login(
            email, m_password->text(),
            [this](const ApiResult &result) {
                m_card->setBusy(false);
                if (result.ok()) {
                    m_password->clear();
                    Q_EMIT signedIn();
                    return;
                }
                if (result.code() == QLatin1StringView("validation_failed")) {
                    m_emailError->show(ApiErrors::fieldMessage(result, QStringLiteral("email")));
                    m_passwordError->show(
                            ApiErrors::fieldMessage(result, QStringLiteral("password")));
                    return;
                }
                // Wrong email or password belongs to the password; waiting to the whole form.
                if (result.code() == QLatin1StringView("invalid_credentials")) {
                    m_passwordError->show(ApiErrors::message(result));
                    m_password->selectAll();
                    m_password->setFocus();
                } else {
                    m_card->formError()->show(ApiErrors::message(result));
                }
            },
            this);
}
