// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitypanel.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/recoverycodesdialog.h"
#include "widgets/banner.h"
#include "widgets/fielderror.h"
#include "widgets/passwordedit.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int EventsPerPage = 50;
constexpr int IdRole = Qt::UserRole;
constexpr int CurrentRole = Qt::UserRole + 1;

QString localTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTreeWidget *table(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setAlternatingRowColors(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

SecurityPanel::SecurityPanel(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(new Banner(this))
    , m_sessions(table(this, {tr("Device"), tr("Signed in"), tr("Last used")}, u"sessions"_s))
    , m_endSelected(new QPushButton(tr("Sign out &this one"), this))
    , m_endOthers(new QPushButton(tr("Sign out all &others"), this))
    , m_endAll(new QPushButton(tr("Sign out &everywhere"), this))
    , m_events(table(this, {tr("When"), tr("What"), tr("Device"), tr("Address")},
                     u"securityEvents"_s))
    , m_moreEvents(new QPushButton(tr("Show &more"), this))
    , m_codesLeft(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordError(new FieldError(this))
    , m_newCodes(new QPushButton(tr("Make &new codes"), this))
{
    m_endSelected->setObjectName(u"endSession"_s);
    m_endOthers->setObjectName(u"endOtherSessions"_s);
    m_endAll->setObjectName(u"endAllSessions"_s);
    m_moreEvents->setObjectName(u"moreEvents"_s);
    m_codesLeft->setObjectName(u"recoveryCodesLeft"_s);
    m_password->setObjectName(u"codesPassword"_s);
    m_passwordError->setObjectName(u"codesPasswordError"_s);
    m_newCodes->setObjectName(u"newRecoveryCodes"_s);
    m_codesLeft->setWordWrap(true);
    m_passwordError->clearWhenEdited(m_password);

    auto *sessionsBox = new QGroupBox(tr("Where you are signed in"), this);
    auto *sv = new QVBoxLayout(sessionsBox);
    sv->addWidget(m_sessions);
    auto *sb = new QHBoxLayout;
    sb->addWidget(m_endSelected);
    sb->addStretch(1);
    sb->addWidget(m_endOthers);
    sb->addWidget(m_endAll);
    sv->addLayout(sb);

    auto *codesBox = new QGroupBox(tr("Recovery codes"), this);
    auto *cf = new QFormLayout(codesBox);
    cf->addRow(m_codesLeft);
    auto *pw = new QWidget(codesBox);
    auto *pv = new QVBoxLayout(pw);
    pv->setContentsMargins(0, 0, 0, 0);
    pv->setSpacing(2);
    pv->addWidget(m_password);
    pv->addWidget(m_passwordError);
    cf->addRow(tr("Current pass&word:"), pw);
    cf->addRow(QString(), m_newCodes);

    auto *eventsBox = new QGroupBox(tr("Security history (one year)"), this);
    auto *ev = new QVBoxLayout(eventsBox);
    ev->addWidget(m_events);
    ev->addWidget(m_moreEvents, 0, Qt::AlignRight);

    auto *left = new QVBoxLayout;
    left->addWidget(sessionsBox, 1);
    left->addWidget(codesBox);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(eventsBox, 1);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_banner);
    v->addLayout(columns, 1);

    connect(m_sessions, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_endSelected->setEnabled(!m_sessions->selectedItems().isEmpty()); });
    m_endSelected->setEnabled(false);
    connect(m_endSelected, &QPushButton::clicked, this, &SecurityPanel::endSelected);
    connect(m_endOthers, &QPushButton::clicked, this, [this] { endMany(u"others"_s); });
    connect(m_endAll, &QPushButton::clicked, this, [this] { endMany(u"all"_s); });
    connect(m_moreEvents, &QPushButton::clicked, this, [this] { loadEvents(true); });
    connect(m_newCodes, &QPushButton::clicked, this, &SecurityPanel::makeCodes);
    connect(m_password, &QLineEdit::returnPressed, this, &SecurityPanel::makeCodes);
}

QString SecurityPanel::describe(const QString &type)
{
    if (type == "login"_L1)
        return tr("Signed in");
    if (type == "login_failed"_L1)
        return tr("Wrong password");
    if (type == "throttled"_L1)
        return tr("Too many wrong passwords: sign-ins paused");
    if (type == "refresh_reuse_detected"_L1)
        return tr("Someone used an old sign-in; that session was ended");
    if (type == "session_revoked"_L1)
        return tr("Signed out a device");
    if (type == "password_changed"_L1)
        return tr("Password changed");
    if (type == "recovery_code_used"_L1)
        return tr("Signed in with a recovery code");
    if (type == "recovery_codes_regenerated"_L1)
        return tr("New recovery codes made");
    if (type == "recovery_failed"_L1)
        return tr("Wrong recovery code");
    return type;
}

void SecurityPanel::refresh()
{
    m_banner->hide();
    loadSessions();
    loadEvents(false);
    loadCodes();
}

void SecurityPanel::loadSessions()
{
    m_api->fetchSessions(
            [this](const ApiResult &result) {
                if (!result.ok()) {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                    return;
                }
                m_sessions->clear();
                for (const auto &s : result.object().value("items"_L1).toArray()) {
                    const QJsonObject o = s.toObject();
                    const bool current = o.value("current"_L1).toBool();
                    QString device = o.value("client"_L1).toString();
                    if (current)
                        device = tr("%1 (this device)").arg(device);
                    auto *item = new QTreeWidgetItem(m_sessions,
                                                     {device, localTime(o.value("createdAt"_L1)),
                                                      localTime(o.value("lastUsedAt"_L1))});
                    item->setData(0, IdRole, o.value("id"_L1).toInteger());
                    item->setData(0, CurrentRole, current);
                    if (current) {
                        QFont bold = item->font(0);
                        bold.setBold(true);
                        item->setFont(0, bold);
                    }
                }
                for (int c = 0; c < m_sessions->columnCount(); ++c)
                    m_sessions->resizeColumnToContents(c);
                m_endOthers->setEnabled(m_sessions->topLevelItemCount() > 1);
            },
            this);
}

void SecurityPanel::loadEvents(bool more)
{
    m_eventsPage = more ? m_eventsPage + 1 : 1;
    m_api->fetchSecurityEvents(
            m_eventsPage, EventsPerPage,
            [this](const ApiResult &result) {
                if (!result.ok())
                    return;
                if (m_eventsPage == 1)
                    m_events->clear();
                for (const auto &e : result.object().value("items"_L1).toArray()) {
                    const QJsonObject o = e.toObject();
                    auto *item = new QTreeWidgetItem(
                            m_events,
                            {localTime(o.value("at"_L1)), describe(o.value("type"_L1).toString()),
                             o.value("client"_L1).toString(), o.value("address"_L1).toString()});
                    item->setData(1, Qt::UserRole, o.value("type"_L1).toString());
                }
                for (int c = 0; c < m_events->columnCount(); ++c)
                    m_events->resizeColumnToContents(c);
                m_moreEvents->setVisible(m_events->topLevelItemCount()
                                         < result.object().value("total"_L1).toInt());
            },
            this);
}

void SecurityPanel::loadCodes()
{
    m_api->fetchUnusedRecoveryCodes(
            [this](const ApiResult &result) {
                if (!result.ok())
                    return;
                const int left = result.object().value("unused"_L1).toInt();
                m_codesLeft->setText(
                        left == 0 ? tr("You have no recovery codes left: make new ones, or a "
                                       "forgotten password locks you out.")
                                  : tr("%n recovery code(s) left. Each lets you set a new "
                                       "password once if you forget yours.",
                                       nullptr, left));
            },
            this);
}

void SecurityPanel::endSelected()
{
    const auto selected = m_sessions->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(0, IdRole).toLongLong();
    const bool current = selected.first()->data(0, CurrentRole).toBool();
    m_api->endSession(
            id,
            [this, current](const ApiResult &result) {
                if (current && result.ok()) {
                    Q_EMIT signedOutHere();
                    return;
                }
                if (!result.ok())
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                else
                    m_banner->showMessage(tr("That device is signed out."));
                loadSessions();
                loadEvents(false);
            },
            this);
}

void SecurityPanel::endMany(const QString &scope)
{
    m_api->endSessions(
            scope,
            [this, scope](const ApiResult &result) {
                if (result.ok() && scope == "all"_L1) {
                    Q_EMIT signedOutHere();
                    return;
                }
                if (!result.ok())
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                else
                    m_banner->showMessage(tr("Every other device is signed out."));
                loadSessions();
                loadEvents(false);
            },
            this);
}

void SecurityPanel::makeCodes()
{
    if (m_password->text().isEmpty()) {
        m_passwordError->show(tr("Enter your current password."));
        return;
    }
    m_newCodes->setEnabled(false);
    m_api->newRecoveryCodes(
            m_password->text(),
            [this](const ApiResult &result) {
                m_newCodes->setEnabled(true);
                if (!result.ok()) {
                    m_passwordError->show(ApiErrors::message(result));
                    return;
                }
                m_password->clear();
                QStringList codes;
                for (const auto &c : result.object().value("recoveryCodes"_L1).toArray())
                    codes << c.toString();
                auto *dialog = new RecoveryCodesDialog(
                        codes, m_api->session().user.value("email"_L1).toString(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
                loadCodes();
                loadEvents(false);
            },
            this);
}
