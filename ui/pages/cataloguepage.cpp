// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/moviedialog.h"
#include "models/movietablemodel.h"
#include "widgets/banner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int AnyYear = 1899; // the spin boxes' minimum, shown as "Any"
}

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
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_genre(new QComboBox(this))
    , m_yearFrom(new QSpinBox(this))
    , m_yearTo(new QSpinBox(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_adminBar(new QWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_details(new QWidget(this))
    , m_detailTitle(new QLabel(this))
    , m_detailForm(new QFormLayout)
    , m_emptyDetails(new QLabel(tr("Select a film to see its details."), this))
    , m_banner(new Banner(this))
    , m_confirm([](QWidget *owner, const QString &title, const QString &text) {
        return QMessageBox::question(owner, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
                == QMessageBox::Yes;
    })
{
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search titles and directors"));
    m_search->setClearButtonEnabled(true);
    m_genre->setObjectName(u"genre"_s);
    m_genre->addItem(tr("All genres"), QString());
    for (const QString &g : genres())
        m_genre->addItem(g, g);
    for (QSpinBox *box : {m_yearFrom, m_yearTo}) {
        box->setRange(AnyYear, 2100);
        box->setSpecialValueText(tr("Any"));
        box->setValue(AnyYear);
        box->setAccelerated(true);
    }
    m_yearFrom->setObjectName(u"yearFrom"_s);
    m_yearTo->setObjectName(u"yearTo"_s);
    m_count->setObjectName(u"count"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_genre, 1);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_yearFrom);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_yearTo);
    filters->addWidget(fromLabel);
    filters->addWidget(m_yearFrom);
    filters->addWidget(toLabel);
    filters->addWidget(m_yearTo);
    filters->addSpacing(12);
    filters->addWidget(m_count);

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
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(MovieTableModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(MovieTableModel::Year, 60);
    m_view->setColumnWidth(MovieTableModel::Genre, 130);
    m_view->setColumnWidth(MovieTableModel::Director, 170);
    m_view->setColumnWidth(MovieTableModel::Rating, 60);
    m_view->setColumnWidth(MovieTableModel::Tomatoes, 120);
    m_view->setColumnWidth(MovieTableModel::Runtime, 80);

    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setObjectName(u"detailTitle"_s);
    m_emptyDetails->setWordWrap(true);
    m_emptyDetails->setForegroundRole(QPalette::PlaceholderText);
    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addLayout(m_detailForm);
    detailLayout->addWidget(m_emptyDetails);
    detailLayout->addStretch(1);
    m_detailForm->setLabelAlignment(Qt::AlignRight);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_details);
    detailScroll->setWidgetResizable(true);
    detailScroll->setMinimumWidth(260);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_adminBar);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CataloguePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CataloguePage::applyFilter);
    connect(m_genre, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_yearFrom, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_yearTo, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &MovieTableModel::totalChanged, this, &CataloguePage::updateCount);
    connect(m_model, &MovieTableModel::loadingChanged, this, &CataloguePage::updateCount);
    connect(m_model, &MovieTableModel::loadFailed, this, [this](const QString &message) {
        m_banner->showMessage(message, Banner::Kind::Warning);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CataloguePage::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::showDetails);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_adminBar->isVisible())
            editMovie();
    });
    connect(add, &QPushButton::clicked, this, &CataloguePage::addMovie);
    connect(m_edit, &QPushButton::clicked, this, &CataloguePage::editMovie);
    connect(m_delete, &QPushButton::clicked, this, &CataloguePage::deleteMovie);
    showDetails();
    updateCount();
}

void CataloguePage::setAdmin(bool admin)
{
    m_adminBar->setVisible(admin);
}

void CataloguePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CataloguePage::refresh()
{
    m_banner->hide();
    m_model->reload();
}

void CataloguePage::clear()
{
    m_search->clear();
    m_genre->setCurrentIndex(0);
    m_yearFrom->setValue(AnyYear);
    m_yearTo->setValue(AnyYear);
    m_debounce->stop();
}

