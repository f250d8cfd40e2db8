// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticspage.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/yearinreviewdialog.h"
#include "widgets/banner.h"
#include "widgets/chartcard.h"
#include "widgets/starrating.h"
#include "widgets/yearinreview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A count axis: whole numbers from 0.
QValueAxis *countAxis(double most, const QString &title = {})
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1.0, most));
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%d"_s);
    axis->setMinorTickCount(0);
    if (axis->max() <= 10)
        axis->setTickCount(int(axis->max()) + 1);
    axis->setTitleText(title);
    return axis;
}

void showTip(bool hovered, const QString &text, QWidget *over)
{
    if (hovered)
        QToolTip::showText(QCursor::pos(), text, over);
    else
        QToolTip::hideText();
}

// "$250M", "$1.2B": an amount of dollars, short.
QString dollars(double amount, const QLocale &locale)
{
    const std::array<std::pair<double, QString>, 3> units{
            std::pair{1e9, u"B"_s}, std::pair{1e6, u"M"_s}, std::pair{1e3, u"K"_s}};
    for (const auto &[size, unit] : units) {
        if (amount >= size) {
            const double v = amount / size;
            return u"$"_s + locale.toString(v, 'f', v < 10 && std::fmod(v, 1.0) > 0.05 ? 1 : 0)
                    + unit;
        }
    }
    return u"$"_s + locale.toString(amount, 'f', 0);
}

QString filmTitle(const QJsonArray &row)
{
    return row.at(1).toString();
}

// Every row, or an even sample of at most max rows.
QJsonArray sample(const QJsonArray &rows, int max)
{
    if (rows.size() <= max)
        return rows;
    QJsonArray out;
    const double step = double(rows.size()) / max;
    for (int i = 0; i < max; ++i)
        out.append(rows.at(qsizetype(i * step)));
    return out;
}

// A bar chart of counts: a bar per category, each with its tooltip; horizontal ones list the
// first category at the top.
struct Bars
{
    QStringList categories; // unique
    QList<int> values;
    QStringList tips;
};

void barChart(ChartCard *c, Bars bars, bool horizontal, const QString &categoryTitle = {})
{
    if (horizontal) { // (Qt Charts draws the first category at the bottom)
        std::reverse(bars.categories.begin(), bars.categories.end());
        std::reverse(bars.values.begin(), bars.values.end());
        std::reverse(bars.tips.begin(), bars.tips.end());
    }
    auto *set = new QBarSet(c->title());
    int most = 0;
    for (const int v : std::as_const(bars.values)) {
        *set << v;
        most = qMax(most, v);
    }
    auto *axis = new QBarCategoryAxis;
    axis->append(bars.categories);
    axis->setTitleText(categoryTitle);
    if (!horizontal && bars.categories.size() > 8) {
        axis->setLabelsAngle(-45); // "1950s" side by side would be cut short
        axis->setTruncateLabels(false);
    }
    auto *counts = countAxis(most);
    QAbstractBarSeries *series = horizontal
            ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
            : new QBarSeries;
    series->append(set);
    series->setBarWidth(horizontal ? 0.7 : 0.8);
    c->chart()->addSeries(series);
    c->chart()->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->chart()->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(counts);
    if (horizontal)
        c->view()->setMinimumHeight(qMax(240, 26 * int(bars.categories.size()) + 60));
    QObject::connect(set, &QBarSet::hovered, c, [c, tips = bars.tips](bool on, int i) {
        showTip(on, tips.value(i), c->view());
    });
    c->restyle();
}
} // namespace

