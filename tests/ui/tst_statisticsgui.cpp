// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/yearinreviewdialog.h"
#include "guitestsupport.h"
#include "pages/statisticspage.h"
#include "testserver.h"
#include "theme/palette.h"
#include "theme/theme.h"
#include "translator.h"
#include "widgets/chartcard.h"
#include "widgets/yearinreview.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
// The fixture (the bundled films; see tst_api_stats for their details):
//   Fargo (87 min)     2024-01-05 (a Friday) rated 4.5; again 2024-03-10 (a Sunday), a rewatch
//   Titanic (194 min)  2024-03-15 (a Friday) rated 3
//   Jaws (no runtime)  2023-12-31 (a Sunday) rated 5
//   Alien (no runtime) 2024-07-04 (a Thursday)
constexpr qint64 Fargo = 349, Titanic = 2971, Jaws = 488, Alien = 1144;

template<typename T>
T *seriesOf(ChartCard *card)
{
    const auto all = card->chart()->series();
    for (QAbstractSeries *s : all) {
        if (auto *t = qobject_cast<T *>(s))
            return t;
    }
    return nullptr;
}

QList<qreal> values(ChartCard *card)
{
    auto *series = seriesOf<QAbstractBarSeries>(card);
    QList<qreal> out;
    if (!series || series->barSets().isEmpty())
        return out;
    QBarSet *set = series->barSets().first();
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QStringList categories(ChartCard *card)
{
    const auto axes = card->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
        if (auto *c = qobject_cast<QCategoryAxis *>(axis))
            return c->categoriesLabels();
    }
    return {};
}
} // namespace

// The statistics page on real widgets against the real server, over a diary whose numbers are
// worked out by hand above: the summary, each chart's bars and categories, the year selector and a
// year with nothing in it, the tooltips' exact values, the catalogue's scatter charts (sampled,
// with the break-even line), saving as PNG, the dark theme, and the year in review.
class TestStatisticsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translator::install(u"en"_s); } // English plural forms, as GuiMode
    void init();
    void cleanup();
    void allTime();
    void aYear_data();
    void aYear();
    void aYearWithNothing();
    void tooltipsSayTheValues();
    void catalogueCharts();
    void savesPng();
    void followsTheTheme();
    void yearInReview();

private:
    void open();
    void choose(int year);
    StatisticsPage *page() const { return m_app->window->statisticsPage(); }
    QString text(const char *name) const
    {
        return page()->findChild<QLabel *>(QLatin1StringView(name))->text();
    }
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
};

void TestStatisticsGui::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"admin@example.com"_s, Password);
    const QByteArray ada = m_server->registerToken(u"ada@example.com"_s, Password);
    QCOMPARE(m_server->addViewing(ada, Fargo, "2024-01-05"_L1, 4.5, false), 201);
    QCOMPARE(m_server->addViewing(ada, Fargo, "2024-03-10"_L1, QJsonValue(), true), 201);
    QCOMPARE(m_server->addViewing(ada, Titanic, "2024-03-15"_L1, 3, false), 201);
    QCOMPARE(m_server->addViewing(ada, Jaws, "2023-12-31"_L1, 5, false), 201);
    QCOMPARE(m_server->addViewing(ada, Alien, "2024-07-04"_L1, QJsonValue(), false), 201);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestStatisticsGui::cleanup()
{
    m_app.reset();
    m_server.reset();
}

void TestStatisticsGui::open()
{
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"stats "_s + QUuid::createUuid().toString());
    m_app->window->resize(1280, 900);
    QVERIFY(signInAs(*m_app, u"ada@example.com"_s, Password));
    auto *action = m_app->find<QAction>(u"actionStatistics"_s);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+4"_s));
    QSignalSpy loaded(page(), &StatisticsPage::loaded);
    action->trigger();
    QVERIFY(page()->isVisible());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!page()->stats().isEmpty());
}

void TestStatisticsGui::choose(int year)
{
    auto *period = page()->findChild<QComboBox *>(u"period"_s);
    const int index = period->findData(year);
    QVERIFY2(index >= 0, qPrintable(QString::number(year)));
    QSignalSpy loaded(page(), &StatisticsPage::loaded);
    period->setCurrentIndex(index);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page()->stats().value("year"_L1).toInt(), year);
}

