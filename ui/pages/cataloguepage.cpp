// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/moviedialog.h"
#include "models/movietablemodel.h"
#include "uilogging.h"
#include "widgets/banner.h"
#include "widgets/catalogueview.h"
#include "widgets/minepanel.h"
#include "widgets/posterthumbnails.h"
#include "widgets/posterview.h"
#include "widgets/posterwall.h"
#include "widgets/starrating.h"
#include "widgets/yearbox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString HeaderKey = u"catalogue/header"_s;
const QString SplitterKey = u"catalogue/splitter"_s;
const QString WallKey = u"catalogue/wall"_s;
// How far a just-added or edited film is looked for in the result, in pages.
constexpr int MaxPagesToSearch = 50;

// The locale's long date without the weekday ("November 6, 2009", "6. November 2009"): short
// enough for the panel on one line.
QString releaseDate(const QDate &date, const QLocale &locale)
{
    static const QRegularExpression weekday(u"d{4}[,.]?\\s*"_s);
    return locale.toString(date, locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed());
}
} // namespace

QStringList CataloguePage::genres()
{
    return {u"Action"_s,
            u"Adventure"_s,
            u"Black Comedy"_s,
            u"Comedy"_s,
            u"Concert/Performance"_s,
            u"Documentary"_s,
            u"Drama"_s,
            u"Horror"_s,
            u"Musical"_s,
            u"Romantic Comedy"_s,
            u"Thriller/Suspense"_s,
            u"Western"_s};
}