StatisticsPage::StatisticsPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(new Banner(this))
    , m_period(new QComboBox(this))
    , m_review(new QPushButton(tr("Year in &review…"), this))
    , m_films(new QLabel(this))
    , m_hours(new QLabel(this))
    , m_viewings(new QLabel(this))
    , m_rewatches(new QLabel(this))
    , m_summaryNote(new QLabel(this))
    , m_perMonth(new ChartCard(tr("Viewings per month"), this))
    , m_byGenre(new ChartCard(tr("Films by genre"), this))
    , m_byDecade(new ChartCard(tr("Films by decade of release"), this))
    , m_directors(new ChartCard(tr("Top directors"), this))
    , m_weekdays(new ChartCard(tr("Viewings by day of the week"), this))
    , m_ratings(new ChartCard(tr("My ratings"), this))
    , m_ratingVsImdb(new ChartCard(tr("My rating against IMDb's"), this))
    , m_perDecade(new ChartCard(tr("The catalogue: films per decade"), this))
    , m_imdbVsTomatoes(new ChartCard(tr("The catalogue: IMDb against Rotten Tomatoes"), this))
    , m_budgetVsGross(new ChartCard(tr("The catalogue: budget against worldwide gross"), this))
{
    setObjectName(u"statisticsPage"_s);
    m_period->setObjectName(u"period"_s);
    m_period->addItem(tr("All time"), 0);
    m_review->setObjectName(u"yearInReview"_s);
    auto *periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_review);
    top->addStretch(1);

    // The summary: four big numbers.
    auto *summary = new QHBoxLayout;
    const std::array<std::pair<QLabel *, const char *>, 4> numbers{
            std::pair{m_films, "films"}, std::pair{m_hours, "hours"},
            std::pair{m_viewings, "viewings"}, std::pair{m_rewatches, "rewatches"}};
    for (const auto &[label, name] : numbers) {
        label->setObjectName(QLatin1StringView(name));
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignCenter);
        summary->addWidget(label, 1);
    }
    m_summaryNote->setObjectName(u"summaryNote"_s);
    m_summaryNote->setForegroundRole(QPalette::PlaceholderText);
    m_summaryNote->setWordWrap(true);

    const QList<std::pair<ChartCard *, const char *>> cardNames{
            {m_perMonth, "perMonth"},
            {m_byGenre, "byGenre"},
            {m_byDecade, "byDecade"},
            {m_directors, "topDirectors"},
            {m_weekdays, "byWeekday"},
            {m_ratings, "ratings"},
            {m_ratingVsImdb, "ratingVsImdb"},
            {m_perDecade, "perDecade"},
            {m_imdbVsTomatoes, "imdbVsRottenTomatoes"},
            {m_budgetVsGross, "budgetVsGross"}};
    for (const auto &[c, name] : cardNames)
        c->setObjectName(QLatin1StringView(name));

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setSpacing(10);
    grid->addLayout(summary, 0, 0, 1, 2);
    grid->addWidget(m_summaryNote, 1, 0, 1, 2);
    grid->addWidget(m_perMonth, 2, 0, 1, 2);
    grid->addWidget(m_byGenre, 3, 0);
    grid->addWidget(m_byDecade, 3, 1);
    grid->addWidget(m_directors, 4, 0);
    grid->addWidget(m_weekdays, 4, 1);
    grid->addWidget(m_ratings, 5, 0);
    grid->addWidget(m_ratingVsImdb, 5, 1);
    auto *catalogueHeading
            = new QLabel(tr("The catalogue (every film in it, not only yours)"), this);
    QFont heading = catalogueHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    catalogueHeading->setFont(heading);
    grid->addWidget(catalogueHeading, 6, 0, 1, 2);
    grid->addWidget(m_perDecade, 7, 0);
    grid->addWidget(m_imdbVsTomatoes, 7, 1);
    grid->addWidget(m_budgetVsGross, 8, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_perMonth->view()->setMinimumHeight(220);
    m_budgetVsGross->view()->setMinimumHeight(320);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"statisticsScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsPage::refresh);
    connect(m_review, &QPushButton::clicked, this, &StatisticsPage::showYearInReview);
    clear();
}

int StatisticsPage::year() const
{
    return m_period->currentData().toInt();
}

void StatisticsPage::setYear(int year)
{
    int index = m_period->findData(year);
    if (index < 0) {
        m_period->addItem(QString::number(year), year);
        index = m_period->count() - 1;
    }
    m_period->setCurrentIndex(index); // (loads it when it changed)
}

ChartCard *StatisticsPage::card(const QString &name) const
{
    return findChild<ChartCard *>(name);
}

QList<ChartCard *> StatisticsPage::cards() const
{
    return findChildren<ChartCard *>();
}

void StatisticsPage::clear()
{
    ++m_generation;
    m_stats = {};
    m_loading = false;
    m_firstYear = 0;
    m_banner->hide();
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
        m_period->addItem(tr("All time"), 0);
    }
    m_review->setEnabled(false);
    for (QLabel *l : {m_films, m_hours, m_viewings, m_rewatches})
        l->clear();
    m_summaryNote->clear();
    for (ChartCard *c : cards()) {
        c->clear();
        c->setNote({});
        c->setEmptyText(tr("Loading…"));
    }
}

