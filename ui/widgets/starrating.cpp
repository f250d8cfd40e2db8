// SPDX-License-Identifier: GPL-3.0-or-later
#include "starrating.h"

#include "models/movietablemodel.h"
#include "theme/palette.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

QPainterPath star(const QRectF &box)
{
    QPainterPath path;
    const QPointF c = box.center();
    const double outer = std::min(box.width(), box.height()) / 2;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? inner : outer;
        const double a = -M_PI / 2 + i * M_PI / 5;
        const QPointF p(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

double starWidth(const QRect &rect)
{
    return std::min(double(rect.height()), rect.width() / double(StarRating::Stars));
}

} // namespace

void StarRating::paint(QPainter *painter, const QRect &rect, std::optional<double> rating,
                       const QPalette &palette, bool selected)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double w = starWidth(rect);
    const QColor on = selected ? palette.color(QPalette::HighlightedText)
                               : Palette::text(Palette::State::Warning, palette);
    const QColor off
            = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Mid);
    const double value = rating.value_or(0);
    for (int i = 0; i < Stars; ++i) {
        const QRectF box(rect.left() + i * w, rect.top() + (rect.height() - w) / 2, w, w);
        const QPainterPath path = star(box.adjusted(1.5, 1.5, -1.5, -1.5));
        painter->setPen(QPen(off, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        const double fill = std::clamp(value - i, 0.0, 1.0);
        if (fill > 0) {
            painter->save();
            painter->setClipRect(QRectF(box.left(), box.top(), box.width() * fill, box.height()));
            painter->setPen(QPen(on, 1));
            painter->setBrush(on);
            painter->drawPath(path);
            painter->restore();
        }
    }
    painter->restore();
}

double StarRating::ratingAt(const QRect &rect, int x)
{
    const double w = starWidth(rect);
    const double halves = std::ceil((x - rect.left()) / w * 2);
    return std::clamp(halves / 2, 0.5, double(Stars));
}

QSize StarRating::sizeHint(const QFontMetrics &metrics)
{
    const int h = metrics.height() + 4;
    return {h * Stars, h};
}

std::optional<double> StarRating::afterKey(std::optional<double> rating, int key, bool *handled)
{
    *handled = true;
    if (key >= Qt::Key_1 && key <= Qt::Key_5)
        return double(key - Qt::Key_0);
    if (key == Qt::Key_0)
        return std::nullopt;
    if (key == Qt::Key_Plus || key == Qt::Key_Equal)
        return std::min(double(Stars), rating.value_or(0) + 0.5);
    if (key == Qt::Key_Minus) {
        const double lower = rating.value_or(0) - 0.5;
        return lower < 0.5 ? std::nullopt : std::optional(lower);
    }
    *handled = false;
    return rating;
}

QString StarRating::text(std::optional<double> rating)
{
    if (!rating)
        return {};
    const int whole = int(*rating);
    return QString(whole, QChar(0x2605))
            + (*rating - whole >= 0.5 ? QStringLiteral("½") : QString());
}

void StarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);
    const QVariant v = index.data(MovieTableModel::RatingRole);
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    StarRating::paint(painter, area, v.isValid() ? std::optional(v.toDouble()) : std::nullopt,
                      option.palette, option.state & QStyle::State_Selected);
}

QSize StarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return StarRating::sizeHint(option.fontMetrics) + QSize(8, 4);
}

bool StarDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease || !(index.flags() & Qt::ItemIsEditable))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    const double chosen = StarRating::ratingAt(area, int(mouse->position().x()));
    const QVariant current = index.data(MovieTableModel::RatingRole);
    // Clicking the rating it already has clears it.
    const QVariant next = current.isValid() && current.toDouble() == chosen ? QVariant() : chosen;
    return model->setData(index, next, MovieTableModel::RatingRole);
}

StarRatingEdit::StarRatingEdit(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setObjectName(QStringLiteral("starRating"));
}

void StarRatingEdit::setRating(std::optional<double> rating)
{
    m_rating = rating;
    setToolTip(rating ? StarRating::text(rating) : tr("Not rated: click a star, or press 1 to 5"));
    update();
}

QSize StarRatingEdit::sizeHint() const
{
    return StarRating::sizeHint(fontMetrics());
}

void StarRatingEdit::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    StarRating::paint(&painter, rect(), m_rating, palette());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void StarRatingEdit::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const double chosen = StarRating::ratingAt(rect(), int(event->position().x()));
    choose(m_rating && *m_rating == chosen ? std::nullopt : std::optional(chosen));
}

void StarRatingEdit::keyPressEvent(QKeyEvent *event)
{
    bool handled = false;
    const auto next = StarRating::afterKey(m_rating, event->key(), &handled);
    if (!handled) {
        QWidget::keyPressEvent(event);
        return;
    }
    choose(next);
}

void StarRatingEdit::choose(std::optional<double> rating)
{
    setRating(rating);
    Q_EMIT ratingChosen(rating);
}
