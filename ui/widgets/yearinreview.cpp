// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearinreview.h"

#include "widgets/posterart.h"
#include "widgets/starrating.h"

#include <QDate>
#include <QJsonArray>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString filmLine(const QJsonObject &film)
{
    const QString title = film.value("title"_L1).toString();
    return film.value("year"_L1).isDouble()
            ? u"%1 (%2)"_s.arg(title).arg(film.value("year"_L1).toInt())
            : title;
}

// Draws text in a rectangle's top-left, elided to its width; returns its height.
int drawLine(QPainter &p, const QRect &rect, const QString &text, const QFont &font,
             const QColor &colour, Qt::Alignment align = Qt::AlignLeft)
{
    p.setFont(font);
    p.setPen(colour);
    const QFontMetrics metrics(font);
    p.drawText(QRect(rect.x(), rect.y(), rect.width(), metrics.height()), align | Qt::AlignTop,
               metrics.elidedText(text, Qt::ElideRight, rect.width()));
    return metrics.height();
}

QFont sized(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

} // namespace

int YearInReview::busiestMonth(const QJsonObject &stats)
{
    int best = 0;
    int most = 0;
    const QJsonArray months = stats.value("perMonth"_L1).toArray();
    for (const auto &m : months) {
        const int count = m.toObject().value("viewings"_L1).toInt();
        if (count > most) {
            most = count;
            best = m.toObject().value("month"_L1).toString().mid(5, 2).toInt();
        }
    }
    return best;
}

int YearInReview::busiestWeekday(const QJsonObject &stats)
{
    int best = 0;
    int most = 0;
    const QJsonArray days = stats.value("byWeekday"_L1).toArray();
    for (int i = 0; i < days.size(); ++i) {
        if (days.at(i).toInt() > most) {
            most = days.at(i).toInt();
            best = i + 1;
        }
    }
    return best;
}