void StatisticsPage::refresh()
{
    const int wanted = year();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_api->fetchStats(
            wanted,
            [this, wanted, generation](const ApiResult &result) {
                if (generation != m_generation)
                    return; // another period asked for since
                m_loading = false;
                if (!result.ok()) {
                    m_banner->showMessage(ApiErrors::message(result), Banner::Kind::Warning);
                    Q_EMIT loaded();
                    return;
                }
                m_banner->hide();
                received(wanted, result.object());
            },
            this);
}

void StatisticsPage::received(int year, const QJsonObject &stats)
{
    m_stats = stats;
    if (year == 0)
        updateYears(stats);
    m_review->setEnabled(year > 0);
    m_review->setToolTip(year > 0 ? tr("%1 on one page, to keep or share as an image").arg(year)
                                  : tr("Choose a year first"));
    showSummary();
    chartPerMonth();
    const QLocale locale;
    chartCounts(m_byGenre, stats.value("byGenre"_L1).toArray(), u"genre"_s, u"films"_s, true,
                [](const QJsonValue &v) { return v.toString(); });
    chartCounts(m_byDecade, stats.value("byDecade"_L1).toArray(), u"decade"_s, u"films"_s, false,
                [](const QJsonValue &v) { return tr("%1s").arg(v.toInt()); });
    chartCounts(m_directors, stats.value("topDirectors"_L1).toArray(), u"director"_s, u"films"_s,
                true, [](const QJsonValue &v) { return v.toString(); });
    chartWeekdays();
    chartRatings();
    chartRatingVsImdb();
    const QJsonObject catalogue = stats.value("catalogue"_L1).toObject();
    chartCounts(m_perDecade, catalogue.value("perDecade"_L1).toArray(), u"decade"_s, u"films"_s,
                false, [](const QJsonValue &v) { return tr("%1s").arg(v.toInt()); });
    chartImdbVsTomatoes();
    chartBudgetVsGross();
    Q_EMIT loaded();
}

void StatisticsPage::updateYears(const QJsonObject &allTime)
{
    const QJsonArray months = allTime.value("perMonth"_L1).toArray();
    const int first = months.isEmpty()
            ? 0
            : months.first().toObject().value("month"_L1).toString().left(4).toInt();
    if (first == m_firstYear && m_period->count() > 1)
        return;
    m_firstYear = first;
    const QSignalBlocker blocker(m_period);
    while (m_period->count() > 1)
        m_period->removeItem(1);
    // This year first, back to the year of the first viewing.
    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear; first > 0 && y >= first; --y)
        m_period->addItem(QString::number(y), y);
    if (first == 0)
        m_period->addItem(QString::number(thisYear), thisYear);
}

void StatisticsPage::showSummary()
{
    const QLocale locale;
    auto number = [](const QString &value, const QString &label) {
        return u"<div style='font-size:22pt;font-weight:600'>%1</div><div>%2</div>"_s.arg(
                value.toHtmlEscaped(), label.toHtmlEscaped());
    };
    const qint64 films = m_stats.value("films"_L1).toInteger();
    const qint64 viewings = m_stats.value("viewings"_L1).toInteger();
    const qint64 rewatches = m_stats.value("rewatches"_L1).toInteger();
    const qint64 minutes = m_stats.value("minutes"_L1).toInteger();
    // (Captions, not counted nouns: they read the same for one.)
    m_films->setText(number(locale.toString(films), tr("Films")));
    m_hours->setText(number(locale.toString(minutes / 60.0, 'f', minutes < 6000 ? 1 : 0),
                            tr("Hours watched")));
    m_viewings->setText(number(locale.toString(viewings), tr("Viewings")));
    m_rewatches->setText(number(locale.toString(rewatches), tr("Rewatches")));
    const qint64 unknown = m_stats.value("viewingsWithoutRuntime"_L1).toInteger();
    const int y = year();
    QString note = viewings == 0
            ? (y > 0 ? tr("No viewings in %1 yet: add them in the catalogue or the diary.").arg(y)
                     : tr("No viewings yet: add them in the catalogue, the diary, or import a "
                          "history (File › Import…)."))
            : QString();
    if (unknown > 0)
        note = tr("The hours leave out %n viewing(s) of films without a known runtime.", nullptr,
                  int(unknown));
    m_summaryNote->setText(note);
    m_summaryNote->setVisible(!note.isEmpty());
}