void TestStatisticsGui::allTime()
{
    open();
    QCOMPARE(page()->year(), 0);
    QVERIFY(text("films").contains(u">4<"_s));
    QVERIFY(text("viewings").contains(u">5<"_s));
    QVERIFY(text("rewatches").contains(u">1<"_s));
    // 87 + 87 + 194 minutes = 6.1 hours; two viewings of films without a runtime.
    QVERIFY2(text("hours").contains(u">6.1<"_s), qPrintable(text("hours")));
    QVERIFY(text("summaryNote").contains(u"2 viewings"_s));
    // Every month from December 2023 to July 2024, labelled by year.
    QCOMPARE(values(page()->card(u"perMonth"_s)), (QList<qreal>{1, 1, 0, 2, 0, 0, 0, 1}));
    QCOMPARE(categories(page()->card(u"perMonth"_s)), (QStringList{u"2023"_s, u"2024"_s}));
    // The years to choose: this one back to the first viewing's.
    auto *period = page()->findChild<QComboBox *>(u"period"_s);
    QCOMPARE(period->itemText(1), QString::number(QDate::currentDate().year()));
    QCOMPARE(period->itemText(period->count() - 1), u"2023"_s);
    QVERIFY(!page()->findChild<QPushButton *>(u"yearInReview"_s)->isEnabled());
    // All time: every rated film (Fargo 4.5, Titanic 3, Jaws 5) in half-star buckets.
    QCOMPARE(values(page()->card(u"ratings"_s)), (QList<qreal>{0, 0, 0, 0, 0, 1, 0, 0, 1, 1}));
    QCOMPARE(categories(page()->card(u"ratings"_s)).size(), 10);
}

void TestStatisticsGui::aYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<qreal>>("perMonth");
    QTest::addColumn<QStringList>("genres"); // as drawn: the largest at the top (last)
    QTest::addColumn<QList<qreal>>("weekdays");
    QTest::newRow("2024") << 2024 << QList<qreal>{1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0}
                          << QStringList{u"Horror"_s, u"Thriller/Suspense"_s}
                          << QList<qreal>{0, 0, 0, 1, 2, 0, 1};
    QTest::newRow("2023") << 2023 << QList<qreal>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
                          << QStringList{u"Horror"_s} << QList<qreal>{0, 0, 0, 0, 0, 0, 1};
}

void TestStatisticsGui::aYear()
{
    QFETCH(int, year);
    QFETCH(QList<qreal>, perMonth);
    QFETCH(QStringList, genres);
    QFETCH(QList<qreal>, weekdays);
    open();
    choose(year);
    QCOMPARE(values(page()->card(u"perMonth"_s)), perMonth);
    QCOMPARE(categories(page()->card(u"perMonth"_s)).size(), 12);
    QCOMPARE(categories(page()->card(u"byGenre"_s)), genres);
    QVERIFY(seriesOf<QHorizontalBarSeries>(page()->card(u"byGenre"_s)));
    QCOMPARE(values(page()->card(u"byWeekday"_s)), weekdays);
    QVERIFY(page()->findChild<QPushButton *>(u"yearInReview"_s)->isEnabled());
}

void TestStatisticsGui::aYearWithNothing()
{
    open();
    choose(2025);
    QVERIFY(text("viewings").contains(u">0<"_s));
    QVERIFY(text("summaryNote").contains(u"No viewings in 2025"_s));
    for (const char *name : {"perMonth", "byGenre", "byDecade", "topDirectors", "ratings"}) {
        ChartCard *card = page()->card(QLatin1StringView(name));
        QVERIFY2(!card->emptyText().isEmpty(), name);
        QVERIFY(card->chart()->series().isEmpty());
    }
    // The catalogue's charts do not depend on the year.
    QVERIFY(page()->card(u"imdbVsRottenTomatoes"_s)->emptyText().isEmpty());
}

void TestStatisticsGui::tooltipsSayTheValues()
{
    open();
    choose(2024);
    QBarSet *months = seriesOf<QBarSeries>(page()->card(u"perMonth"_s))->barSets().first();
    Q_EMIT months->hovered(true, 2);
    QTRY_COMPARE(QToolTip::text(), u"March 2024: 2 viewings"_s);
    Q_EMIT months->hovered(false, 2);
    QTRY_VERIFY(QToolTip::text().isEmpty());
    QBarSet *genres = seriesOf<QHorizontalBarSeries>(page()->card(u"byGenre"_s))->barSets().first();
    Q_EMIT genres->hovered(true, 1);
    QTRY_COMPARE(QToolTip::text(), u"Thriller/Suspense: 2 films"_s);
    Q_EMIT genres->hovered(false, 1);
    // My rating against IMDb's: Fargo (4.5 and 8.3).
    auto *scatter = seriesOf<QScatterSeries>(page()->card(u"ratingVsImdb"_s));
    QVERIFY(scatter->points().contains(QPointF(8.3, 4.5)));
    Q_EMIT scatter->hovered(QPointF(8.3, 4.5), true);
    QTRY_COMPARE(QToolTip::text(), u"Fargo: mine ★★★★½, IMDb 8.3"_s);
    Q_EMIT scatter->hovered(QPointF(8.3, 4.5), false);
}

