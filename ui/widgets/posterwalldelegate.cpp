// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterwalldelegate.h"

#include "models/movietablemodel.h"
#include "theme/palette.h"
#include "widgets/posterart.h"
#include "widgets/posterthumbnails.h"
#include "widgets/posterwall.h"
#include "widgets/starrating.h"

#include <QApplication>
#include <QIcon>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

// A round badge in a corner of the poster: a mark of the caller's.
void drawBadge(QPainter *painter, const QRect &rect, const QColor &fill, const QIcon &icon,
               const QString &text)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(rect);
    if (!icon.isNull()) {
        icon.paint(painter, rect.adjusted(4, 4, -4, -4));
    } else {
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(rect.height() * 2 / 3);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(rect, Qt::AlignCenter, text);
    }
    painter->restore();
}

} // namespace

PosterWallDelegate::PosterWallDelegate(PosterThumbnails *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{ }

QSize PosterWallDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lines = 2 * option.fontMetrics.height();
    return {PosterWall::PosterSize.width() + 2 * Margin,
            Margin + PosterWall::PosterSize.height() + Margin / 2 + lines + Margin};
}

QRect PosterWallDelegate::posterRect(const QRect &itemRect) const
{
    return {itemRect.x() + (itemRect.width() - PosterWall::PosterSize.width()) / 2,
            itemRect.y() + Margin, PosterWall::PosterSize.width(), PosterWall::PosterSize.height()};
}

void PosterWallDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(option.state & QStyle::State_Active ? 90 : 50);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 6, 6);
    }
    if ((option.state & QStyle::State_HasFocus) && selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(3, 3, -3, -3), 6, 6);
    }
    painter->restore();

    const QRect poster = posterRect(option.rect);
    const QJsonObject movie = index.data(MovieTableModel::MovieRole).toJsonObject();
    const QRect text(option.rect.x() + Margin / 2, poster.bottom() + 1 + Margin / 2,
                     option.rect.width() - Margin, 2 * option.fontMetrics.height());
    const int line = option.fontMetrics.height();
    if (movie.isEmpty()) {
        // Not loaded yet: asking for the text asks for its page.
        const QString loading = index.data(Qt::DisplayRole).toString();
        ++m_missing;
        painter->fillRect(poster, palette.color(QPalette::Midlight));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignTop, loading);
        return;
    }

    const QPixmap thumbnail = m_thumbnails->thumbnail(movie);
    if (thumbnail.isNull()) {
        ++m_missing;
        painter->fillRect(poster, PosterArt::background(movie));
    } else {
        const QSize size = thumbnail.deviceIndependentSize().toSize();
        const QRect at(poster.x() + (poster.width() - size.width()) / 2,
                       poster.y() + (poster.height() - size.height()) / 2, size.width(),
                       size.height());
        if (at != poster)
            painter->fillRect(poster, palette.color(QPalette::Shadow));
        painter->drawPixmap(at, thumbnail);
    }

    // The caller's marks: watched at the top right, watchlist and favourite at the top left,
    // their rating in stars along the bottom.
    const QJsonObject mine = movie.value("mine"_L1).toObject();
    const int badge = qMax(20, line + 4);
    if (mine.value("watched"_L1).toBool()) {
        drawBadge(painter, QRect(poster.right() - badge - 3, poster.y() + 4, badge, badge),
                  Palette::text(Palette::State::Success, Palette::light()), QIcon(), u"✓"_s);
    }
    int left = poster.x() + 4;
    if (mine.value("watchlist"_L1).toBool()) {
        drawBadge(painter, QRect(left, poster.y() + 4, badge, badge), QColor(20, 20, 20, 190),
                  QIcon(u":/icons/bookmark.svg"_s), {});
        left += badge + 3;
    }
    if (mine.value("favourite"_L1).toBool()) {
        drawBadge(painter, QRect(left, poster.y() + 4, badge, badge),
                  Palette::text(Palette::State::Error, Palette::light()), QIcon(), u"♥"_s);
    }
    if (mine.value("rating"_L1).isDouble()) {
        const QSize stars = StarRating::sizeHint(option.fontMetrics);
        const QRect band(poster.x(), poster.bottom() + 1 - stars.height() - 6, poster.width(),
                         stars.height() + 6);
        painter->fillRect(band, QColor(0, 0, 0, 160));
        const QRect starsRect(band.x() + (band.width() - stars.width()) / 2, band.y() + 3,
                              stars.width(), stars.height());
        StarRating::paint(painter, starsRect, mine.value("rating"_L1).toDouble(), Palette::dark());
    }

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QString title = movie.value("title"_L1).toString();
    painter->drawText(QRect(text.x(), text.y(), text.width(), line), Qt::AlignHCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QJsonValue year = movie.value("year"_L1);
    if (year.isDouble())
        painter->drawText(QRect(text.x(), text.y() + line, text.width(), line), Qt::AlignHCenter,
                          QString::number(year.toInt()));
    painter->restore();
}
