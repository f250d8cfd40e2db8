// SPDX-License-Identifier: GPL-3.0-or-later
#include "diarypage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/viewingdialog.h"
#include "models/filmtext.h"
#include "widgets/banner.h"
#include "widgets/starrating.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { DateColumn, FilmColumn, RatingColumn, RewatchColumn, NoteColumn, ColumnCount };
constexpr int ViewingRole = Qt::UserRole; // a viewing row: its Viewing object
constexpr int MonthRole = Qt::UserRole + 1; // a month row: its first day

} // namespace

DiaryPage::DiaryPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(new Banner(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_show(new QPushButton(tr("&Show in catalogue"), this))
    , m_confirm(&DeleteConfirmation::ask)
{
    setObjectName(u"diary"_s);
    m_summary->setObjectName(u"diarySummary"_s);
    m_list->setObjectName(u"diaryList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Date"), tr("Film"), tr("Rating"), tr("Rewatch"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(DateColumn, 150);
    m_list->setColumnWidth(FilmColumn, 320);
    m_list->setColumnWidth(RatingColumn, m_list->fontMetrics().horizontalAdvance(u"★★★★★"_s) + 24);
    m_list->setColumnWidth(RewatchColumn, 80);
    m_empty->setObjectName(u"diaryEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("Your diary is empty.\n\nMark a film watched in the catalogue "
                        "(“Watched today” in its panel) and it appears here."));
    m_empty->hide();
    m_edit->setObjectName(u"editViewing"_s);
    m_delete->setObjectName(u"deleteViewing"_s);
    m_show->setObjectName(u"showViewingFilm"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    // The rows' actions: keys while the list has the focus, and its context menu.
    auto *edit = new QAction(tr("&Edit…"), this);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    auto *remove = new QAction(tr("&Delete…"), this);
    remove->setShortcut(QKeySequence::Delete);
    auto *show = new QAction(tr("&Show in catalogue"), this);
    for (QAction *a : {show, edit, remove}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(a);
    }
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(edit, &QAction::triggered, this, &DiaryPage::editSelected);
    connect(remove, &QAction::triggered, this, &DiaryPage::deleteSelected);
    connect(show, &QAction::triggered, this, &DiaryPage::showSelectedFilm);
    connect(m_edit, &QPushButton::clicked, this, &DiaryPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &DiaryPage::deleteSelected);
    connect(m_show, &QPushButton::clicked, this, &DiaryPage::showSelectedFilm);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &DiaryPage::editSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DiaryPage::updateActions);
    // The next page comes as the end of the list comes into view.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_list->verticalScrollBar()->maximum() - 5)
            fetchNext();
    });
    updateActions();
    updateSummary();
}

void DiaryPage::clear()
{
    ++m_generation;
    m_list->clear();
    m_nextPage = 1;
    m_loaded = 0;
    m_total = -1;
    m_fetching = false;
    m_keepSelected = 0;
    m_empty->hide();
    m_list->show();
    updateActions();
    updateSummary();
}

void DiaryPage::refresh()
{
    const qint64 keep = selectedViewing().value("id"_L1).toInteger();
    clear();
    m_keepSelected = keep;
    m_banner->hide();
    fetchNext();
}

void DiaryPage::fetchNext()
{
    if (m_fetching || (m_total >= 0 && m_loaded >= m_total))
        return;
    m_fetching = true;
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(m_nextPage));
    query.addQueryItem(u"pageSize"_s, QString::number(PageSize));
    m_api->fetchViewings(
            query,
            [this, generation = m_generation](const ApiResult &result) {
                if (generation != m_generation)
                    return;
                m_fetching = false;
                if (!result.ok()) {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                    Q_EMIT pageLoaded();
                    return;
                }
                const QJsonObject page = result.object();
                m_total = page.value("total"_L1).toInteger();
                ++m_nextPage;
                append(page.value("items"_L1).toArray());
                updateSummary();
                const bool more = m_loaded < m_total;
                // The viewing to keep selected may be further down (bounded: then the newest).
                if (m_keepSelected && (!more || m_nextPage > MaxPagesToKeep)) {
                    m_keepSelected = 0;
                    selectFirst();
                }
                Q_EMIT pageLoaded();
                // A tall window shows the whole first page: fetch on until it scrolls.
                if (more && (m_keepSelected || m_list->verticalScrollBar()->maximum() == 0))
                    fetchNext();
            },
            this);
}

QTreeWidgetItem *DiaryPage::monthItem(const QDate &month)
{
    // Viewings come newest first, so a month is either the last one or new.
    const int count = m_list->topLevelItemCount();
    if (count > 0) {
        QTreeWidgetItem *last = m_list->topLevelItem(count - 1);
        if (last->data(DateColumn, MonthRole).toDate() == month)
            return last;
    }
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(DateColumn, MonthRole, month);
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
    QFont bold = m_list->font();
    bold.setBold(true);
    item->setFont(DateColumn, bold);
    item->setExpanded(true);
    return item;
}

