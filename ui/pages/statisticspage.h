// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class ApiClient;
class Banner;
class ChartCard;
class QComboBox;
class QLabel;
class QPushButton;

// Statistics (Ctrl+4), from GET /stats: the caller's films, hours, viewings and rewatches for a
// year or all time; viewings per month; films by genre, by decade of release and by director;
// viewings by weekday; their rating histogram in half stars and their ratings against IMDb's. And
// the catalogue's own: films per decade, IMDb against Rotten Tomatoes, budget against worldwide
// gross (on log scales, with the break-even line). Every chart has tooltips with its exact values
// and saves as PNG (ChartCard). "Year in review…" makes the chosen year's one-page summary.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    // The most points a scatter chart draws; a larger catalogue is shown by an even sample
    // (the note under the chart says so).
    static constexpr int MaxPoints = 2000;

    explicit StatisticsPage(ApiClient *api, QWidget *parent = nullptr);

    // Asks for the chosen period again.
    void refresh();
    void clear();
    // 0: all time.
    int year() const;
    void setYear(int year);
    // The last answer shown (empty until one came).
    QJsonObject stats() const { return m_stats; }
    bool isLoading() const { return m_loading; }
    ChartCard *card(const QString &name) const;
    QList<ChartCard *> cards() const;
    void showYearInReview();

Q_SIGNALS:
    void loaded();

private:
    void received(int year, const QJsonObject &stats);
    void updateYears(const QJsonObject &allTime);
    void showSummary();
    void chartPerMonth();
    void chartCounts(ChartCard *card, const QJsonArray &items, const QString &labelKey,
                     const QString &valueKey, bool horizontal,
                     const std::function<QString(const QJsonValue &)> &label);
    void chartWeekdays();
    void chartRatings();
    void chartRatingVsImdb();
    void chartImdbVsTomatoes();
    void chartBudgetVsGross();

    ApiClient *m_api;
    QJsonObject m_stats;
    bool m_loading = false;
    quint64 m_generation = 0;
    int m_firstYear = 0; // of the first viewing
    Banner *m_banner;
    QComboBox *m_period;
    QPushButton *m_review;
    QLabel *m_films;
    QLabel *m_hours;
    QLabel *m_viewings;
    QLabel *m_rewatches;
    QLabel *m_summaryNote;
    ChartCard *m_perMonth;
    ChartCard *m_byGenre;
    ChartCard *m_byDecade;
    ChartCard *m_directors;
    ChartCard *m_weekdays;
    ChartCard *m_ratings;
    ChartCard *m_ratingVsImdb;
    ChartCard *m_perDecade;
    ChartCard *m_imdbVsTomatoes;
    ChartCard *m_budgetVsGross;
};
