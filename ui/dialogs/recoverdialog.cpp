// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverdialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "widgets/fielderror.h"
#include "widgets/passwordedit.h"
#include "widgets/strengthmeter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoverDialog::RecoverDialog(ApiClient *api, const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_email(new QLineEdit(email, this))
    , m_code(new QLineEdit(this))
    , m_password(new PasswordEdit(this))
    , m_confirm(new PasswordEdit(this))
    , m_emailError(new FieldError(this))
    , m_codeError(new FieldError(this))
    , m_passwordError(new FieldError(this))
    , m_confirmError(new FieldError(this))
    , m_formError(new FieldError(this))
    , m_submit(nullptr)
{
    setWindowTitle(tr("Forgot password"));
    setObjectName(u"recoverDialog"_s);
    m_email->setObjectName(u"recoverEmail"_s);
    m_code->setObjectName(u"recoveryCode"_s);
    m_code->setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX"_s);
    m_password->setObjectName(u"recoverPassword"_s);
    m_confirm->setObjectName(u"recoverConfirm"_s);
    m_codeError->setObjectName(u"recoveryCodeError"_s);
    m_passwordError->setObjectName(u"recoverPasswordError"_s);
    m_confirmError->setObjectName(u"recoverConfirmError"_s);
    m_formError->setObjectName(u"recoverFormError"_s);

    m_emailError->clearWhenEdited(m_email);
    m_codeError->clearWhenEdited(m_code);
    m_passwordError->clearWhenEdited(m_password);
    m_confirmError->clearWhenEdited(m_confirm);
    auto *intro = new QLabel(tr("Enter one of the recovery codes you saved when you created "
                                "your account, and choose a new password. The code can be used "
                                "only once; every other sign-in of your account ends."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), FieldError::below(this, m_email, m_emailError));
    form->addRow(tr("Recovery &code:"), FieldError::below(this, m_code, m_codeError));
    form->addRow(tr("&New password:"),
                 FieldError::below(this, m_password, m_passwordError,
                                   new StrengthMeter(m_password, this)));
    form->addRow(tr("&Repeat new password:"), FieldError::below(this, m_confirm, m_confirmError));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Set password and sign in"));
    m_submit->setObjectName(u"recoverSubmit"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoverDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(m_formError);
    v->addWidget(buttons);
    setMinimumWidth(460);
    (email.isEmpty() ? static_cast<QWidget *>(m_email) : m_code)->setFocus();
}

void RecoverDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    m_formError->clear();
    bool ok = true;
    const auto require = [&ok](QLineEdit *edit, FieldError *error, const QString &message) {
        if (edit->text().trimmed().isEmpty()) {
            error->show(message);
            ok = false;
        }
    };
    require(m_email, m_emailError, tr("Enter your email."));
    require(m_code, m_codeError, tr("Enter one of your recovery codes."));
    require(m_password, m_passwordError, tr("Choose a new password."));
    if (ok && m_password->text() != m_confirm->text()) {
        m_confirmError->show(tr("The two passwords are not the same."));
        ok = false;
    }
    if (!ok)
        return;
    m_submit->setEnabled(false);
    m_api->recoverAccount(
            m_email->text().trimmed(), m_code->text(), m_password->text(),
            [this](const ApiResult &result) {
                m_submit->setEnabled(true);
                if (result.ok()) {
                    accept();
                    return;
                }
                if (result.code() == "invalid_recovery"_L1) {
                    m_codeError->show(tr("This email and code do not match, or the code was "
                                         "used already."));
                    m_code->setFocus();
                    m_code->selectAll();
                } else if (result.code() == "validation_failed"_L1) {
                    m_emailError->show(ApiErrors::fieldMessage(result, u"email"_s));
                    m_codeError->show(ApiErrors::fieldMessage(result, u"recoveryCode"_s));
                    m_passwordError->show(ApiErrors::fieldMessage(result, u"newPassword"_s));
                } else {
                    m_formError->show(ApiErrors::message(result));
                }
            },
            this);
}