QImage YearInReview::render(const QJsonObject &stats, const QLocale &locale, qreal devicePixelRatio)
{
    QImage image((QSizeF(PageSize) * devicePixelRatio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    const QJsonArray genres = stats.value("byGenre"_L1).toArray();
    const QString topGenre
            = genres.isEmpty() ? QString() : genres.first().toObject().value("genre"_L1).toString();
    const int hue = PosterArt::hueOf(topGenre);
    const QColor deep = QColor::fromHsl(hue, 110, 62);
    const QColor deeper = QColor::fromHsl(hue, 90, 22);
    const QColor accent = QColor::fromHsl(hue, 200, 170);
    const QColor text(245, 245, 245);
    const QColor soft(205, 205, 210);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QLinearGradient gradient(0, 0, PageSize.width() * 0.4, PageSize.height());
    gradient.setColorAt(0, deep);
    gradient.setColorAt(1, deeper);
    p.fillRect(QRect(QPoint(0, 0), PageSize), gradient);

    const int margin = 44;
    const int width = PageSize.width() - 2 * margin;
    int y = margin;
    const int year = stats.value("year"_L1).toInt();
    y += drawLine(p, {margin, y, width, 0}, tr("REELVAULT · YEAR IN REVIEW"), sized(14, true),
                  accent);
    y += 4;
    y += drawLine(p, {margin, y, width, 0}, tr("%1 in film").arg(year), sized(52, true), text);
    y += 16;

    const qint64 viewings = stats.value("viewings"_L1).toInteger();
    if (viewings == 0) {
        drawLine(p, {margin, y + 40, width, 0}, tr("No films watched in %1.").arg(year), sized(26),
                 soft);
        return image;
    }

    // The big numbers.
    const int column = width / 3;
    const std::array<std::pair<QString, QString>, 3> big{
            std::pair{locale.toString(stats.value("films"_L1).toInteger()), tr("Films")},
            std::pair{locale.toString(stats.value("minutes"_L1).toInteger() / 60.0, 'f', 0),
                      tr("Hours")},
            std::pair{locale.toString(viewings), tr("Viewings")}};
    for (int i = 0; i < 3; ++i) {
        const QRect cell(margin + i * column, y, column - 8, 0);
        drawLine(p, cell, big[size_t(i)].first, sized(48, true), accent);
        drawLine(p, cell.translated(0, 60), big[size_t(i)].second, sized(18), soft);
    }
    y += 60 + 36;

    auto section = [&](const QString &label, const QStringList &lines, const QRect &at) {
        int yy = at.y();
        yy += drawLine(p, {at.x(), yy, at.width(), 0}, label.toUpper(), sized(13, true), accent);
        yy += 4;
        for (const QString &line : lines)
            yy += drawLine(p, {at.x(), yy, at.width(), 0}, line, sized(19), text) + 2;
        return yy;
    };
    const int half = (width - 24) / 2;
    auto row = [&](const QString &l1, const QStringList &v1, const QString &l2,
                   const QStringList &v2) {
        const int a = section(l1, v1, {margin, y, half, 0});
        const int b = section(l2, v2, {margin + half + 24, y, half, 0});
        y = qMax(a, b) + 22;
    };

    const int month = busiestMonth(stats);
    const int weekday = busiestWeekday(stats);
    int monthCount = 0;
    for (const auto &m : stats.value("perMonth"_L1).toArray())
        monthCount = qMax(monthCount, m.toObject().value("viewings"_L1).toInt());
    const int dayCount = stats.value("byWeekday"_L1).toArray().at(qMax(0, weekday - 1)).toInt();
    row(tr("Busiest month"),
        {tr("%1 · %n viewing(s)", nullptr, monthCount)
                 .arg(locale.standaloneMonthName(qMax(1, month)))},
        tr("Favourite day"),
        {tr("%1 · %n viewing(s)", nullptr, dayCount)
                 .arg(locale.standaloneDayName(qMax(1, weekday)))});

    auto dated = [&](const QJsonValue &v) {
        const QJsonObject film = v.toObject();
        const QDate on = QDate::fromString(film.value("watchedOn"_L1).toString(), Qt::ISODate);
        return QStringList{filmLine(film),
                           locale.toString(on, locale.dateFormat(QLocale::LongFormat))};
    };
    row(tr("First film of the year"), dated(stats.value("first"_L1)), tr("Last film of the year"),
        dated(stats.value("last"_L1)));

    QStringList topGenres;
    for (int i = 0; i < qMin<qsizetype>(3, genres.size()); ++i) {
        const QJsonObject g = genres.at(i).toObject();
        topGenres << tr("%1 · %n film(s)", nullptr, g.value("films"_L1).toInt())
                             .arg(g.value("genre"_L1).toString());
    }
    QStringList topDirectors;
    const QJsonArray directors = stats.value("topDirectors"_L1).toArray();
    for (int i = 0; i < qMin<qsizetype>(3, directors.size()); ++i) {
        const QJsonObject d = directors.at(i).toObject();
        topDirectors << tr("%1 · %n film(s)", nullptr, d.value("films"_L1).toInt())
                                .arg(d.value("director"_L1).toString());
    }
    row(tr("Top genres"), topGenres.isEmpty() ? QStringList{tr("—")} : topGenres,
        tr("Top directors"), topDirectors.isEmpty() ? QStringList{tr("—")} : topDirectors);

    QStringList best;
    for (const auto &v : stats.value("highestRated"_L1).toArray()) {
        const QJsonObject film = v.toObject();
        best << u"%1  %2"_s.arg(StarRating::text(film.value("rating"_L1).toDouble()),
                                filmLine(film));
    }
    y = section(tr("Highest rated"),
                best.isEmpty() ? QStringList{tr("No ratings this year")} : best,
                {margin, y, width, 0})
            + 22;

    const QJsonObject longest = stats.value("longest"_L1).toObject();
    const qint64 rewatches = stats.value("rewatches"_L1).toInteger();
    row(tr("Rewatches"),
        {rewatches == 0 ? tr("None: all new to you")
                        : tr("%n film(s) seen again", nullptr, int(rewatches))},
        tr("The longest"),
        longest.isEmpty() ? QStringList{tr("—")}
                          : QStringList{filmLine(longest),
                                        tr("%n minute(s)", nullptr,
                                           longest.value("runtimeMinutes"_L1).toInt())});

    // Month by month: twelve bars along the bottom.
    const QJsonArray months = stats.value("perMonth"_L1).toArray();
    const int footer = PageSize.height() - margin - 16;
    const int labels = QFontMetrics(sized(13)).height();
    const int chartTop = qMax(y + 8, footer - 190);
    const int barsBottom = footer - 20 - labels;
    if (barsBottom - chartTop > 60 && monthCount > 0) {
        const int top = chartTop
                + drawLine(p, {margin, chartTop, width, 0}, tr("Month by month").toUpper(),
                           sized(13, true), accent)
                + 8;
        const double slot = width / 12.0;
        for (int i = 0; i < 12 && i < months.size(); ++i) {
            const int count = months.at(i).toObject().value("viewings"_L1).toInt();
            const int h = int(std::lround((barsBottom - top) * double(count) / monthCount));
            const QRectF bar(margin + i * slot + slot * 0.15, barsBottom - h, slot * 0.7, h);
            p.setPen(Qt::NoPen);
            p.setBrush(count == monthCount ? accent : soft);
            p.drawRoundedRect(bar, 3, 3);
            drawLine(p, {int(margin + i * slot), barsBottom + 4, int(slot), 0},
                     locale.standaloneMonthName(i + 1, QLocale::NarrowFormat), sized(13), soft,
                     Qt::AlignHCenter);
        }
    }

    drawLine(p, {margin, footer, width, 0},
             tr("Made with Reelvault, a film catalogue that stays on your computer"), sized(13),
             soft);
    return image;
}
