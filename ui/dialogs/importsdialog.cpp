// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsdialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/importdialog.h"
#include "widgets/fielderror.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportsDialog::ImportsDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_list(new QTreeWidget(this))
    , m_undo(new QPushButton(tr("&Undo this import"), this))
    , m_error(new FieldError(this))
{
    setWindowTitle(tr("Imports"));
    setObjectName(u"importsDialog"_s);
    m_list->setObjectName(u"importsList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Rows"), tr("Changed")});
    m_list->setColumnWidth(0, 160);
    m_list->setColumnWidth(1, 220);
    m_list->setColumnWidth(2, 60);
    m_undo->setObjectName(u"undoImport"_s);
    m_undo->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 360);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportsDialog::undoSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_undo->setEnabled(item != nullptr); });
    refresh();
}

void ImportsDialog::refresh()
{
    m_api->fetchImports(
            [this](const ApiResult &result) {
                m_list->clear();
                if (!result.ok()) {
                    m_error->show(ApiErrors::message(result));
                    Q_EMIT loaded();
                    return;
                }
                const QLocale locale;
                for (const auto &v : result.object().value("items"_L1).toArray()) {
                    const QJsonObject o = v.toObject();
                    const QStringList changed
                            = ImportDialog::changesText(o.value("applied"_L1).toObject());
                    QStringList files;
                    for (const auto &f : o.value("files"_L1).toArray())
                        files << f.toString();
                    auto *item = new QTreeWidgetItem(
                            m_list,
                            {locale.toString(
                                     QDateTime::fromString(o.value("createdAt"_L1).toString(),
                                                           Qt::ISODate)
                                             .toLocalTime(),
                                     QLocale::ShortFormat),
                             o.value("format"_L1).toString() + u": "_s + files.join(u", "_s),
                             locale.toString(o.value("rows"_L1).toInt()),
                             changed.isEmpty() ? tr("nothing") : changed.join(u", "_s)});
                    item->setData(0, Qt::UserRole, o.value("id"_L1).toInteger());
                }
                if (m_list->topLevelItemCount() > 0)
                    m_list->setCurrentItem(m_list->topLevelItem(0));
                Q_EMIT loaded();
            },
            this);
}

void ImportsDialog::undoSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_undo->setEnabled(false);
    m_error->clear();
    m_api->undoImport(
            item->data(0, Qt::UserRole).toLongLong(),
            [this](const ApiResult &result) {
                if (!result.ok() && result.status != 404) {
                    m_error->show(ApiErrors::message(result));
                    m_undo->setEnabled(true);
                    return;
                }
                Q_EMIT undone();
                refresh();
            },
            this);
}
