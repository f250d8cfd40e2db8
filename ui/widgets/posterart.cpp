// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterart.h"

#include <QCryptographicHash>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

// A stable number from text (the same on every run and machine, unlike qHash).
quint32 stableHash(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    return quint32(quint8(digest[0])) << 24 | quint32(quint8(digest[1])) << 16
            | quint32(quint8(digest[2])) << 8 | quint32(quint8(digest[3]));
}

// Lays text out in width at the largest pixel size from maxPx down (to minPx) at which it fits
// in maxHeight without a word broken across lines; returns the layout's height.
qreal layoutText(QTextLayout &layout, QFont font, qreal width, qreal maxHeight, qreal maxPx,
                 qreal minPx)
{
    for (qreal px = maxPx;; px = qMax(minPx, px * 0.92)) {
        font.setPixelSize(qMax(1, qRound(px)));
        layout.setFont(font);
        layout.clearLayout();
        layout.beginLayout();
        qreal y = 0;
        bool fits = true;
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            if (line.naturalTextWidth() > width + 0.5)
                fits = false;
        }
        layout.endLayout();
        if ((fits && y <= maxHeight) || px <= minPx)
            return y;
    }
}

} // namespace

int PosterArt::hueOf(const QString &genre)
{
    // The catalogue's genres, on hues far apart (similar genres near each other); any other
    // genre gets one from its name.
    static const QHash<QString, int> hues{{u"drama"_s, 215},
                                          {u"comedy"_s, 45},
                                          {u"action"_s, 5},
                                          {u"adventure"_s, 100},
                                          {u"thriller/suspense"_s, 265},
                                          {u"horror"_s, 340},
                                          {u"romantic comedy"_s, 320},
                                          {u"musical"_s, 290},
                                          {u"documentary"_s, 170},
                                          {u"western"_s, 28},
                                          {u"black comedy"_s, 60},
                                          {u"concert/performance"_s, 190}};
    if (genre.isEmpty())
        return 215;
    const QString key = genre.toCaseFolded();
    return hues.value(key, int(stableHash(key) % 360));
}

QColor PosterArt::background(const QJsonObject &movie)
{
    const qint64 id = movie.value("id"_L1).toInteger();
    const int hue = hueOf(movie.value("genre"_L1).toString());
    // Six shades per hue, in an order where neighbouring ids always differ.
    static constexpr int values[] = {92, 132, 74, 116, 100, 140};
    static constexpr int saturations[] = {150, 120, 170, 135, 160, 110};
    const int shade = int(((id % 6) + 6) % 6);
    return QColor::fromHsv(hue, movie.value("genre"_L1).isString() ? saturations[shade] : 40,
                           values[shade]);
}

QImage PosterArt::render(const QJsonObject &movie, QSize logicalSize, qreal devicePixelRatio)
{
    const QSize pixels = (QSizeF(logicalSize) * devicePixelRatio).toSize();
    QImage image(pixels.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    const qreal w = logicalSize.width(), h = logicalSize.height();
    const qint64 id = movie.value("id"_L1).toInteger();
    const quint32 seed = stableHash(QString::number(id));
    const QColor base = background(movie);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QLinearGradient fill(0, 0, 0, h);
    fill.setColorAt(0, base.lighter(118));
    fill.setColorAt(1, base.darker(150));
    p.fillRect(QRectF(0, 0, w, h), fill);

    // Bands across the upper part, at an angle and spacing of the film's own.
    p.save();
    p.setClipRect(QRectF(0, 0, w, h * 0.58));
    p.translate(w / 2, h * 0.3);
    p.rotate(-35.0 + double(seed % 70));
    const qreal band = qMax(2.0, w * (0.05 + double((seed >> 8) % 5) * 0.015));
    QColor stripe = base.lighter(135);
    stripe.setAlpha(90);
    for (int i = -12; i <= 12; i += 2)
        p.fillRect(QRectF(-w * 1.5, i * band * 1.6, w * 3, band), stripe);
    p.restore();

    const qreal margin = w * 0.08;
    const qreal textWidth = w - 2 * margin;
    QStringList facts;
    if (movie.value("year"_L1).isDouble())
        facts << QString::number(movie.value("year"_L1).toInt());
    const QString director = movie.value("director"_L1).toString();
    QFont small;
    small.setStyleHint(QFont::SansSerif);
    small.setPixelSize(qMax(1, qRound(h * 0.045)));
    const QFontMetricsF smallMetrics(small);
    const qreal lineHeight = smallMetrics.height();
    const qreal factsHeight = lineHeight * (int(!facts.isEmpty()) + int(!director.isEmpty()));

    // The title as large as fits in at most half the poster with the facts under it.
    QString title = movie.value("title"_L1).toString();
    if (title.isEmpty())
        title = QStringLiteral("?");
    QFont font;
    font.setBold(true);
    font.setStyleHint(QFont::SansSerif);
    QTextLayout titleLayout(title);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    titleLayout.setTextOption(option);
    const qreal gap = lineHeight * 0.4;
    const qreal titleHeight
            = layoutText(titleLayout, font, textWidth, h * 0.5 - 1.6 * margin - gap - factsHeight,
                         h * 0.1, h * 0.035);

    // A dark panel under the text, for contrast on every hue; the bands above it.
    const qreal panelTop = qMin(h * 0.6, h - 1.6 * margin - titleHeight - gap - factsHeight);
    p.fillRect(QRectF(0, panelTop, w, h - panelTop), QColor(0, 0, 0, 110));
    qreal y = panelTop + margin * 0.6;
    p.setPen(Qt::white);
    titleLayout.draw(&p, QPointF(margin, y));
    y += titleHeight + gap;
    p.setFont(small);
    p.setPen(QColor(255, 255, 255, 215));
    if (!facts.isEmpty()) {
        p.drawText(QRectF(margin, y, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   facts.join(u" · "_s));
        y += lineHeight;
    }
    if (!director.isEmpty())
        p.drawText(QRectF(margin, y, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   smallMetrics.elidedText(director, Qt::ElideRight, textWidth));
    p.end();
    return image;
}