void StatisticsPage::chartPerMonth()
{
    ChartCard *c = m_perMonth;
    c->clear();
    const QJsonArray months = m_stats.value("perMonth"_L1).toArray();
    const QLocale locale;
    if (months.isEmpty() || m_stats.value("viewings"_L1).toInteger() == 0) {
        c->setEmptyText(tr("No viewings to chart."));
        return;
    }
    c->setEmptyText({});
    auto *set = new QBarSet(tr("Viewings"));
    QStringList tips;
    int most = 0;
    for (const auto &v : months) {
        const QJsonObject m = v.toObject();
        const QDate month
                = QDate::fromString(m.value("month"_L1).toString() + u"-01"_s, u"yyyy-MM-dd"_s);
        const int count = m.value("viewings"_L1).toInt();
        *set << count;
        most = qMax(most, count);
        tips << tr("%1 %2: %n viewing(s)", nullptr, count)
                        .arg(locale.standaloneMonthName(month.month()))
                        .arg(month.year());
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    c->chart()->addSeries(series);
    if (year() > 0) {
        auto *axis = new QBarCategoryAxis;
        for (int m = 1; m <= 12; ++m)
            axis->append(locale.standaloneMonthName(m, QLocale::ShortFormat));
        c->chart()->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
    } else {
        // Every month since the first viewing: the years label the axis.
        auto *axis = new QCategoryAxis;
        axis->setMin(-0.5);
        axis->setMax(months.size() - 0.5);
        axis->setStartValue(-0.5);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        const int firstYear
                = months.first().toObject().value("month"_L1).toString().left(4).toInt();
        const int firstMonth
                = months.first().toObject().value("month"_L1).toString().mid(5, 2).toInt();
        int index = -1;
        for (int y = firstYear; index < months.size() - 1; ++y) {
            index += y == firstYear ? 13 - firstMonth : 12;
            axis->append(QString::number(y), qMin<double>(index, months.size() - 1) + 0.5);
        }
        c->chart()->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
    }
    auto *counts = countAxis(most);
    c->chart()->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    connect(set, &QBarSet::hovered, c,
            [c, tips](bool on, int i) { showTip(on, tips.value(i), c->view()); });
    c->restyle();
}

void StatisticsPage::chartCounts(ChartCard *c, const QJsonArray &items, const QString &labelKey,
                                 const QString &valueKey, bool horizontal,
                                 const std::function<QString(const QJsonValue &)> &label)
{
    c->clear();
    if (items.isEmpty()) {
        c->setEmptyText(tr("Nothing to chart yet."));
        return;
    }
    c->setEmptyText({});
    Bars bars;
    for (const auto &v : items) {
        const QJsonObject row = v.toObject();
        const QString name = label(row.value(labelKey));
        const int count = row.value(valueKey).toInt();
        bars.categories << (bars.categories.contains(name) ? name + u" "_s : name);
        bars.values << count;
        bars.tips << tr("%1: %n film(s)", nullptr, count).arg(name);
    }
    barChart(c, std::move(bars), horizontal);
}

void StatisticsPage::chartWeekdays()
{
    ChartCard *c = m_weekdays;
    c->clear();
    const QJsonArray days = m_stats.value("byWeekday"_L1).toArray();
    if (m_stats.value("viewings"_L1).toInteger() == 0) {
        c->setEmptyText(tr("No viewings to chart."));
        return;
    }
    c->setEmptyText({});
    const QLocale locale;
    Bars bars;
    for (int d = 1; d <= 7; ++d) {
        const int count = days.at(d - 1).toInt();
        bars.categories << locale.standaloneDayName(d, QLocale::ShortFormat);
        bars.values << count;
        bars.tips << tr("%1: %n viewing(s)", nullptr, count).arg(locale.standaloneDayName(d));
    }
    barChart(c, std::move(bars), false);
}

void StatisticsPage::chartRatings()
{
    ChartCard *c = m_ratings;
    c->clear();
    const QJsonArray buckets = m_stats.value("ratings"_L1).toArray();
    const QLocale locale;
    Bars bars;
    int total = 0;
    for (const auto &v : buckets) {
        const QJsonObject b = v.toObject();
        const double rating = b.value("rating"_L1).toDouble();
        const int count = b.value("films"_L1).toInt();
        total += count;
        bars.categories << locale.toString(rating, 'g', 2);
        bars.values << count;
        bars.tips << tr("%1: %n film(s)", nullptr, count).arg(StarRating::text(rating));
    }
    if (total == 0) {
        c->setEmptyText(tr("No ratings yet: rate films with the stars in the catalogue."));
        return;
    }
    c->setEmptyText({});
    barChart(c, std::move(bars), false, tr("Stars"));
}

namespace {

// A scatter chart of rows ([id, title, x, y]); its tooltip names every film at the point.
void scatterChart(ChartCard *c, const QJsonArray &rows, QAbstractAxis *x, QAbstractAxis *y,
                  const std::function<QPointF(const QJsonArray &)> &point,
                  const std::function<QString(const QJsonArray &)> &describe)
{
    auto *series = new QScatterSeries;
    auto shown = std::make_shared<QList<std::pair<QPointF, QString>>>();
    QList<QPointF> points;
    points.reserve(rows.size());
    for (const auto &v : rows) {
        const QJsonArray row = v.toArray();
        const QPointF p = point(row);
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        points << p;
        shown->append({p, describe(row)});
    }
    series->replace(points);
    c->chart()->addSeries(series);
    c->chart()->addAxis(x, Qt::AlignBottom);
    c->chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(series, &QScatterSeries::hovered, c, [c, shown](const QPointF &at, bool on) {
        QStringList lines;
        for (const auto &[p, text] : std::as_const(*shown)) {
            if (qFuzzyCompare(p.x() + 1, at.x() + 1) && qFuzzyCompare(p.y() + 1, at.y() + 1))
                lines << text;
        }
        if (lines.size() > 6) {
            const qsizetype more = lines.size() - 5;
            lines = lines.mid(0, 5);
            lines << StatisticsPage::tr("and %n more", nullptr, int(more));
        }
        showTip(on && !lines.isEmpty(), lines.join(u'\n'), c->view());
    });
    c->restyle();
}

QValueAxis *valueAxis(double min, double max, const QString &title, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    return axis;
}

} // namespace

void StatisticsPage::chartRatingVsImdb()
{
    ChartCard *c = m_ratingVsImdb;
    c->clear();
    const QJsonArray rows = m_stats.value("ratingVsImdb"_L1).toArray();
    c->setNote({});
    if (rows.isEmpty()) {
        c->setEmptyText(tr("Rate films that have an IMDb rating to compare."));
        return;
    }
    c->setEmptyText({});
    const QLocale locale;
    const QJsonArray shown = sample(rows, MaxPoints);
    if (shown.size() < rows.size())
        c->setNote(tr("An even sample of %L1 of your %L2 rated films.")
                           .arg(shown.size())
                           .arg(rows.size()));
    scatterChart(
            c, shown, valueAxis(0, 10, tr("IMDb rating"), u"%d"_s),
            valueAxis(0, 5, tr("My rating (stars)"), u"%.1f"_s),
            [](const QJsonArray &r) {
                return QPointF(r.at(3).toDouble(NAN), r.at(2).toDouble(NAN));
            },
            [locale](const QJsonArray &r) {
                return tr("%1: mine %2, IMDb %3")
                        .arg(filmTitle(r), StarRating::text(r.at(2).toDouble()),
                             locale.toString(r.at(3).toDouble(), 'f', 1));
            });
}

void StatisticsPage::chartImdbVsTomatoes()
{
    ChartCard *c = m_imdbVsTomatoes;
    c->clear();
    const QJsonObject catalogue = m_stats.value("catalogue"_L1).toObject();
    const QJsonArray rows = catalogue.value("imdbVsRottenTomatoes"_L1).toArray();
    // The server lists at most 5,000 films (an even sample); it says how many have both.
    const qint64 films = catalogue.value("imdbVsRottenTomatoesFilms"_L1).toInteger(rows.size());
    c->setNote({});
    if (rows.isEmpty()) {
        c->setEmptyText(tr("No film has both ratings."));
        return;
    }
    c->setEmptyText({});
    const QLocale locale;
    const QJsonArray shown = sample(rows, MaxPoints);
    c->setNote(shown.size() < films
                       ? tr("An even sample of %L1 of the %L2 films with both ratings.")
                                 .arg(shown.size())
                                 .arg(films)
                       : tr("%L1 films with both ratings.").arg(films));
    scatterChart(
            c, shown, valueAxis(0, 10, tr("IMDb rating"), u"%d"_s),
            valueAxis(0, 100, tr("Rotten Tomatoes (%)"), u"%d"_s),
            [](const QJsonArray &r) {
                return QPointF(r.at(2).toDouble(NAN), r.at(3).toDouble(NAN));
            },
            [locale](const QJsonArray &r) {
                return tr("%1: IMDb %2, Rotten Tomatoes %3%")
                        .arg(filmTitle(r), locale.toString(r.at(2).toDouble(), 'f', 1))
                        .arg(r.at(3).toInt());
            });
}

void StatisticsPage::chartBudgetVsGross()
{
    ChartCard *c = m_budgetVsGross;
    c->clear();
    const QJsonObject catalogue = m_stats.value("catalogue"_L1).toObject();
    const QJsonArray all = catalogue.value("budgetVsGross"_L1).toArray();
    // Of the films the server has (at most 5,000 listed), those a log scale can show.
    const double listed = catalogue.value("budgetVsGrossFilms"_L1).toDouble(all.size());
    // A log scale has no place for nothing: films with a budget or gross of 0 are left out.
    QJsonArray rows;
    double low = INFINITY;
    double high = 0;
    for (const auto &v : all) {
        const QJsonArray r = v.toArray();
        const double budget = r.at(2).toDouble();
        const double gross = r.at(3).toDouble();
        if (budget < 1 || gross < 1)
            continue;
        rows.append(r);
        low = qMin(low, qMin(budget, gross));
        high = qMax(high, qMax(budget, gross));
    }
    c->setNote({});
    if (rows.isEmpty()) {
        c->setEmptyText(tr("No film has both a budget and a gross."));
        return;
    }
    c->setEmptyText({});
    const QLocale locale;
    const QJsonArray shown = sample(rows, MaxPoints);
    const qint64 films = qRound64(rows.size() * listed / qMax<qsizetype>(1, all.size()));
    const QString sampled = shown.size() < films
            ? tr("An even sample of %L1 of the %L2 films with both.").arg(shown.size()).arg(films)
            : tr("%L1 films with both.").arg(films);
    c->setNote(sampled + u" "_s
               + tr("Both scales are logarithmic; above the dashed line a film grossed more "
                    "than it cost."));
    // Powers of ten on both axes, labelled in dollars.
    const int from = int(std::floor(std::log10(low)));
    const int to = int(std::ceil(std::log10(high)));
    auto logAxis = [&](const QString &title) {
        auto *axis = new QCategoryAxis;
        axis->setRange(from, to);
        axis->setStartValue(from);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int e = from; e <= to; ++e)
            axis->append(dollars(std::pow(10.0, e), locale), e);
        axis->setTitleText(title);
        return axis;
    };
    auto *x = logAxis(tr("Production budget"));
    auto *y = logAxis(tr("Worldwide gross"));
    scatterChart(
            c, shown, x, y,
            [](const QJsonArray &r) {
                return QPointF(std::log10(r.at(2).toDouble()), std::log10(r.at(3).toDouble()));
            },
            [locale](const QJsonArray &r) {
                return tr("%1: budget %2, gross %3")
                        .arg(filmTitle(r), dollars(r.at(2).toDouble(), locale),
                             dollars(r.at(3).toDouble(), locale));
            });
    auto *breakEven = new QLineSeries;
    breakEven->setName(tr("Break-even"));
    breakEven->append(from, from);
    breakEven->append(to, to);
    c->chart()->addSeries(breakEven);
    breakEven->attachAxis(x);
    breakEven->attachAxis(y);
    c->restyle();
}

void StatisticsPage::showYearInReview()
{
    if (year() <= 0 || m_stats.isEmpty())
        return;
    auto *dialog = new YearInReviewDialog(m_stats, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
