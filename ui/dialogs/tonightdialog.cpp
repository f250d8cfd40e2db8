// SPDX-License-Identifier: GPL-3.0-or-later
#include "tonightdialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "models/filmtext.h"
#include "models/movietablemodel.h"
#include "widgets/fielderror.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TonightDialog::TonightDialog(ApiClient *api, const QStringList &genres, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_from(new QComboBox(this))
    , m_genre(new QComboBox(this))
    , m_decade(new QComboBox(this))
    , m_maxMinutes(new QSpinBox(this))
    , m_minImdb(new QDoubleSpinBox(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_error(new FieldError(this))
    , m_another(new QPushButton(tr("&Another"), this))
    , m_watchlist(new QPushButton(tr("Add to &watchlist"), this))
    , m_watched(new QPushButton(tr("&Mark watched today"), this))
{
    setWindowTitle(tr("What to watch tonight"));
    setObjectName(u"tonightDialog"_s);
    m_from->setObjectName(u"from"_s);
    m_from->addItem(tr("Films I have not watched"), u"notWatched"_s);
    m_from->addItem(tr("My watchlist"), u"watchlist"_s);
    m_genre->setObjectName(u"genre"_s);
    m_genre->addItem(tr("Any genre"), QString());
    for (const QString &g : genres)
        m_genre->addItem(g, g);
    m_decade->setObjectName(u"decade"_s);
    m_decade->addItem(tr("Any decade"), 0);
    for (int decade = 2010; decade >= 1920; decade -= 10)
        m_decade->addItem(tr("%1s").arg(decade), decade);
    m_maxMinutes->setObjectName(u"maxMinutes"_s);
    m_maxMinutes->setRange(59, 1000);
    m_maxMinutes->setSingleStep(10);
    m_maxMinutes->setSpecialValueText(tr("Any length"));
    m_maxMinutes->setSuffix(tr(" min at most"));
    m_maxMinutes->setValue(59);
    m_minImdb->setObjectName(u"minImdb"_s);
    m_minImdb->setRange(0, 9.5);
    m_minImdb->setDecimals(1);
    m_minImdb->setSingleStep(0.5);
    m_minImdb->setSpecialValueText(tr("Any rating"));
    m_minImdb->setPrefix(tr("IMDb at least "));
    m_title->setObjectName(u"pickTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_facts->setObjectName(u"pickFacts"_s);
    m_facts->setWordWrap(true);
    m_error->setObjectName(u"pickError"_s);
    m_another->setObjectName(u"another"_s);
    m_watchlist->setObjectName(u"addToWatchlist"_s);
    m_watched->setObjectName(u"markWatched"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Genre:"), m_genre);
    form->addRow(tr("&Decade:"), m_decade);
    form->addRow(tr("&Length:"), m_maxMinutes);
    form->addRow(tr("&Rating:"), m_minImdb);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_another);
    actions->addStretch(1);
    actions->addWidget(m_watchlist);
    actions->addWidget(m_watched);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addStretch(1);
    layout->addWidget(close);
    setMinimumWidth(460);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_another, &QPushButton::clicked, this, &TonightDialog::another);
    connect(m_watchlist, &QPushButton::clicked, this, &TonightDialog::addToWatchlist);
    connect(m_watched, &QPushButton::clicked, this, &TonightDialog::markWatched);
    for (QComboBox *box : {m_from, m_genre, m_decade})
        connect(box, &QComboBox::currentIndexChanged, this, &TonightDialog::another);
    connect(m_maxMinutes, &QSpinBox::editingFinished, this, &TonightDialog::another);
    connect(m_minImdb, &QDoubleSpinBox::editingFinished, this, &TonightDialog::another);
    show({});
    another();
}

QUrlQuery TonightDialog::query() const
{
    QUrlQuery q;
    if (m_from->currentData().toString() == "watchlist"_L1)
        q.addQueryItem(u"watchlist"_s, u"true"_s);
    q.addQueryItem(u"watched"_s, u"false"_s);
    if (!m_genre->currentData().toString().isEmpty())
        q.addQueryItem(u"genre"_s, m_genre->currentData().toString());
    if (const int decade = m_decade->currentData().toInt()) {
        q.addQueryItem(u"yearFrom"_s, QString::number(decade));
        q.addQueryItem(u"yearTo"_s, QString::number(decade + 9));
    }
    if (m_maxMinutes->value() != m_maxMinutes->minimum())
        q.addQueryItem(u"maxRuntime"_s, QString::number(m_maxMinutes->value()));
    if (m_minImdb->value() > 0)
        q.addQueryItem(u"minImdb"_s, QString::number(m_minImdb->value()));
    return q;
}

void TonightDialog::another()
{
    const quint64 asked = ++m_asked;
    m_error->clear();
    m_another->setEnabled(false);
    m_api->randomMovie(
            query(),
            [this, asked](const ApiResult &result) {
                if (asked != m_asked)
                    return;
                m_another->setEnabled(true);
                if (result.ok()) {
                    show(result.object());
                    return;
                }
                show({});
                m_error->show(result.code() == "no_match"_L1
                                      ? tr("Nothing matches: widen the filters.")
                                      : ApiErrors::message(result));
            },
            this);
}

void TonightDialog::show(const QJsonObject &movie)
{
    m_pick = movie;
    m_watchlist->setEnabled(!movie.isEmpty()
                            && !movie.value("mine"_L1).toObject().value("watchlist"_L1).toBool());
    m_watched->setEnabled(!movie.isEmpty());
    if (movie.isEmpty()) {
        m_title->setText(tr("…"));
        m_facts->clear();
        return;
    }
    m_title->setText(FilmText::titleAndYear(movie));
    QStringList facts;
    if (movie.value("genre"_L1).isString())
        facts << movie.value("genre"_L1).toString();
    if (movie.value("director"_L1).isString())
        facts << tr("directed by %1").arg(movie.value("director"_L1).toString());
    if (movie.value("runtimeMinutes"_L1).isDouble())
        facts << MovieTableModel::runtimeText(movie.value("runtimeMinutes"_L1));
    if (movie.value("imdbRating"_L1).isDouble())
        facts << tr("IMDb %1").arg(MovieTableModel::ratingText(movie.value("imdbRating"_L1)));
    m_facts->setText(facts.join(u" · "_s));
}

void TonightDialog::addToWatchlist()
{
    const qint64 id = m_pick.value("id"_L1).toInteger();
    m_api->updateMine(
            id, {{u"watchlist"_s, true}},
            [this, id](const ApiResult &result) {
                if (!result.ok()) {
                    m_error->show(ApiErrors::message(result));
                    return;
                }
                if (m_pick.value("id"_L1).toInteger() == id) {
                    m_pick.insert(u"mine"_s, result.object());
                    m_watchlist->setEnabled(false);
                }
                Q_EMIT mineChanged(id, result.object());
            },
            this);
}

void TonightDialog::markWatched()
{
    const qint64 id = m_pick.value("id"_L1).toInteger();
    m_api->addViewing(
            id, {{u"watchedOn"_s, QDate::currentDate().toString(Qt::ISODate)}},
            [this, id](const ApiResult &result) {
                if (!result.ok()) {
                    m_error->show(ApiErrors::message(result));
                    return;
                }
                m_watched->setEnabled(false);
                // The film's mine as it is now (watched), for the views that show it.
                m_api->fetchMovie(
                        id,
                        [this, id](const ApiResult &film) {
                            if (film.ok())
                                Q_EMIT mineChanged(id, film.object().value("mine"_L1).toObject());
                        },
                        this);
            },
            this);
}
