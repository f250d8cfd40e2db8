// SPDX-License-Identifier: GPL-3.0-or-later
#include "minepanel.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/viewingdialog.h"
#include "widgets/fielderror.h"
#include "widgets/starrating.h"
#include "widgets/tagsedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int ViewingRole = Qt::UserRole; // the Viewing object of a row
}

MinePanel::MinePanel(ApiClient *api, QWidget *parent)
    : QGroupBox(tr("Yours"), parent)
    , m_api(api)
    , m_rating(new StarRatingEdit(this))
    , m_watchlist(new QCheckBox(tr("On my &watchlist"), this))
    , m_favourite(new QCheckBox(tr("A fa&vourite"), this))
    , m_watchedOn(new QDateEdit(QDate::currentDate(), this))
    , m_viewings(new QListWidget(this))
    , m_removeViewing(new QPushButton(tr("Remove this viewing"), this))
    , m_tags(new TagsEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new FieldError(this))
{
    setObjectName(u"yours"_s);
    m_watchlist->setObjectName(u"watchlist"_s);
    m_favourite->setObjectName(u"favourite"_s);
    auto *today = new QPushButton(tr("Watched &today"), this);
    today->setObjectName(u"watchedToday"_s);
    m_watchedOn->setObjectName(u"watchedOn"_s);
    m_watchedOn->setCalendarPopup(true);
    m_watchedOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_watchedOn->setMinimumDate(QDate(1870, 1, 1));
    m_watchedOn->setMaximumDate(QDate::currentDate());
    auto *onDate = new QPushButton(tr("Watched &on"), this);
    onDate->setObjectName(u"watchedOnDate"_s);
    m_viewings->setObjectName(u"viewings"_s);
    m_viewings->setMaximumHeight(120);
    m_viewings->setToolTip(tr("Double-click a viewing to edit it."));
    m_removeViewing->setObjectName(u"removeViewing"_s);
    m_removeViewing->setEnabled(false);
    m_error->setObjectName(u"yoursError"_s);
    m_tags->setObjectName(u"tags"_s);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Your notes"));
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    auto *saveNotes = new QPushButton(tr("Save &notes"), this);
    saveNotes->setObjectName(u"saveNotes"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rating);
    layout->addWidget(m_watchlist);
    layout->addWidget(m_favourite);
    auto *watched = new QHBoxLayout;
    watched->addWidget(today);
    watched->addStretch(1);
    layout->addLayout(watched);
    auto *dated = new QHBoxLayout;
    dated->addWidget(onDate);
    dated->addWidget(m_watchedOn, 1);
    layout->addLayout(dated);
    layout->addWidget(m_viewings);
    layout->addWidget(m_removeViewing, 0, Qt::AlignLeft);
    layout->addWidget(m_tags);
    layout->addWidget(m_notes);
    layout->addWidget(saveNotes, 0, Qt::AlignLeft);
    layout->addWidget(m_error);

    connect(m_rating, &StarRatingEdit::ratingChosen, this, [this](std::optional<double> r) {
        change({{u"rating"_s, r ? QJsonValue(*r) : QJsonValue()}});
    });
    connect(m_watchlist, &QCheckBox::clicked, this, [this](bool on) {
        change({{u"watchlist"_s, on}});
    });
    connect(m_favourite, &QCheckBox::clicked, this, [this](bool on) {
        change({{u"favourite"_s, on}});
    });
    connect(today, &QPushButton::clicked, this, [this] { markWatched(QDate::currentDate()); });
    connect(onDate, &QPushButton::clicked, this, [this] { markWatched(m_watchedOn->date()); });
    connect(m_viewings, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeViewing->setEnabled(row >= 0 && m_viewings->item(row)->data(ViewingRole).isValid());
    });
    connect(m_viewings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { editViewing(m_viewings->row(item)); });
    connect(m_removeViewing, &QPushButton::clicked, this, &MinePanel::removeViewing);
    connect(m_tags, &QLineEdit::returnPressed, this, [this] {
        QJsonArray tags;
        for (const QString &tag : m_tags->tags())
            tags.append(tag);
        change({{u"tags"_s, tags}});
    });
    connect(saveNotes, &QPushButton::clicked, this, [this] {
        const QString notes = m_notes->toPlainText().trimmed();
        change({{u"notes"_s, notes.isEmpty() ? QJsonValue() : QJsonValue(notes)}});
    });
    hide();
}

qint64 MinePanel::movieId() const
{
    return m_movie.value("id"_L1).toInteger();
}

void MinePanel::setKnownTags(const QStringList &tags)
{
    m_tags->setKnownTags(tags);
}

