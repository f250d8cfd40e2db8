// SPDX-License-Identifier: GPL-3.0-or-later
#include "userspage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "widgets/banner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { Name, Email, Role, Sessions, LastSignIn };
constexpr int IdRole = Qt::UserRole;
constexpr int RoleRole = Qt::UserRole + 1;

} // namespace

UsersPage::UsersPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(new Banner(this))
    , m_table(new QTreeWidget(this))
    , m_role(new QPushButton(tr("Make ad&ministrator"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_ask(&DeleteConfirmation::ask)
{
    m_table->setObjectName(u"users"_s);
    m_table->setHeaderLabels(
            {tr("Name"), tr("Email"), tr("Role"), tr("Sessions"), tr("Last sign-in")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_role->setObjectName(u"changeRole"_s);
    m_delete->setObjectName(u"deleteUser"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_role);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_banner);
    v->addWidget(m_table, 1);
    v->addLayout(buttons);

    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::removeSelected);
    updateButtons();
}

void UsersPage::refresh()
{
    m_api->fetchUsers(
            [this](const ApiResult &result) {
                if (!result.ok()) {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                    return;
                }
                const qint64 selected = m_table->currentItem()
                        ? m_table->currentItem()->data(0, IdRole).toLongLong()
                        : 0;
                m_table->clear();
                for (const auto &u : result.object().value("items"_L1).toArray()) {
                    const QJsonObject o = u.toObject();
                    const bool admin = o.value("role"_L1).toString() == "admin"_L1;
                    const QDateTime last = QDateTime::fromString(
                            o.value("lastLoginAt"_L1).toString(), Qt::ISODate);
                    auto *item = new QTreeWidgetItem(
                            m_table,
                            {o.value("name"_L1).toString(), o.value("email"_L1).toString(),
                             admin ? tr("Administrator") : tr("Member"),
                             QLocale().toString(o.value("sessions"_L1).toInt()),
                             last.isValid()
                                     ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)
                                     : tr("never")});
                    const qint64 id = o.value("id"_L1).toString().toLongLong();
                    item->setData(0, IdRole, id);
                    item->setData(0, RoleRole, o.value("role"_L1).toString());
                    item->setTextAlignment(Sessions, Qt::AlignRight | Qt::AlignVCenter);
                    if (id == selected)
                        m_table->setCurrentItem(item);
                }
                for (int c = 0; c < m_table->columnCount(); ++c)
                    m_table->resizeColumnToContents(c);
                updateButtons();
            },
            this);
}

void UsersPage::updateButtons()
{
    QTreeWidgetItem *item = m_table->currentItem();
    m_role->setEnabled(item);
    m_delete->setEnabled(item);
    const bool admin = item && item->data(0, RoleRole).toString() == "admin"_L1;
    m_role->setText(admin ? tr("Make m&ember") : tr("Make ad&ministrator"));
}

void UsersPage::changeRole()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    const QString role = item->data(0, RoleRole).toString() == "admin"_L1 ? u"user"_s : u"admin"_s;
    const bool self = QString::number(id) == m_api->session().user.value("id"_L1).toString();
    m_api->setUserRole(
            id, role,
            [this, self](const ApiResult &result) {
                if (!result.ok()) {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                    return;
                }
                m_banner->hide();
                if (self)
                    Q_EMIT ownRoleChanged();
                refresh();
            },
            this);
}

void UsersPage::removeSelected()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    const QString who = item->text(Email);
    if (!m_ask(this, tr("Delete %1?").arg(who),
               tr("The account %1 and everything of it (diary, ratings, tags, imports) will be "
                  "deleted, and its sessions end at once. This cannot be undone.")
                       .arg(who)))
        return;
    m_api->deleteUser(
            item->data(0, IdRole).toLongLong(),
            [this, who](const ApiResult &result) {
                if (!result.ok())
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                else
                    m_banner->showMessage(tr("%1 was deleted.").arg(who));
                refresh();
            },
            this);
}
