// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

#include <optional>

// A rating out of five stars in half steps (Letterboxd's scale, the API's 0.5 to 5), drawn and
// read in one place: the table's delegate and the detail panel's editor share the geometry, so
// a click lands on the star it is drawn on. Keys: 1 to 5 set whole stars, + and - move half a
// star, 0 clears.
class StarRating
{
public:
    static constexpr int Stars = 5;

    static void paint(QPainter *painter, const QRect &rect, std::optional<double> rating,
                      const QPalette &palette, bool selected = false);
    // The rating a click at x (in rect) sets: the left half of a star is half of it.
    static double ratingAt(const QRect &rect, int x);
    static QSize sizeHint(const QFontMetrics &metrics);
    // What a key does to a rating: the new one (nullopt: cleared), or the same when the key is
    // not a rating key. handled says which.
    static std::optional<double> afterKey(std::optional<double> rating, int key, bool *handled);
    static QString text(std::optional<double> rating); // "★★★★½", for tooltips and screen readers
};

// The table's "My rating" column: stars, set by a click.
class StarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

// The detail panel's rating: stars to click, or keys; ratingChosen() when the person sets one.
class StarRatingEdit : public QWidget
{
    Q_OBJECT
public:
    explicit StarRatingEdit(QWidget *parent = nullptr);

    std::optional<double> rating() const { return m_rating; }
    void setRating(std::optional<double> rating);
    QSize sizeHint() const override;

Q_SIGNALS:
    void ratingChosen(std::optional<double> rating);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(std::optional<double> rating);

    std::optional<double> m_rating;
};