void MinePanel::setMovie(const QJsonObject &movie)
{
    m_movie = movie;
    setVisible(!movie.isEmpty());
    if (movie.isEmpty())
        return;
    const QJsonObject mine = movie.value("mine"_L1).toObject();
    m_rating->setRating(mine.value("rating"_L1).isDouble()
                                ? std::optional(mine.value("rating"_L1).toDouble())
                                : std::nullopt);
    m_watchlist->setChecked(mine.value("watchlist"_L1).toBool());
    m_favourite->setChecked(mine.value("favourite"_L1).toBool());
    m_watchedOn->setMaximumDate(QDate::currentDate());
    QStringList tags;
    for (const auto &tag : mine.value("tags"_L1).toArray())
        tags << tag.toString();
    // What the person is typing stays as typed.
    if (!m_tags->hasFocus())
        m_tags->setTags(tags);
    if (!m_notes->hasFocus())
        m_notes->setPlainText(mine.value("notes"_L1).toString());
    const int times = mine.value("timesWatched"_L1).toInt();
    if (m_viewingsOf != movieId() || m_timesWatched != times) {
        m_error->clear();
        loadViewings(movieId());
    }
    m_timesWatched = times;
}

void MinePanel::loadViewings(qint64 movieId)
{
    m_viewingsOf = movieId;
    m_viewings->clear();
    m_removeViewing->setEnabled(false);
    QUrlQuery query;
    query.addQueryItem(u"movieId"_s, QString::number(movieId));
    query.addQueryItem(u"pageSize"_s, u"200"_s);
    m_api->fetchViewings(
            query,
            [this, movieId](const ApiResult &result) {
                if (m_viewingsOf != movieId)
                    return; // another film meanwhile
                if (!result.ok()) {
                    m_error->show(ApiErrors::message(result));
                    return;
                }
                m_viewings->clear();
                const QLocale locale;
                for (const auto &v : result.object().value("items"_L1).toArray()) {
                    const QJsonObject o = v.toObject();
                    QString text = locale.toString(
                            QDate::fromString(o.value("watchedOn"_L1).toString(), Qt::ISODate),
                            QLocale::LongFormat);
                    if (o.value("rewatch"_L1).toBool())
                        text += u" · "_s + tr("rewatch");
                    if (o.value("rating"_L1).isDouble())
                        text += u" · "_s + StarRating::text(o.value("rating"_L1).toDouble());
                    if (o.value("note"_L1).isString())
                        text += u" · "_s + o.value("note"_L1).toString();
                    auto *item = new QListWidgetItem(text, m_viewings);
                    item->setData(ViewingRole, o);
                    item->setToolTip(text);
                }
                if (m_viewings->count() == 0) {
                    auto *none = new QListWidgetItem(tr("Not watched yet."), m_viewings);
                    none->setFlags(Qt::NoItemFlags);
                }
            },
            this);
}

void MinePanel::change(const QJsonObject &change)
{
    const qint64 id = movieId();
    if (!id)
        return;
    m_error->clear();
    m_api->updateMine(
            id, change,
            [this, id, change, movie = m_movie](const ApiResult &result) {
                if (result.ok()) {
                    Q_EMIT mineChanged(id, result.object());
                    if (change.contains("tags"_L1))
                        Q_EMIT tagsChanged();
                    return;
                }
                m_error->show(ApiErrors::message(result));
                if (movieId() == id)
                    setMovie(movie); // the controls show the film as it still is
            },
            this);
}

void MinePanel::markWatched(const QDate &date)
{
    const qint64 id = movieId();
    if (!id)
        return;
    m_error->clear();
    m_api->addViewing(
            id, {{u"watchedOn"_s, date.toString(Qt::ISODate)}},
            [this, id, date](const ApiResult &result) {
                if (!result.ok()) {
                    m_error->show(ApiErrors::message(result));
                    return;
                }
                Q_EMIT statusMessage(tr("Marked watched on %1.")
                                             .arg(QLocale().toString(date, QLocale::ShortFormat)));
                refreshMine(id);
            },
            this);
}

void MinePanel::editViewing(int row)
{
    QListWidgetItem *item = m_viewings->item(row);
    if (!item || !item->data(ViewingRole).isValid())
        return;
    QJsonObject viewing = item->data(ViewingRole).toJsonObject();
    viewing.insert(u"movie"_s,
                   QJsonObject{{u"title"_s, m_movie.value("title"_L1)},
                               {u"year"_s, m_movie.value("year"_L1)}});
    auto *dialog = new ViewingDialog(m_api, viewing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ViewingDialog::saved, this,
            [this, id = movieId()](const QJsonObject &) { refreshMine(id); });
    dialog->open();
}

void MinePanel::removeViewing()
{
    QListWidgetItem *item = m_viewings->currentItem();
    const qint64 id = movieId();
    if (!item || !item->data(ViewingRole).isValid() || !id)
        return;
    m_api->deleteViewing(
            item->data(ViewingRole).toJsonObject().value("id"_L1).toInteger(),
            [this, id](const ApiResult &result) {
                if (!result.ok() && result.status != 404) {
                    m_error->show(ApiErrors::viewingMessage(result));
                    return;
                }
                refreshMine(id);
            },
            this);
}

void MinePanel::refreshMine(qint64 movieId)
{
    m_api->fetchMovie(
            movieId,
            [this, movieId](const ApiResult &result) {
                if (!result.ok())
                    return;
                Q_EMIT mineChanged(movieId, result.object().value("mine"_L1).toObject());
                // The rating of a viewing may have become the film's; the list shows the rest.
                if (this->movieId() == movieId)
                    loadViewings(movieId);
            },
            this);
}