void CataloguePage::applyFilter()
{
    m_debounce->stop();
    MovieFilter f = m_model->filter();
    f.text = m_search->text();
    f.genre = m_genre->currentData().toString();
    f.yearFrom = m_yearFrom->value() == AnyYear ? 0 : m_yearFrom->value();
    f.yearTo = m_yearTo->value() == AnyYear ? 0 : m_yearTo->value();
    if (f.yearFrom && f.yearTo && f.yearFrom > f.yearTo)
        std::swap(f.yearFrom, f.yearTo);
    m_banner->hide();
    m_model->setFilter(f);
}

void CataloguePage::updateCount()
{
    const qint64 total = m_model->total();
    if (total < 0)
        m_count->setText(tr("Loading…"));
    else if (total == 0)
        m_count->setText(tr("No films match"));
    else
        m_count->setText(tr("%Ln film(s)", nullptr, int(total)));
}

QJsonObject CataloguePage::selectedMovie() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->movie(current.row()) : QJsonObject();
}

void CataloguePage::showDetails()
{
    const QJsonObject m = selectedMovie();
    const bool has = !m.isEmpty();
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    while (m_detailForm->rowCount() > 0)
        m_detailForm->removeRow(0);
    m_detailTitle->setVisible(has);
    m_emptyDetails->setVisible(!has);
    if (!has)
        return;
    const QLocale locale;
    const QString unknown = tr("unknown");
    auto text = [&](const char *key) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isNull() ? unknown : v.toString();
    };
    auto money = [&](const char *key) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isNull() ? unknown : tr("$%1").arg(locale.toString(v.toInteger()));
    };
    auto number = [&](const char *key, const QString &format) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isNull() ? unknown : format.arg(locale.toString(v.toDouble(), 'g', 3));
    };
    m_detailTitle->setText(m.value("title"_L1).isNull() ? tr("(untitled)") : text("title"));
    const QDate released = QDate::fromString(m.value("releaseDate"_L1).toString(), Qt::ISODate);
    const QList<QPair<QString, QString>> rows{
            {tr("Released"),
             released.isValid() ? locale.toString(released, QLocale::LongFormat) : unknown},
            {tr("Genre"), text("genre")},
            {tr("Director"), text("director")},
            {tr("Running time"), number("runtimeMinutes", tr("%1 minutes"))},
            {tr("Rated"), text("mpaaRating")},
            {tr("IMDb rating"), number("imdbRating", tr("%1 / 10"))},
            {tr("Rotten Tomatoes"), number("rottenTomatoesRating", tr("%1%"))},
            {tr("Distributor"), text("distributor")},
            {tr("US gross"), money("usGross")},
            {tr("Worldwide gross"), money("worldwideGross")},
            {tr("Budget"), money("productionBudget")},
    };
    for (const auto &[label, value] : rows) {
        auto *v = new QLabel(value, m_details);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_detailForm->addRow(label + u':', v);
    }
}

void CataloguePage::openEditor(const QJsonObject &movie)
{
    auto *dialog = new MovieDialog(m_api, movie, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MovieDialog::saved, this, [this](const QJsonObject &saved, bool created) {
        Q_EMIT statusMessage(created ? tr("Added “%1”.").arg(saved.value("title"_L1).toString())
                                     : tr("Saved “%1”.").arg(saved.value("title"_L1).toString()));
        m_model->reload();
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
    if (!m.isEmpty())
        openEditor(m);
}

void CataloguePage::deleteMovie()
{
    const QJsonObject m = selectedMovie();
    if (m.isEmpty())
        return;
    const QString title = m.value("title"_L1).toString();
    if (!m_confirm(this, tr("Delete film"),
                   tr("Delete “%1” from the catalogue? This cannot be undone.").arg(title)))
        return;
    m_api->deleteMovie(
            m.value("id"_L1).toInteger(),
            [this, title](const ApiResult &result) {
                if (!result.ok() && result.status != 404) {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                    return;
                }
                Q_EMIT statusMessage(tr("Deleted “%1”.").arg(title));
                m_model->reload();
            },
            this);
}