CataloguePage::CataloguePage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new MovieTableModel(api, this))
    , m_view(new CatalogueView(this))
    , m_wall(new PosterWall(api, this))
    , m_views(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_genre(new QComboBox(this))
    , m_mine(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_minRating(new QComboBox(this))
    , m_yearFrom(new YearBox(this))
    , m_yearTo(new YearBox(this))
    , m_clearFilters(new QPushButton(tr("C&lear filters"), this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_adminBar(new QWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_openAction(new QAction(tr("&Show details"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_deleteAction(new QAction(tr("&Delete…"), this))
    , m_splitter(new QSplitter(this))
    , m_detailScroll(new QScrollArea(this))
    , m_details(new QWidget(this))
    , m_detailTitle(new QLabel(this))
    , m_detailForm(new QFormLayout)
    , m_emptyDetails(new QLabel(tr("Select a film to see its details."), this))
    , m_posterView(new PosterView(api, this))
    , m_minePanel(new MinePanel(api, this))
    , m_banner(new Banner(this))
    , m_confirm(&DeleteConfirmation::ask)
{
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search titles and directors"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->installEventFilter(this); // Escape clears it
    m_genre->setObjectName(u"genre"_s);
    m_genre->addItem(tr("All genres"), QString());
    for (const QString &g : genres())
        m_genre->addItem(g, g);
    m_mine->setObjectName(u"mineFilter"_s);
    m_mine->addItem(tr("All films"), QString());
    m_mine->addItem(tr("Watched"), u"watched"_s);
    m_mine->addItem(tr("Not watched"), u"notWatched"_s);
    m_mine->addItem(tr("Watchlist"), u"watchlist"_s);
    m_mine->addItem(tr("Favourites"), u"favourites"_s);
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents); // grows with new tags
    m_tag->setToolTip(tr("Only the films you gave this tag"));
    setTagChoices({});
    m_minRating->setObjectName(u"minRatingFilter"_s);
    m_minRating->setToolTip(tr("Only the films you rated at least so"));
    m_minRating->addItem(tr("Any rating"), 0.0);
    for (int halves = 10; halves >= 1; --halves) {
        const double stars = halves / 2.0;
        m_minRating->addItem(halves == 10 ? StarRating::text(stars)
                                          : tr("%1 or more").arg(StarRating::text(stars)),
                             stars);
    }
    // The filters show their whole text where there is room, and narrow with the window (down
    // to a few letters) rather than hold it wide.
    for (QComboBox *box : {m_genre, m_mine, m_tag, m_minRating})
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(u"MMMMMM"_s));
    m_yearFrom->setObjectName(u"yearFrom"_s);
    m_yearTo->setObjectName(u"yearTo"_s);
    m_clearFilters->setObjectName(u"clearFilters"_s);
    m_clearFilters->setEnabled(false);
    m_count->setObjectName(u"count"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_genre);
    filters->addWidget(m_mine);
    filters->addWidget(m_tag);
    filters->addWidget(m_minRating);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_yearFrom);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_yearTo);
    filters->addWidget(fromLabel);
    filters->addWidget(m_yearFrom);
    filters->addWidget(toLabel);
    filters->addWidget(m_yearTo);
    filters->addWidget(m_clearFilters);

    auto *add = new QPushButton(tr("&Add film…"), this);
    add->setObjectName(u"addMovie"_s);
    m_edit->setObjectName(u"editMovie"_s);
    m_delete->setObjectName(u"deleteMovie"_s);
    auto *adminLayout = new QHBoxLayout(m_adminBar);
    adminLayout->setContentsMargins(0, 0, 0, 0);
    adminLayout->addWidget(new QLabel(tr("Administrator:"), this));
    adminLayout->addWidget(add);
    adminLayout->addWidget(m_edit);
    adminLayout->addWidget(m_delete);
    adminLayout->addStretch(1);
    m_adminBar->setObjectName(u"adminBar"_s);
    m_adminBar->hide();

    m_view->setObjectName(u"movies"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->horizontalHeader();
    // The title keeps a readable width; the last column takes what is left, and a narrow
    // window scrolls sideways rather than squeezing the titles.
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(MovieTableModel::Title, 260);
    m_view->setColumnWidth(MovieTableModel::Year, 60);
    m_view->setColumnWidth(MovieTableModel::Genre, 130);
    m_view->setColumnWidth(MovieTableModel::Director, 170);
    m_view->setColumnWidth(MovieTableModel::Rating, 60);
    m_view->setColumnWidth(MovieTableModel::Tomatoes, 120);
    m_view->setColumnWidth(MovieTableModel::Runtime, 80);
    m_view->setItemDelegateForColumn(MovieTableModel::MyRating, new StarDelegate(m_view));
    m_view->setColumnWidth(MovieTableModel::MyRating,
                           StarRating::sizeHint(m_view->fontMetrics()).width() + 12);
    m_view->setColumnWidth(MovieTableModel::LastWatched, 90);
    m_view->installEventFilter(this); // rating keys
    // Yours first: title, year, my rating, watched, then the catalogue's columns (a person may
    // drag them elsewhere; the order is kept with the widths).
    header->setSectionsMovable(true);
    header->moveSection(header->visualIndex(MovieTableModel::MyRating), 2);
    header->moveSection(header->visualIndex(MovieTableModel::LastWatched), 3);
    m_view->setMinimumWidth(200);

    // The rows' actions: in the context menu, and as keys while the table has the focus.
    m_openAction->setObjectName(u"actionOpenMovie"_s);
    m_editAction->setObjectName(u"actionEditMovie"_s);
    m_deleteAction->setObjectName(u"actionDeleteMovie"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    auto *copyTitle = new QAction(tr("&Copy title"), this);
    copyTitle->setShortcut(QKeySequence::Copy);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    for (QAction *a : {m_openAction, m_editAction, m_deleteAction, copyTitle}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
    }
    m_view->addAction(separator);
    m_view->addAction(refreshAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // The wall: the same model and the same selection, so switching keeps the film chosen.
    m_wall->setModel(m_model);
    m_wall->setSelectionModel(m_view->selectionModel());
    m_wall->addActions(m_view->actions());
    m_wall->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_wall->installEventFilter(this); // rating keys
    m_wall->setMinimumWidth(200);
    m_views->addWidget(m_view);
    m_views->addWidget(m_wall);
    connect(m_openAction, &QAction::triggered, this, &CataloguePage::openMovie);
    connect(m_editAction, &QAction::triggered, this, &CataloguePage::editMovie);
    connect(m_deleteAction, &QAction::triggered, this, &CataloguePage::deleteMovie);
    connect(copyTitle, &QAction::triggered, this, [this] {
        const QJsonObject m = selectedMovie();
        if (!m.isEmpty())
            QApplication::clipboard()->setText(m.value("title"_L1).toString());
    });
    connect(refreshAction, &QAction::triggered, this, &CataloguePage::refresh);

    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setObjectName(u"detailTitle"_s);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_emptyDetails->setWordWrap(true);
    m_emptyDetails->setForegroundRole(QPalette::PlaceholderText);
    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->addWidget(m_posterView);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addLayout(m_detailForm);
    detailLayout->addWidget(m_minePanel);
    detailLayout->addWidget(m_emptyDetails);
    detailLayout->addStretch(1);
    m_detailForm->setLabelAlignment(Qt::AlignRight);
    m_detailForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_detailScroll->setObjectName(u"details"_s);
    m_detailScroll->setWidget(m_details);
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setMinimumWidth(260);
    // The panel wraps to its width rather than scrolling sideways.
    m_detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailScroll->setFocusPolicy(Qt::StrongFocus);

    // When the window is narrow the details give way (they can be collapsed), never the table.
    m_splitter->setObjectName(u"catalogueSplitter"_s);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);

    // The count sits under the table, where its changing width moves nothing.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_adminBar);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(footer);

    setTabOrder(m_search, m_genre);
    setTabOrder(m_genre, m_mine);
    setTabOrder(m_mine, m_tag);
    setTabOrder(m_tag, m_minRating);
    setTabOrder(m_minRating, m_yearFrom);
    setTabOrder(m_yearFrom, m_yearTo);
    setTabOrder(m_yearTo, m_clearFilters);
    setTabOrder(m_clearFilters, add);
    setTabOrder(add, m_edit);
    setTabOrder(m_edit, m_delete);
    setTabOrder(m_delete, m_view);
    setTabOrder(m_view, m_wall);
    setTabOrder(m_wall, m_detailScroll);

    // Every keystroke asks at once (a search answers in milliseconds even in a million films);
    // the timer only gathers what arrives in one go, such as a paste or a spin box held down.
    // Answers to an older filter are dropped by the model.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(0);
    connect(m_debounce, &QTimer::timeout, this, &CataloguePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_sinceKeystroke.start();
        m_debounce->start();
    });
    // How long from a keystroke to its first page on screen (tools/measure-typing reads it).
    connect(m_model, &MovieTableModel::pageLoaded, this, [this](int first) {
        if (first != 0 || !m_sinceKeystroke.isValid())
            return;
        // Read after the repaint the new rows asked for (a posted event, handled before timers).
        QTimer::singleShot(0, this, [this] {
            if (!m_sinceKeystroke.isValid())
                return;
            qCDebug(lcUi).noquote() << u"search: first page shown %1 ms after the keystroke"_s.arg(
                    double(m_sinceKeystroke.nsecsElapsed()) / 1e6, 0, 'f', 1);
            m_sinceKeystroke.invalidate();
        });
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CataloguePage::applyFilter);
    connect(m_genre, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_mine, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_minRating, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_minePanel, &MinePanel::mineChanged, m_model, &MovieTableModel::setMine);
    // A poster set or removed: the film's hasPoster changed; read it again.
    connect(m_posterView, &PosterView::posterChanged, this, [this](qint64 id) {
        m_wall->thumbnails()->forget(id);
        m_model->reload();
        reselect(id, {});
    });
    connect(m_minePanel, &MinePanel::tagsChanged, this, &CataloguePage::loadTags);
    connect(m_minePanel, &MinePanel::statusMessage, this, &CataloguePage::statusMessage);
    connect(m_model, &MovieTableModel::changeFailed, this, [this](const QString &message) {
        m_banner->showMessage(message, Banner::Kind::Warning);
    });
    connect(m_yearFrom, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_yearTo, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        clearFilters();
        m_search->setFocus();
    });
    connect(m_model, &MovieTableModel::totalChanged, this, &CataloguePage::updateCount);
    connect(m_model, &MovieTableModel::loadingChanged, this, &CataloguePage::updateCount);
    connect(m_model, &MovieTableModel::loadFailed, this, [this](const QString &message) {
        m_banner->showMessage(message, Banner::Kind::Warning);
    });
    connect(m_model, &MovieTableModel::pageLoaded, this, &CataloguePage::lookForPending);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CataloguePage::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_view->selectionModel()->currentIndex().row();
                if (row >= from.row() && row <= to.row())
                    showDetails();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::showDetails);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                const qint64 id = selectedId();
                m_model->sort(column, order);
                if (id)
                    reselect(id);
                saveLayout();
            });
    connect(header, &QHeaderView::sectionResized, this, &CataloguePage::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, this, &CataloguePage::saveLayout);
    connect(add, &QPushButton::clicked, this, &CataloguePage::addMovie);
    connect(m_edit, &QPushButton::clicked, this, &CataloguePage::editMovie);
    connect(m_delete, &QPushButton::clicked, this, &CataloguePage::deleteMovie);
    restoreLayout();
    setAdmin(false);
    showDetails();
    updateCount();
}

CataloguePage::~CataloguePage()
{
    saveLayout();
}

void CataloguePage::restoreLayout()
{
    QSettings settings;
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker blocker(header);
    if (!header->restoreState(settings.value(HeaderKey).toByteArray()))
        header->setSortIndicator(MovieTableModel::Title, Qt::AscendingOrder);
    if (header->sortIndicatorSection() < 0
        || header->sortIndicatorSection() >= MovieTableModel::ColumnCount)
        header->setSortIndicator(MovieTableModel::Title, Qt::AscendingOrder);
    MovieFilter f = m_model->filter();
    f.sort = MovieTableModel::sortKey(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_model->setFilter(f);
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({900, 300});
    m_views->setCurrentWidget(
            settings.value(WallKey, false).toBool() ? static_cast<QWidget *>(m_wall) : m_view);
}

void CataloguePage::setWallShown(bool shown)
{
    if (shown == isWallShown())
        return;
    const bool focused = currentView()->hasFocus();
    m_views->setCurrentWidget(shown ? static_cast<QWidget *>(m_wall) : m_view);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        currentView()->scrollTo(m_model->index(current.row(), MovieTableModel::Title),
                                QAbstractItemView::PositionAtCenter);
    if (focused)
        currentView()->setFocus();
    QSettings().setValue(WallKey, shown);
    Q_EMIT wallShownChanged(shown);
}

bool CataloguePage::isWallShown() const
{
    return m_views->currentWidget() == m_wall;
}

QAbstractItemView *CataloguePage::currentView() const
{
    return isWallShown() ? static_cast<QAbstractItemView *>(m_wall) : m_view;
}

void CataloguePage::saveLayout() const
{
    QSettings settings;
    settings.setValue(HeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void CataloguePage::setAdmin(bool admin)
{
    m_admin = admin;
    m_posterView->setAdmin(admin);
    m_adminBar->setVisible(admin);
    m_editAction->setVisible(admin);
    m_deleteAction->setVisible(admin);
    m_deleteAction->setEnabled(admin);
    // Enter opens the film: the editor for administrators, the details for everyone else.
    const QList<QKeySequence> enter{Qt::Key_Return, Qt::Key_Enter};
    m_openAction->setShortcuts(admin ? QList<QKeySequence>() : enter);
    m_editAction->setShortcuts(admin ? enter : QList<QKeySequence>());
    m_openAction->setVisible(!admin);
}

bool CataloguePage::eventFilter(QObject *watched, QEvent *event)
{
    // Rating keys on the table rate the current film.
    if ((watched == m_view || watched == m_wall) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_model->isLoaded(current.row())
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            const QModelIndex cell = m_model->index(current.row(), MovieTableModel::MyRating);
            const QVariant now = cell.data(MovieTableModel::RatingRole);
            bool handled = false;
            const auto next = StarRating::afterKey(now.isValid() ? std::optional(now.toDouble())
                                                                 : std::nullopt,
                                                   key->key(), &handled);
            if (handled) {
                m_model->setData(cell, next ? QVariant(*next) : QVariant(),
                                 MovieTableModel::RatingRole);
                return true;
            }
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_search->text().isEmpty()) {
        m_search->clear();
        applyFilter();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CataloguePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CataloguePage::refresh()
{
    m_banner->hide();
    loadTags();
    const qint64 id = selectedId();
    m_model->reload();
    if (id)
        reselect(id);
}

void CataloguePage::clear()
{
    const QSignalBlocker blocker(m_search);
    clearFilters();
    m_debounce->stop();
}

void CataloguePage::clearFilters()
{
    resetFilters();
    applyFilter();
}

void CataloguePage::resetFilters()
{
    const QSignalBlocker s(m_search), g(m_genre), m(m_mine), tag(m_tag), r(m_minRating),
            f(m_yearFrom), t(m_yearTo);
    m_search->clear();
    m_genre->setCurrentIndex(0);
    m_mine->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_minRating->setCurrentIndex(0);
    m_yearFrom->setYear(0);
    m_yearTo->setYear(0);
}

void CataloguePage::applyFilter()
{
    m_debounce->stop();
    // A from-year after the to-year: the boxes are swapped, so what they say is what is asked.
    if (!m_yearFrom->isAny() && !m_yearTo->isAny() && m_yearFrom->year() > m_yearTo->year()) {
        const QSignalBlocker f(m_yearFrom), t(m_yearTo);
        const int from = m_yearTo->year();
        m_yearTo->setYear(m_yearFrom->year());
        m_yearFrom->setYear(from);
    }
    MovieFilter f = m_model->filter();
    f.text = m_search->text();
    f.genre = m_genre->currentData().toString();
    f.mine = m_mine->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.minRating = m_minRating->currentData().toDouble();
    f.yearFrom = m_yearFrom->year();
    f.yearTo = m_yearTo->year();
    m_clearFilters->setEnabled(!f.text.trimmed().isEmpty() || !f.genre.isEmpty()
                               || !f.mine.isEmpty() || !f.tag.isEmpty() || f.minRating > 0
                               || f.yearFrom || f.yearTo);
    m_banner->hide();
    m_model->setFilter(f);
    updateEmptyText();
}

void CataloguePage::updateCount()
{
    const qint64 total = m_model->total();
    if (total < 0)
        m_count->setText(tr("Loading…"));
    else if (total == 0)
        m_count->setText(tr("No films match"));
    else if (!m_model->isTotalExact())
        m_count->setText(tr("%L1+ films").arg(total)); // counted only so far: a lower bound
    else
        m_count->setText(tr("%Ln film(s)", nullptr, int(total)));
    updateEmptyText();
}

void CataloguePage::updateEmptyText()
{
    const QString text = emptyText();
    m_view->setEmptyText(text);
    m_wall->setEmptyText(text);
}

QString CataloguePage::emptyText() const
{
    if (m_model->total() != 0)
        return {};
    const MovieFilter f = m_model->filter();
    QStringList causes;
    if (!f.text.trimmed().isEmpty())
        causes << tr("the search “%1”").arg(f.text.trimmed());
    if (!f.genre.isEmpty())
        causes << tr("the genre %1").arg(m_genre->currentText());
    if (!f.mine.isEmpty())
        causes << tr("“%1”").arg(m_mine->currentText());
    if (!f.tag.isEmpty())
        causes << tr("the tag “%1”").arg(f.tag);
    if (f.minRating > 0)
        causes << tr("your rating of %1 or more").arg(StarRating::text(f.minRating));
    if (f.yearFrom && f.yearTo)
        causes << tr("the years %1 to %2").arg(f.yearFrom).arg(f.yearTo);
    else if (f.yearFrom)
        causes << tr("the years from %1").arg(f.yearFrom);
    else if (f.yearTo)
        causes << tr("the years up to %1").arg(f.yearTo);
    if (causes.isEmpty())
        return tr("The catalogue is empty.");
    return tr("No films match %1.").arg(QLocale().createSeparatedList(causes)) + u"\n\n"_s
            + tr("Try other words or filters, or press “Clear filters” to see every film.");
}

qint64 CataloguePage::selectedId() const
{
    return selectedMovie().value("id"_L1).toInteger();
}

QJsonObject CataloguePage::selectedMovie() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->movie(current.row()) : QJsonObject();
}

void CataloguePage::reselect(qint64 id, const QString &notFound)
{
    m_pendingId = id;
    m_pendingNotFound = notFound;
    m_pagesSearched = 0;
    if (m_model->total() >= 0)
        lookForPending(-1);
}

void CataloguePage::lookForPending(int)
{
    if (!m_pendingId)
        return;
    const int row = m_model->rowOf(m_pendingId);
    if (row >= 0) {
        m_pendingId = 0;
        const QModelIndex index = m_model->index(row, MovieTableModel::Title);
        m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        currentView()->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return;
    }
    // Not in what is loaded: ask for the next page not in yet, if there is one to look in.
    const int rows = m_model->rowCount();
    for (int first = 0; first < rows; first += MovieTableModel::PageSize) {
        if (m_model->isLoaded(first))
            continue;
        if (m_pagesSearched++ < MaxPagesToSearch) {
            m_model->index(first, MovieTableModel::Title).data(); // asks for that page
            return;
        }
        break;
    }
    if (m_model->isLoading())
        return; // answers still to come
    m_pendingId = 0;
    if (!m_pendingNotFound.isEmpty())
        Q_EMIT statusMessage(m_pendingNotFound);
}

void CataloguePage::showDetails()
{
    const QJsonObject m = selectedMovie();
    const bool has = !m.isEmpty();
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_editAction->setEnabled(has && m_admin);
    m_deleteAction->setEnabled(has && m_admin);
    while (m_detailForm->rowCount() > 0)
        m_detailForm->removeRow(0);
    m_detailTitle->setVisible(has);
    m_emptyDetails->setVisible(!has);
    m_minePanel->setMovie(m);
    m_posterView->setMovie(m);
    m_posterView->setVisible(has);
    if (!has)
        return;
    const QLocale locale;
    const QString unknown = tr("unknown");
    auto text = [&](const char *key) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isString() ? v.toString() : unknown;
    };
    auto orUnknown = [&](const QString &value) { return value.isEmpty() ? unknown : value; };
    auto money = [&](const char *key) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isDouble() ? tr("$%1").arg(locale.toString(v.toInteger())) : unknown;
    };
    const QJsonValue rating = m.value("imdbRating"_L1);
    const QJsonValue runtime = m.value("runtimeMinutes"_L1);
    m_detailTitle->setText(m.value("title"_L1).isString() ? text("title") : tr("(untitled)"));
    const QDate released = QDate::fromString(m.value("releaseDate"_L1).toString(), Qt::ISODate);
    struct Row
    {
        QString label;
        QString value;
        bool wraps;
    };
    const QList<Row> rows{
            {tr("Released"), released.isValid() ? releaseDate(released, locale) : unknown, false},
            {tr("Genre"), text("genre"), true},
            {tr("Director"), text("director"), true},
            {tr("Running time"),
             runtime.isDouble() ? tr("%1 minutes").arg(locale.toString(runtime.toInt())) : unknown,
             false},
            {tr("Rated"), text("mpaaRating"), false},
            {tr("IMDb rating"),
             rating.isDouble() ? tr("%1 / 10").arg(MovieTableModel::ratingText(rating)) : unknown,
             false},
            {tr("Rotten Tomatoes"),
             orUnknown(MovieTableModel::tomatoesText(m.value("rottenTomatoesRating"_L1))), false},
            {tr("Distributor"), text("distributor"), true},
            {tr("US gross"), money("usGross"), false},
            {tr("Worldwide gross"), money("worldwideGross"), false},
            {tr("Budget"), money("productionBudget"), false},
    };
    for (const Row &row : rows) {
        auto *v = new QLabel(row.value, m_details);
        v->setWordWrap(row.wraps);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (row.value == unknown)
            v->setForegroundRole(QPalette::PlaceholderText);
        m_detailForm->addRow(row.label + u':', v);
    }
}

void CataloguePage::openMovie()
{
    if (selectedMovie().isEmpty())
        return;
    if (m_admin)
        editMovie();
    else
        m_detailScroll->setFocus();
}

void CataloguePage::openEditor(const QJsonObject &movie)
{
    auto *dialog = new MovieDialog(m_api, movie, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MovieDialog::saved, this, [this](const QJsonObject &saved, bool created) {
        const QString title = saved.value("title"_L1).toString();
        Q_EMIT statusMessage(created ? tr("Added “%1”.").arg(title) : tr("Saved “%1”.").arg(title));
        m_model->reload();
        reselect(saved.value("id"_L1).toInteger(),
                 tr("Saved “%1”; it does not match the current search and filters.").arg(title));
    });
    dialog->open();
}

void CataloguePage::addMovie()
{
    openEditor({});
}

void CataloguePage::editMovie()
{
    const QJsonObject m = selectedMovie();
    if (m_admin && !m.isEmpty())
        openEditor(m);
}

void CataloguePage::deleteMovie()
{
    const QJsonObject m = selectedMovie();
    if (!m_admin || m.isEmpty())
        return;
    const QString title = m.value("title"_L1).toString();
    if (!m_confirm(this, tr("Delete film"),
                   tr("Delete “%1” from the catalogue? This cannot be undone.").arg(title)))
        return;
    const int row = m_view->selectionModel()->currentIndex().row();
    m_api->deleteMovie(
            m.value("id"_L1).toInteger(),
            [this, title, row](const ApiResult &result) {
                if (!result.ok() && result.status != 404) {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                    return;
                }
                Q_EMIT statusMessage(tr("Deleted “%1”.").arg(title));
                m_model->reload();
                // The film that took its place is selected, so Delete can go on.
                m_pendingId = 0;
                connect(
                        m_model, &MovieTableModel::pageLoaded, this,
                        [this, row] {
                            const int target = qMin(row, m_model->rowCount() - 1);
                            if (target >= 0) {
                                m_view->selectRow(target);
                                currentView()->scrollTo(
                                        m_model->index(target, MovieTableModel::Title));
                            }
                        },
                        Qt::SingleShotConnection);
            },
            this);
}

void CataloguePage::loadTags()
{
    m_api->fetchTags(
            [this](const ApiResult &result) {
                if (!result.ok())
                    return; // the filter keeps the tags it had
                QStringList tags;
                for (const auto &t : result.object().value("items"_L1).toArray())
                    tags << t.toObject().value("name"_L1).toString();
                setTagChoices(tags);
            },
            this);
}

void CataloguePage::setTagChoices(const QStringList &tags)
{
    m_minePanel->setKnownTags(tags);
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    QStringList sorted = tags;
    sorted.sort(Qt::CaseInsensitive);
    for (const QString &tag : std::as_const(sorted))
        m_tag->addItem(tag, tag);
    m_tag->setEnabled(!tags.isEmpty() || !current.isEmpty());
    if (current.isEmpty())
        return;
    int index = m_tag->findData(current, Qt::UserRole, Qt::MatchFixedString);
    if (index < 0) {
        // A tag no film carries any more stays chosen until the person picks another.
        m_tag->addItem(current, current);
        index = m_tag->count() - 1;
    }
    m_tag->setCurrentIndex(index);
}

void CataloguePage::showMovie(qint64 id, const QString &title)
{
    resetFilters();
    {
        const QSignalBlocker s(m_search);
        m_search->setText(title);
    }
    applyFilter();
    reselect(id, tr("“%1” is not in the catalogue any more.").arg(title));
    currentView()->setFocus();
}

void CataloguePage::refreshMine(qint64 id)
{
    m_minePanel->refreshMine(id);
}
