// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/posterart.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject film(qint64 id, const QString &title, const QString &genre = u"Drama"_s)
{
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"year"_s, 1996},
            {u"director"_s, u"Joel Coen"_s},
            {u"genre"_s, genre}};
}

// How many pixels are near white: the text.
int whitish(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 200 && c.green() > 200 && c.blue() > 200;
        }
    }
    return n;
}

} // namespace

// The generated art of a film without a poster: deterministic, drawn at the size asked for,
// with its text, and never the same as its neighbours in a grid.
class TestPosterArt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic();
    void drawnAtTheSizeAsked_data();
    void drawnAtTheSizeAsked();
    void neighboursDiffer();
    void genreGivesTheHue();
};

void TestPosterArt::deterministic()
{
    const QImage a = PosterArt::render(film(349, u"Fargo"_s), QSize(160, 240));
    const QImage b = PosterArt::render(film(349, u"Fargo"_s), QSize(160, 240));
    QCOMPARE(a, b);
    QVERIFY(a != PosterArt::render(film(349, u"Fargo 2"_s), QSize(160, 240)));
}

void TestPosterArt::drawnAtTheSizeAsked_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("thumbnail") << QSize(96, 144) << 1.0;
    QTest::newRow("wall, 2x") << QSize(160, 240) << 2.0;
    QTest::newRow("detail, 1.5x") << QSize(300, 450) << 1.5;
}

void TestPosterArt::drawnAtTheSizeAsked()
{
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    const QImage image = PosterArt::render(
            film(7, u"The Good, the Bad and the Ugly: a title long enough to wrap"_s), size, ratio);
    QCOMPARE(image.size(), (QSizeF(size) * ratio).toSize());
    QCOMPARE(image.devicePixelRatio(), ratio);
    // The title and the facts are in the lower part, in white; the upper part has none.
    const int h = image.height(), w = image.width();
    QVERIFY(whitish(image, QRect(0, h * 6 / 10, w, h * 4 / 10)) > w * h / 200);
    QCOMPARE(whitish(image, QRect(0, 0, w, h / 2)), 0);
}

void TestPosterArt::neighboursDiffer()
{
    // Sixty films of one genre and one title, as a grid six wide: each differs from the film
    // before it and from the one above it.
    QList<QImage> grid;
    for (qint64 id = 1; id <= 60; ++id)
        grid << PosterArt::render(film(id, u"Remake"_s), QSize(60, 90));
    for (int i = 1; i < grid.size(); ++i) {
        QVERIFY2(grid[i] != grid[i - 1], qPrintable(QString::number(i)));
        if (i >= 6)
            QVERIFY2(grid[i] != grid[i - 6], qPrintable(QString::number(i)));
    }
}

void TestPosterArt::genreGivesTheHue()
{
    const int drama = PosterArt::hueOf(u"Drama"_s);
    QCOMPARE(PosterArt::hueOf(u"drama"_s), drama);
    QVERIFY(PosterArt::hueOf(u"Horror"_s) != drama);
    for (qint64 id = 1; id <= 12; ++id)
        QCOMPARE(PosterArt::background(film(id, u"x"_s)).hsvHue(), drama);
    // Without a genre: a muted colour.
    QJsonObject none = film(1, u"x"_s);
    none.remove(u"genre"_s);
    QVERIFY(PosterArt::background(none).hsvSaturation() < 60);
}

QTEST_MAIN(TestPosterArt)
#include "tst_posterart.moc"