void TestStatisticsGui::catalogueCharts()
{
    open();
    const QJsonObject catalogue = page()->stats().value("catalogue"_L1).toObject();
    const QJsonArray scores = catalogue.value("imdbVsRottenTomatoes"_L1).toArray();
    QVERIFY(scores.size() > 100);
    ChartCard *card = page()->card(u"imdbVsRottenTomatoes"_s);
    auto *scatter = seriesOf<QScatterSeries>(card);
    QCOMPARE(scatter->count(), int(qMin<qsizetype>(StatisticsPage::MaxPoints, scores.size())));
    QVERIFY(card->note().contains(QLocale().toString(qint64(scores.size()))));
    // The first point is the first film's, and its tooltip names it with both scores.
    const QJsonArray first = scores.first().toArray();
    QCOMPARE(scatter->at(0), QPointF(first.at(2).toDouble(), first.at(3).toDouble()));
    Q_EMIT scatter->hovered(scatter->at(0), true);
    QTRY_VERIFY2(QToolTip::text().contains(first.at(1).toString() + u": IMDb "_s),
                 qPrintable(QToolTip::text()));
    Q_EMIT scatter->hovered(scatter->at(0), false);

    // Budget against gross: powers of ten in dollars on both axes, the break-even line y = x.
    ChartCard *money = page()->card(u"budgetVsGross"_s);
    auto *line = seriesOf<QLineSeries>(money);
    QVERIFY(line && !qobject_cast<QScatterSeries *>(line));
    QCOMPARE(line->count(), 2);
    QCOMPARE(line->at(0).x(), line->at(0).y());
    QCOMPARE(line->at(1).x(), line->at(1).y());
    const QStringList labels = categories(money);
    QVERIFY2(labels.contains(u"$1M"_s) && labels.contains(u"$100M"_s),
             qPrintable(labels.join(u',')));
    // A film's point is at the logarithms of its budget and gross.
    const QJsonArray film = catalogue.value("budgetVsGross"_L1).toArray().first().toArray();
    const auto *points = seriesOf<QScatterSeries>(money);
    QVERIFY(qAbs(points->at(0).x() - std::log10(film.at(2).toDouble())) < 1e-9);
    QVERIFY(qAbs(points->at(0).y() - std::log10(film.at(3).toDouble())) < 1e-9);
    // The catalogue's decades add up to its films.
    qreal films = 0;
    for (qreal v : values(page()->card(u"perDecade"_s)))
        films += v;
    QVERIFY(films > 3000 && films <= catalogue.value("films"_L1).toInt());
}

void TestStatisticsGui::savesPng()
{
    open();
    QTemporaryDir dir;
    ChartCard *card = page()->card(u"perMonth"_s);
    const QString path = dir.filePath(u"chart.png"_s);
    QVERIFY(card->save(path));
    QImage saved(path);
    QVERIFY(!saved.isNull());
    // At twice the screen's size, for sharing.
    QCOMPARE(saved.size(), card->view()->size() * 2);
    // Not blank: the bars' colour is in it.
    const QColor bar = seriesOf<QBarSeries>(card)->barSets().first()->color();
    bool found = false;
    for (int y = 0; y < saved.height() && !found; y += 3) {
        for (int x = 0; x < saved.width() && !found; x += 3)
            found = saved.pixelColor(x, y) == bar;
    }
    QVERIFY(found);
}

void TestStatisticsGui::followsTheTheme()
{
    open();
    ChartCard *card = page()->card(u"byGenre"_s);
    Theme::apply(Theme::Mode::Dark);
    QTRY_COMPARE(card->chart()->backgroundBrush().color(), Palette::dark().color(QPalette::Base));
    QCOMPARE(seriesOf<QAbstractBarSeries>(card)->barSets().first()->color(),
             Palette::dark().color(QPalette::Highlight));
    Theme::apply(Theme::Mode::Light);
    QTRY_COMPARE(card->chart()->backgroundBrush().color(), Palette::light().color(QPalette::Base));
}

void TestStatisticsGui::yearInReview()
{
    open();
    choose(2024);
    const QJsonObject stats = page()->stats();
    QCOMPARE(YearInReview::busiestMonth(stats), 3); // March: two viewings
    QCOMPARE(YearInReview::busiestWeekday(stats), 5); // Friday: two
    // The same answer, the same image; at twice the page's size.
    const QImage image = YearInReview::render(stats, QLocale(u"en"_s));
    QCOMPARE(image.size(), YearInReview::PageSize * 2);
    QCOMPARE(image, YearInReview::render(stats, QLocale(u"en"_s)));
    // Another year is another page.
    QJsonObject other = stats;
    other.insert(u"films"_s, 7);
    QVERIFY(YearInReview::render(other, QLocale(u"en"_s)) != image);

    page()->findChild<QPushButton *>(u"yearInReview"_s)->click();
    YearInReviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<YearInReviewDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"2024 in review"_s);
    QCOMPARE(dialog->image().size(), YearInReview::PageSize * 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"2024.png"_s);
    QVERIFY(dialog->save(path));
    QCOMPARE(QImage(path).size(), YearInReview::PageSize * 2);
    dialog->findChild<QPushButton *>(u"copy"_s)->click();
    QCOMPARE(dialog->findChild<QLabel *>(u"status"_s)->text(), u"The image is on the clipboard."_s);
    dialog->close();
}

QTEST_MAIN(TestStatisticsGui)
#include "tst_statisticsgui.moc"
