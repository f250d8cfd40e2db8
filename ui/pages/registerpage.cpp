// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerpage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "widgets/fielderror.h"
#include "widgets/formcard.h"
#include "widgets/passwordedit.h"

#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RegisterPage::RegisterPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_card(new FormCard(tr("Create your account"),
                          tr("Your catalogue stays on this computer. The first account "
                             "created becomes its administrator."),
                          this))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new PasswordEdit(this))
    , m_confirm(new PasswordEdit(this))
{
    m_email->setObjectName(QStringLiteral("email"));
    m_name->setObjectName(QStringLiteral("name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_name->setPlaceholderText(tr("How we greet you (optional)"));
    m_emailError = m_card->addField(tr("&Email"), m_email);
    m_nameError = m_card->addField(tr("&Name"), m_name);
    m_passwordError = m_card->addField(tr("&Password"), m_password,
                                       tr("At least 8 characters; not a common password."));
    m_confirmError = m_card->addField(tr("&Repeat password"), m_confirm);
    m_emailError->setObjectName(QStringLiteral("emailError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_confirmError->setObjectName(QStringLiteral("confirmError"));
    m_card->formError()->setObjectName(QStringLiteral("formError"));
    auto *submit = m_card->setSubmit(tr("Create account"));
    submit->setObjectName(QStringLiteral("createAccount"));
    auto *back = new QPushButton(tr("Already have an account? Sign in"), this);
    back->setObjectName(QStringLiteral("backToSignIn"));
    m_card->addFooter(back);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_card);

    connect(submit, &QPushButton::clicked, this, &RegisterPage::submit);
    for (QLineEdit *edit : {m_email, m_name, static_cast<QLineEdit *>(m_password),
                            static_cast<QLineEdit *>(m_confirm)})
        connect(edit, &QLineEdit::returnPressed, this, &RegisterPage::submit);
    connect(back, &QPushButton::clicked, this, &RegisterPage::cancelled);
    setFocusProxy(m_email);
}

void RegisterPage::prepare(const QString &email)
{
    clearErrors();
    m_card->setBusy(false);
    m_email->setText(email);
    m_name->clear();
    m_password->clear();
    m_confirm->clear();
    m_email->setFocus();
}

void RegisterPage::clearErrors()
{
    for (FieldError *e :
         {m_emailError, m_nameError, m_passwordError, m_confirmError, m_card->formError()})
        e->clear();
}

void RegisterPage::submit()
{
    if (m_card->isBusy())
        return;
    clearErrors();
    if (m_password->text() != m_confirm->text()) {
        m_confirmError->show(tr("The two passwords are not the same."));
        m_confirm->setFocus();
        return;
    }
    m_card->setBusy(true);
    const QString email = m_email->text().trimmed();
    m_api->registerAccount(
            email, m_password->text(), m_name->text(),
            [this, email](const ApiResult &result) {
                m_card->setBusy(false);
                if (result.ok()) {
                    m_password->clear();
                    m_confirm->clear();
                    Q_EMIT registered(email);
                    return;
                }
                if (result.code() == QLatin1StringView("email_taken")) {
                    m_emailError->show(ApiErrors::message(result));
                    m_email->setFocus();
                    return;
                }
                if (result.code() == QLatin1StringView("validation_failed")) {
                    m_emailError->show(ApiErrors::fieldMessage(result, QStringLiteral("email")));
                    m_nameError->show(ApiErrors::fieldMessage(result, QStringLiteral("name")));
                    m_passwordError->show(
                            ApiErrors::fieldMessage(result, QStringLiteral("password")));
                    return;
                }
                m_card->formError()->show(ApiErrors::message(result));
            },
            this);
}
