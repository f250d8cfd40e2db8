// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilepage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "pages/securitypanel.h"
#include "widgets/banner.h"
#include "widgets/fielderror.h"
#include "widgets/passwordedit.h"
#include "widgets/strengthmeter.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString when(const QJsonValue &value, const QString &never)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : never;
}

} // namespace

ProfilePage::ProfilePage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(new Banner(this))
    , m_heading(new QLabel(this))
    , m_email(new QLabel(this))
    , m_role(new QLabel(this))
    , m_memberSince(new QLabel(this))
    , m_lastSignIn(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldError(this))
    , m_saveName(new QPushButton(tr("Save name"), this))
    , m_current(new PasswordEdit(this))
    , m_new(new PasswordEdit(this))
    , m_confirm(new PasswordEdit(this))
    , m_currentError(new FieldError(this))
    , m_newError(new FieldError(this))
    , m_confirmError(new FieldError(this))
    , m_changePassword(new QPushButton(tr("Change password"), this))
    , m_sections(new QTabWidget(this))
    , m_security(new SecurityPanel(api, this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(u"profileHeading"_s);
    for (QLabel *l : {m_email, m_role, m_memberSince, m_lastSignIn})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setObjectName(u"profileEmail"_s);
    m_role->setObjectName(u"profileRole"_s);
    m_name->setObjectName(u"profileName"_s);
    m_saveName->setObjectName(u"saveName"_s);
    m_current->setObjectName(u"currentPassword"_s);
    m_new->setObjectName(u"newPassword"_s);
    m_confirm->setObjectName(u"confirmPassword"_s);
    m_currentError->setObjectName(u"currentPasswordError"_s);
    m_newError->setObjectName(u"newPasswordError"_s);
    m_changePassword->setObjectName(u"changePassword"_s);

    auto *account = new QGroupBox(tr("Account"), this);
    auto *accountForm = new QFormLayout(account);
    accountForm->addRow(tr("Email:"), m_email);
    accountForm->addRow(tr("Role:"), m_role);
    accountForm->addRow(tr("Member since:"), m_memberSince);
    accountForm->addRow(tr("Last sign-in:"), m_lastSignIn);

    auto *nameBox = new QGroupBox(tr("Name"), this);
    auto *nameLayout = new QHBoxLayout(nameBox);
    nameLayout->addWidget(FieldError::below(nameBox, m_name, m_nameError), 1);
    nameLayout->addWidget(m_saveName, 0, Qt::AlignTop);

    auto *passwordBox = new QGroupBox(tr("Change password"), this);
    auto *passwordForm = new QFormLayout(passwordBox);
    passwordForm->addRow(tr("C&urrent password:"),
                         FieldError::below(passwordBox, m_current, m_currentError));
    auto *newBox = FieldError::below(passwordBox, m_new, m_newError,
                                     new StrengthMeter(m_new, passwordBox));
    passwordForm->addRow(tr("&New password:"), newBox);
    passwordForm->addRow(tr("&Repeat new password:"),
                         FieldError::below(passwordBox, m_confirm, m_confirmError));
    auto *note
            = new QLabel(tr("Changing the password signs you out everywhere else."), passwordBox);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    passwordForm->addRow(note);
    passwordForm->addRow(QString(), m_changePassword);

    // Two columns that share the window's width: the account on the left, the password on the
    // right.
    auto *left = new QVBoxLayout;
    left->addWidget(account);
    left->addWidget(nameBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(passwordBox);
    right->addStretch(1);
    auto *accountTab = new QWidget(this);
    auto *columns = new QHBoxLayout(accountTab);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    m_sections->setObjectName(u"profileSections"_s);
    m_sections->addTab(accountTab, tr("Acc&ount"));
    m_sections->addTab(m_security, tr("Securit&y"));
    connect(m_sections, &QTabWidget::currentChanged, this, [this] {
        if (m_sections->currentWidget() == m_security)
            m_security->refresh();
    });
    connect(m_security, &SecurityPanel::signedOutHere, this, &ProfilePage::signedOutHere);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_heading);
    v->addWidget(m_banner);
    v->addWidget(m_sections, 1);

    connect(m_saveName, &QPushButton::clicked, this, &ProfilePage::saveName);
    connect(m_name, &QLineEdit::returnPressed, this, &ProfilePage::saveName);
    connect(m_changePassword, &QPushButton::clicked, this, &ProfilePage::changePassword);
    for (PasswordEdit *edit : {m_current, m_new, m_confirm})
        connect(edit, &QLineEdit::returnPressed, this, &ProfilePage::changePassword);
    m_nameError->clearWhenEdited(m_name);
    m_currentError->clearWhenEdited(m_current);
    m_newError->clearWhenEdited(m_new);
    m_confirmError->clearWhenEdited(m_confirm);
}

void ProfilePage::show(const QJsonObject &user)
{
    m_heading->setText(user.value("name"_L1).toString());
    m_email->setText(user.value("email"_L1).toString());
    m_role->setText(user.value("role"_L1).toString() == "admin"_L1 ? tr("Administrator")
                                                                   : tr("Member"));
    m_memberSince->setText(when(user.value("createdAt"_L1), tr("unknown")));
    m_lastSignIn->setText(when(user.value("lastLoginAt"_L1), tr("never")));
    m_name->setText(user.value("name"_L1).toString());
}

void ProfilePage::refresh()
{
    m_banner->hide();
    if (m_sections->currentWidget() == m_security)
        m_security->refresh();
    m_api->fetchProfile(
            [this](const ApiResult &result) {
                if (result.ok())
                    show(result.object());
                else
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
            },
            this);
}

void ProfilePage::saveName()
{
    m_nameError->clear();
    m_saveName->setEnabled(false);
    m_api->updateProfile(
            {{u"name"_s, m_name->text()}},
            [this](const ApiResult &result) {
                m_saveName->setEnabled(true);
                if (result.ok()) {
                    show(result.object());
                    Q_EMIT statusMessage(tr("Name saved."));
                } else {
                    m_nameError->show(result.code() == "validation_failed"_L1
                                              ? ApiErrors::fieldMessage(result, u"name"_s)
                                              : ApiErrors::message(result));
                }
            },
            this);
}

void ProfilePage::changePassword()
{
    for (FieldError *e : {m_currentError, m_newError, m_confirmError})
        e->clear();
    m_banner->hide();
    if (m_current->text().isEmpty()) {
        m_currentError->show(tr("Enter your current password."));
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        m_confirmError->show(tr("The two passwords are not the same."));
        return;
    }
    m_changePassword->setEnabled(false);
    m_api->updateProfile(
            {{u"password"_s, m_new->text()}, {u"currentPassword"_s, m_current->text()}},
            [this](const ApiResult &result) {
                m_changePassword->setEnabled(true);
                if (result.ok()) {
                    for (PasswordEdit *e : {m_current, m_new, m_confirm})
                        e->clear();
                    show(result.object());
                    m_banner->showMessage(
                            tr("Password changed. Your other sessions were signed out."));
                    return;
                }
                if (result.code() == "wrong_password"_L1) {
                    m_currentError->show(ApiErrors::message(result));
                } else if (result.code() == "validation_failed"_L1) {
                    m_currentError->show(ApiErrors::fieldMessage(result, u"currentPassword"_s));
                    m_newError->show(ApiErrors::fieldMessage(result, u"password"_s));
                } else {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                }
            },
            this);
}
