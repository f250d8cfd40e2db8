// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerpage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/recoverycodesdialog.h"
#include "widgets/banner.h"
#include "widgets/fielderror.h"
#include "widgets/formcard.h"
#include "widgets/passwordedit.h"
#include "widgets/strengthmeter.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RegisterPage::RegisterPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_card(new FormCard(tr("Create your account"), QString(), this))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new PasswordEdit(this))
    , m_confirm(new PasswordEdit(this))
    , m_back(new QPushButton(tr("Already have an account? Sign in"), this))
{
    m_email->setObjectName(u"email"_s);
    m_name->setObjectName(u"name"_s);
    m_password->setObjectName(u"password"_s);
    m_confirm->setObjectName(u"confirmPassword"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_name->setPlaceholderText(tr("How we greet you (optional)"));
    m_emailError = m_card->addField(tr("&Email"), m_email);
    m_nameError = m_card->addField(tr("&Name"), m_name);
    auto *passwordBox = new QWidget(this);
    auto *passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->setSpacing(2);
    passwordLayout->addWidget(m_password);
    passwordLayout->addWidget(new StrengthMeter(m_password, passwordBox));
    m_passwordError = m_card->addField(
            tr("&Password"), passwordBox,
            tr("At least 8 characters; not a common password or one with a few letters or "
               "digits changed."),
            m_password);
    m_confirmError = m_card->addField(tr("&Repeat password"), m_confirm);
    m_emailError->setObjectName(u"emailError"_s);
    m_nameError->setObjectName(u"nameError"_s);
    m_passwordError->setObjectName(u"passwordError"_s);
    m_confirmError->setObjectName(u"confirmError"_s);
    m_card->formError()->setObjectName(u"formError"_s);
    auto *submit = m_card->setSubmit(tr("Create account"));
    submit->setObjectName(u"createAccount"_s);
    m_back->setObjectName(u"backToSignIn"_s);
    m_card->addFooter(m_back);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_card);

    connect(submit, &QPushButton::clicked, this, &RegisterPage::submit);
    for (QLineEdit *edit : {m_email, m_name, static_cast<QLineEdit *>(m_password),
                            static_cast<QLineEdit *>(m_confirm)})
        connect(edit, &QLineEdit::returnPressed, this, &RegisterPage::submit);
    connect(m_back, &QPushButton::clicked, this, &RegisterPage::cancelled);
    setFocusProxy(m_email);
    setFirstAccount(false);
}

void RegisterPage::setFirstAccount(bool first)
{
    m_first = first;
    m_card->setTitle(first ? tr("Welcome to Reelvault") : tr("Create your account"));
    m_card->setSubtitle(first ? tr("Your catalogue is ready and has no accounts yet. Create the "
                                   "first one: it becomes the catalogue's administrator, who "
                                   "can add, edit and delete films.")
                              : tr("Your catalogue stays on this computer."));
    m_back->setVisible(!first);
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
    m_card->banner()->hide();
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
    const QString password = m_password->text();
    m_api->registerAccount(
            email, password, m_name->text(),
            [this, email, password](const ApiResult &result) {
                if (result.ok()) {
                    // The recovery codes first (shown only now), then signed in with what was
                    // just typed: nobody types a new password twice only to be asked for it a
                    // third time.
                    QStringList codes;
                    for (const auto &c : result.object().value("recoveryCodes"_L1).toArray())
                        codes << c.toString();
                    auto *dialog = new RecoveryCodesDialog(codes, email, this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &QDialog::finished, this,
                            [this, email, password] { signInAfterRegistering(email, password); });
                    dialog->open();
                    return;
                }
                m_card->setBusy(false);
                if (result.code() == "email_taken"_L1) {
                    m_emailError->show(ApiErrors::message(result));
                    m_email->setFocus();
                    return;
                }
                if (result.code() == "validation_failed"_L1) {
                    m_emailError->show(ApiErrors::fieldMessage(result, u"email"_s));
                    m_nameError->show(ApiErrors::fieldMessage(result, u"name"_s));
                    m_passwordError->show(ApiErrors::fieldMessage(result, u"password"_s));
                    for (auto [error, edit] :
                         {std::pair{m_emailError, m_email}, std::pair{m_nameError, m_name},
                          std::pair{m_passwordError, static_cast<QLineEdit *>(m_password)}}) {
                        if (!error->isHidden()) {
                            edit->setFocus();
                            edit->selectAll();
                            break;
                        }
                    }
                    return;
                }
                m_card->formError()->show(ApiErrors::message(result));
            },
            this);
}

void RegisterPage::signInAfterRegistering(const QString &email, const QString &password)
{
    m_api->login(
            email, password,
            [this, email](const ApiResult &login) {
                m_card->setBusy(false);
                m_password->clear();
                m_confirm->clear();
                if (login.ok())
                    Q_EMIT signedIn();
                else
                    Q_EMIT registered(email, ApiErrors::message(login));
            },
            this);
}