void DiaryPage::append(const QJsonArray &items)
{
    const QLocale locale;
    QTreeWidgetItem *keep = nullptr;
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        const QDate date = QDate::fromString(o.value("watchedOn"_L1).toString(), Qt::ISODate);
        QTreeWidgetItem *month = monthItem(QDate(date.year(), date.month(), 1));
        auto *row = new QTreeWidgetItem(month);
        row->setData(DateColumn, ViewingRole, o);
        row->setText(DateColumn, locale.toString(date, u"ddd d"_s));
        row->setToolTip(DateColumn, locale.toString(date, QLocale::LongFormat));
        const QString film = FilmText::titleAndYear(o.value("movie"_L1).toObject());
        row->setText(FilmColumn, film);
        row->setToolTip(FilmColumn, film);
        if (o.value("rating"_L1).isDouble())
            row->setText(RatingColumn, StarRating::text(o.value("rating"_L1).toDouble()));
        if (o.value("rewatch"_L1).toBool())
            row->setText(RewatchColumn, tr("rewatch"));
        const QString note = o.value("note"_L1).toString();
        row->setText(NoteColumn, note.simplified());
        row->setToolTip(NoteColumn, note);
        ++m_loaded;
        if (m_keepSelected && o.value("id"_L1).toInteger() == m_keepSelected)
            keep = row;
    }
    // Each month says how many films were watched in it (of those loaded so far).
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *month = m_list->topLevelItem(i);
        const QDate first = month->data(DateColumn, MonthRole).toDate();
        month->setText(DateColumn,
                       tr("%1 · %Ln film(s)", nullptr, month->childCount())
                               .arg(locale.toString(first, u"MMMM yyyy"_s)));
    }
    if (keep) {
        m_keepSelected = 0;
        m_list->setCurrentItem(keep);
        m_list->scrollToItem(keep);
    } else if (!m_keepSelected) {
        selectFirst();
    }
    updateActions();
}

void DiaryPage::selectFirst()
{
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0
        && m_list->topLevelItem(0)->childCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0)->child(0));
}

void DiaryPage::updateSummary()
{
    const bool empty = m_total == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    if (m_total < 0)
        m_summary->setText(tr("Loading…"));
    else
        m_summary->setText(tr("%Ln viewing(s)", nullptr, int(m_total)));
}

QJsonObject DiaryPage::selectedViewing() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(DateColumn, ViewingRole).toJsonObject() : QJsonObject();
}

void DiaryPage::updateActions()
{
    const bool has = !selectedViewing().isEmpty();
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_show->setEnabled(has);
}

void DiaryPage::editSelected()
{
    const QJsonObject viewing = selectedViewing();
    if (viewing.isEmpty())
        return;
    auto *dialog = new ViewingDialog(m_api, viewing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ViewingDialog::saved, this, [this](const QJsonObject &saved) {
        Q_EMIT statusMessage(tr("Saved the viewing."));
        Q_EMIT movieChanged(saved.value("movieId"_L1).toInteger());
        refresh(); // its date may have moved it
    });
    dialog->open();
}

void DiaryPage::deleteSelected()
{
    const QJsonObject viewing = selectedViewing();
    if (viewing.isEmpty())
        return;
    const QString film = FilmText::titleAndYear(viewing.value("movie"_L1).toObject());
    const QDate date = QDate::fromString(viewing.value("watchedOn"_L1).toString(), Qt::ISODate);
    if (!m_confirm(this, tr("Delete viewing"),
                   tr("Delete your viewing of %1 on %2 from the diary?")
                           .arg(film, QLocale().toString(date, QLocale::LongFormat))))
        return;
    const qint64 movieId = viewing.value("movieId"_L1).toInteger();
    // The row below takes its place.
    const QTreeWidgetItem *current = m_list->currentItem();
    const QTreeWidgetItem *next = m_list->itemBelow(current);
    if (next && next->data(DateColumn, ViewingRole).isNull())
        next = m_list->itemBelow(next); // a month's heading: the first viewing under it
    const qint64 nextId = next
            ? next->data(DateColumn, ViewingRole).toJsonObject().value("id"_L1).toInteger()
            : 0;
    m_api->deleteViewing(
            viewing.value("id"_L1).toInteger(),
            [this, movieId, nextId, film](const ApiResult &result) {
                if (!result.ok() && result.status != 404) {
                    m_banner->showMessage(ApiErrors::viewingMessage(result), Banner::Kind::Warning);
                    return;
                }
                Q_EMIT statusMessage(tr("Deleted the viewing of %1.").arg(film));
                Q_EMIT movieChanged(movieId);
                clear();
                m_keepSelected = nextId;
                fetchNext();
            },
            this);
}

void DiaryPage::showSelectedFilm()
{
    const QJsonObject viewing = selectedViewing();
    if (viewing.isEmpty())
        return;
    const QJsonObject movie = viewing.value("movie"_L1).toObject();
    Q_EMIT showMovieRequested(viewing.value("movieId"_L1).toInteger(),
                              movie.value("title"_L1).toString());
}
