// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class PosterThumbnails;

// One film on the poster wall: its poster (or generated art, or its genre's colour while that is
// made), the caller's marks on it (watched, watchlist, favourite; their rating in stars along the
// bottom), and the title and year below. Paints only what is ready: it never decodes or waits.
class PosterWallDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Space around each poster and between it and its text.
    static constexpr int Margin = 8;

    PosterWallDelegate(PosterThumbnails *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The poster's rectangle in an item's rectangle.
    QRect posterRect(const QRect &itemRect) const;
    // Films painted without their thumbnail (or not loaded yet) since the last reset.
    int missing() const { return m_missing; }
    void resetMissing() { m_missing = 0; }

private:
    PosterThumbnails *m_thumbnails;
    mutable int m_missing = 0;
};
