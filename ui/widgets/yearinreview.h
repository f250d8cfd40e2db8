// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QLocale>
#include <QSize>

// A year in film on one page, to keep or share as one image: the films and hours, the busiest
// month and weekday, the first and last film of the year, the top genres and directors, the
// highest rated, the rewatches and the longest film, drawn from a GET /stats?year= answer. Its
// colours come from the year's top genre (as the posters' do), not from the app's theme, so the
// image looks the same wherever it is shown. Deterministic: the same answer gives the same image.
class YearInReview
{
    Q_DECLARE_TR_FUNCTIONS(YearInReview)

public:
    // The page's size in logical pixels (rendered at devicePixelRatio: 2 for sharing).
    static constexpr QSize PageSize{720, 1000};

    static QImage render(const QJsonObject &stats, const QLocale &locale = QLocale(),
                         qreal devicePixelRatio = 2);

    // The busiest month (1-12) and weekday (1 Monday to 7 Sunday); 0 when nothing was watched.
    // Ties go to the earlier one.
    static int busiestMonth(const QJsonObject &stats);
    static int busiestWeekday(const QJsonObject &stats);
};
