// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "widgets/fielderror.h"
#include "widgets/statelabel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ServerDialog::ServerDialog(ApiClient *api, const ServerChoice &current, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_choice(current)
    , m_thisComputer(new QRadioButton(tr("&This computer"), this))
    , m_shared(new QRadioButton(tr("A &shared server"), this))
    , m_address(new QLineEdit(this))
    , m_addressError(new FieldError(this))
    , m_warning(new StateLabel(this))
{
    setWindowTitle(tr("Server"));
    setObjectName(u"serverDialog"_s);
    m_thisComputer->setObjectName(u"serverThisComputer"_s);
    m_shared->setObjectName(u"serverShared"_s);
    m_address->setObjectName(u"serverAddress"_s);
    m_addressError->setObjectName(u"serverAddressError"_s);
    m_warning->setObjectName(u"serverWarning"_s);
    m_warning->setWordWrap(true);
    m_address->setPlaceholderText(u"https://films.example.org"_s);
    m_address->setText(current.isThisComputer() ? ServerChoice::lastSharedAddress()
                                                : current.url().toString());
    m_address->setAccessibleName(tr("Shared server address"));
    m_addressError->clearWhenEdited(m_address);

    auto *intro = new QLabel(tr("Where your catalogue lives. Each server keeps its own accounts, "
                                "and you stay signed in to each one: switching back does not "
                                "ask for your password again."),
                             this);
    intro->setWordWrap(true);
    auto *localHint = new QLabel(tr("Kept in a file on this computer and served by Reelvault "
                                    "itself. Nothing leaves this computer."),
                                 this);
    auto *sharedHint = new QLabel(tr("A household's or a club's catalogue, run with "
                                     "reelvault --serve (see docs/shared-server.md)."),
                                  this);
    for (QLabel *hint : {localHint, sharedHint}) {
        hint->setWordWrap(true);
        hint->setIndent(24);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_thisComputer);
    group->addButton(m_shared);
    (current.isThisComputer() ? m_thisComputer : m_shared)->setChecked(true);

    auto *addressBox = new QWidget(this);
    auto *addressLayout = new QVBoxLayout(addressBox);
    addressLayout->setContentsMargins(24, 0, 0, 0);
    addressLayout->setSpacing(2);
    addressLayout->addWidget(m_address);
    addressLayout->addWidget(m_addressError);
    addressLayout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"serverConnect"_s);
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_connect, &QPushButton::clicked, this, &ServerDialog::connectToChoice);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_thisComputer, &QRadioButton::toggled, this, &ServerDialog::updateMode);
    connect(m_address, &QLineEdit::textChanged, this, &ServerDialog::updateWarning);
    connect(m_address, &QLineEdit::returnPressed, this, &ServerDialog::connectToChoice);

    auto *v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addSpacing(6);
    v->addWidget(m_thisComputer);
    v->addWidget(localHint);
    v->addSpacing(6);
    v->addWidget(m_shared);
    v->addWidget(sharedHint);
    v->addWidget(addressBox);
    v->addStretch(1);
    v->addWidget(buttons);
    setMinimumWidth(480);
    updateMode();
    updateWarning();
}

void ServerDialog::updateMode()
{
    const bool shared = m_shared->isChecked();
    m_address->setEnabled(shared);
    if (!shared)
        m_addressError->clear();
    updateWarning();
}

void ServerDialog::updateWarning()
{
    const auto typed = ServerChoice::shared(m_address->text());
    if (m_shared->isChecked() && typed && typed->isUnencrypted()) {
        m_warning->setMessage(tr("Passwords and sessions would cross the network unencrypted. "
                                 "Use https:// unless this network is yours alone."),
                              Palette::State::Warning);
        m_warning->show();
    } else {
        m_warning->clear();
        m_warning->hide();
    }
}

void ServerDialog::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_connect->setText(busy ? tr("Connecting…") : tr("&Connect"));
    m_address->setReadOnly(busy);
    m_thisComputer->setEnabled(!busy);
    m_shared->setEnabled(!busy);
}

void ServerDialog::connectToChoice()
{
    if (m_check != 0) // already asking
        return;
    if (m_thisComputer->isChecked()) {
        m_choice = ServerChoice::thisComputer();
        accept();
        return;
    }
    QString why;
    const auto choice = ServerChoice::shared(m_address->text(), &why);
    if (!choice) {
        m_addressError->show(why);
        m_address->setFocus();
        return;
    }
    // The address as it will be used, so the person sees what https:// was assumed.
    m_address->setText(choice->url().toString());
    setBusy(true);
    m_check = m_api->checkServer(
            choice->url(),
            [this, chosen = *choice](const ApiResult &result) {
                m_check = 0;
                setBusy(false);
                const QJsonObject health = result.object();
                if (result.ok() && health.value("status"_L1).toString() == "ok"_L1
                    && health.contains("version"_L1)) {
                    m_choice = chosen;
                    accept();
                    return;
                }
                if (result.status == 0)
                    m_addressError->show(
                            tr("Nothing answered at this address (%1).").arg(result.networkError));
                else if (result.ok() || result.status == 404)
                    m_addressError->show(tr("A web server answers at this address, but not "
                                            "Reelvault's API."));
                else
                    m_addressError->show(ApiErrors::message(result));
                m_address->setFocus();
            },
            this);
}
