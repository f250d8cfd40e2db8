// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/moviedialog.h"
#include "guitestsupport.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "pages/loginpage.h"
#include "testserver.h"
#include "translator.h"
#include "widgets/catalogueview.h"
#include "widgets/yearbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
const QString Admin = u"ada@example.com"_s;
const QString Member = u"bob@example.com"_s;
} // namespace

// The catalogue page as someone uses it, mouse and keyboard, on real widgets against the real
// server: sorting, keys, paging through the whole result, kept selection, filters, the film
// dialog's unknown values and the detail panel.
class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { m_server.reset(); }

    void defaultOrderIsTitleAndShown();
    void everyColumnSorts_data();
    void everyColumnSorts();
    void sortAndWidthsSurviveARelaunch();
    void tabOrderAndKeys();
    void adminKeys();
    void deleteConfirmationSaysDelete();
    void ctrlEndReachesTheTrueEnd();
    void selectionIsKept();
    void yearFilters();
    void emptyResultSaysWhy();
    void unknownNumbersStayUnknown();
    void sameFormatInTableAndPanel();
    void narrowWindowKeepsTheSearch();

private:
    void start(const QString &email);
    CataloguePage *page() const { return m_app->window->cataloguePage(); }
    MovieTableModel *model() const { return page()->model(); }
    CatalogueView *view() const { return page()->view(); }
    void clickHeader(int column);
    void waitForRows();
    HttpClient::Response asAdmin(const QByteArray &method, const QByteArray &target,
                                 const QJsonObject &body = {}) const;
    qint64 addFilm(const QJsonObject &film);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
    QByteArray m_adminToken;
};

void TestCatalogue::initTestCase()
{
    Translator::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_adminToken
            = m_server->registerAndLogin(Admin, Password).value("token"_L1).toString().toLatin1();
    m_server->registerAndLogin(Member, Password);
}

void TestCatalogue::init()
{
    QSettings().clear(); // no sort or widths from an earlier test
}

void TestCatalogue::cleanup()
{
    m_app.reset();
}

void TestCatalogue::start(const QString &email)
{
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"catalogue test "_s + QUuid::createUuid().toString());
    m_app->window->resize(1200, 800);
    QTRY_COMPARE(m_app->window->state(), MainWindow::State::SignedOut);
    auto *login = m_app->window->loginPage();
    typeInto(login->findChild<QLineEdit *>(u"email"_s), email);
    auto *pw = login->findChild<QLineEdit *>(u"password"_s);
    typeInto(pw, Password);
    QTest::keyClick(pw, Qt::Key_Return);
    QTRY_COMPARE(m_app->window->state(), MainWindow::State::SignedIn);
    waitForRows();
}

void TestCatalogue::waitForRows()
{
    QTRY_VERIFY(model()->total() >= 0);
    if (model()->total() > 0)
        QTRY_VERIFY(model()->isLoaded(0));
    QTRY_COMPARE(m_app->api->inFlight(), 0);
}

void TestCatalogue::clickHeader(int column)
{
    QHeaderView *header = view()->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

HttpClient::Response TestCatalogue::asAdmin(const QByteArray &method, const QByteArray &target,
                                            const QJsonObject &body) const
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_adminToken);
    return m_server->client().send(r);
}

qint64 TestCatalogue::addFilm(const QJsonObject &film)
{
    return asAdmin("POST", "/moviedata", film).json().value("id"_L1).toInteger();
}

void TestCatalogue::defaultOrderIsTitleAndShown()
{
    start(Member);
    QHeaderView *header = view()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(MovieTableModel::Title));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(model()->filter().sort, u"title"_s);
    // "The ..." files under its second word ("The 40 Year Old Virgin" among the numbers).
    static const QRegularExpression article(u"^(the|an|a) "_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList titles;
    for (int row = 0; row < 100; ++row)
        titles << model()->index(row, 0).data().toString();
    QVERIFY2(std::any_of(titles.begin(), titles.end(),
                         [](const QString &t) { return t.startsWith(u"The "_s); }),
             qPrintable(titles.join(u" | "_s)));
    for (int row = 1; row < titles.size(); ++row)
        QVERIFY2(QString(titles[row - 1])
                                 .remove(article)
                                 .compare(QString(titles[row]).remove(article), Qt::CaseInsensitive)
                         <= 0,
                 qPrintable(titles[row - 1] + u" / "_s + titles[row]));
}

void TestCatalogue::everyColumnSorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("ascending");
    for (int c = 0; c < MovieTableModel::ColumnCount; ++c)
        QTest::addRow("%s", qPrintable(MovieTableModel::sortKey(c, Qt::AscendingOrder)))
                << c << MovieTableModel::sortKey(c, Qt::AscendingOrder);
}

void TestCatalogue::everyColumnSorts()
{
    QFETCH(int, column);
    QFETCH(QString, ascending);
    start(Member);
    if (column != MovieTableModel::Title) {
        clickHeader(column);
        QCOMPARE(model()->filter().sort, ascending);
        waitForRows();
    }
    const QString first = model()->index(0, MovieTableModel::Title).data().toString();
    clickHeader(column); // again: the other way round
    QCOMPARE(model()->filter().sort, u'-' + ascending);
    QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), column);
    QCOMPARE(view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    waitForRows();
    // (Without ratings or viewings of this user the personal columns tie: both ways by title.)
    if (column != MovieTableModel::MyRating && column != MovieTableModel::LastWatched)
        QVERIFY(model()->index(0, MovieTableModel::Title).data().toString() != first);
    // What the server sends for that order is what the table shows.
    const QJsonArray expected
            = m_server->client()
                      .get("/moviedata?pageSize=5&sort=-" + ascending.toLatin1(), m_adminToken)
                      .json()
                      .value("items"_L1)
                      .toArray();
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model()->movie(row).value("id"_L1), expected[row].toObject().value("id"_L1));
}

void TestCatalogue::sortAndWidthsSurviveARelaunch()
{
    start(Member);
    clickHeader(MovieTableModel::Year);
    clickHeader(MovieTableModel::Year);
    view()->horizontalHeader()->resizeSection(MovieTableModel::Director, 250);
    waitForRows();
    m_app.reset();
    start(Member);
    QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), int(MovieTableModel::Year));
    QCOMPARE(view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(model()->filter().sort, u"-year"_s);
    QCOMPARE(view()->horizontalHeader()->sectionSize(MovieTableModel::Director), 250);
    QVERIFY(model()->index(0, MovieTableModel::Year).data().toInt()
            >= model()->index(99, MovieTableModel::Year).data().toInt());
}

void TestCatalogue::tabOrderAndKeys()
{
    start(Member);
    auto *search = page()->findChild<QLineEdit *>(u"search"_s);
    page()->focusSearch();
    QTRY_VERIFY(search->hasFocus());
    // Tab: search → genre → mine → my rating → years → the table → the details (Clear filters
    // is off, and so is the tag filter of a user without tags).
    QVERIFY(!page()->findChild<QComboBox *>(u"tagFilter"_s)->isEnabled());
    const QList<QWidget *> chain{page()->findChild<QComboBox *>(u"genre"_s),
                                 page()->findChild<QComboBox *>(u"mineFilter"_s),
                                 page()->findChild<QComboBox *>(u"minRatingFilter"_s),
                                 page()->findChild<YearBox *>(u"yearFrom"_s),
                                 page()->findChild<YearBox *>(u"yearTo"_s),
                                 view(),
                                 page()->findChild<QWidget *>(u"details"_s)};
    for (QWidget *next : chain) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus == next || next->isAncestorOf(focus),
                 qPrintable(focus->objectName() + u" instead of "_s + next->objectName()));
    }
    // In the table the arrows move; Tab left it above, in one step.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Down);
    QVERIFY(view()->currentIndex().isValid());
    // Enter opens the film: for a member, the details get the focus.
    QTest::keyClick(view(), Qt::Key_Return);
    QVERIFY(page()->findChild<QWidget *>(u"details"_s)->hasFocus());
    // Delete does nothing for a member.
    view()->setFocus();
    QTRY_COMPARE(m_app->api->inFlight(), 0); // the panel has loaded the film's viewings
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(m_app->api->inFlight(), 0);
    // Escape clears the search.
    typeInto(search, u"alien"_s);
    QTRY_VERIFY(model()->total() < 100);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(model()->total(), 3201);
    // The rows' context menu.
    QStringList actions;
    for (QAction *a : view()->actions()) {
        if (a->isVisible() && !a->isSeparator())
            actions << a->text().remove(u'&');
    }
    QCOMPARE(view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(actions, (QStringList{u"Show details"_s, u"Copy title"_s, u"Refresh"_s}));
}

void TestCatalogue::adminKeys()
{
    start(Admin);
    QStringList actions;
    for (QAction *a : view()->actions()) {
        if (a->isVisible() && !a->isSeparator())
            actions << a->text().remove(u'&');
    }
    QCOMPARE(actions, (QStringList{u"Edit…"_s, u"Delete…"_s, u"Copy title"_s, u"Refresh"_s}));
    view()->setFocus();
    view()->selectRow(3);
    const QString title = model()->index(3, 0).data().toString();
    QTest::keyClick(view(), Qt::Key_Return);
    MovieDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<MovieDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"title"_s)->text(), title);
    dialog->reject();
    QTRY_VERIFY(!page()->findChild<MovieDialog *>());
    QString asked;
    page()->setConfirm([&asked](QWidget *, const QString &, const QString &text) {
        asked = text;
        return false;
    });
    // The window is active again once the dialog is gone (a window manager does this).
    m_app->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
    view()->setFocus();
    auto *remove = page()->findChild<QAction *>(u"actionDeleteMovie"_s);
    QVERIFY(remove && remove->isEnabled());
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(asked.contains(title));
}

void TestCatalogue::deleteConfirmationSaysDelete()
{
    start(Admin);
    view()->setFocus();
    view()->selectRow(0);
    QStringList buttons;
    QTimer::singleShot(0, this, [&buttons] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons())
            buttons << b->text().remove(u'&');
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(buttons.contains(u"Delete"_s));
    QCOMPARE(model()->total(), 3201); // cancelled: nothing deleted
}

void TestCatalogue::ctrlEndReachesTheTrueEnd()
{
    start(Member);
    QCOMPARE(model()->rowCount(), 3201);
    // The scroll bar covers the whole result from the first page on.
    QScrollBar *bar = view()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() + bar->pageStep() >= 3201);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view()->currentIndex().row(), 3200);
    QTRY_VERIFY(model()->isLoaded(3200));
    const QJsonArray last = m_server->client()
                                    .get("/moviedata?sort=title&pageSize=1&page=3201", m_adminToken)
                                    .json()
                                    .value("items"_L1)
                                    .toArray();
    QCOMPARE(model()->movie(3200).value("id"_L1), last[0].toObject().value("id"_L1));
    // Only what was shown was fetched: not the pages in between.
    QVERIFY(!model()->isLoaded(1600));
    // Dragging the scroll bar to the middle shows the middle.
    bar->setValue(bar->maximum() / 2);
    QTRY_VERIFY(model()->isLoaded(view()->rowAt(view()->viewport()->height() / 2)));
}

void TestCatalogue::selectionIsKept()
{
    start(Admin);
    // Add: the new film is selected and scrolled to, wherever it sorts.
    QTest::mouseClick(page()->findChild<QPushButton *>(u"addMovie"_s), Qt::LeftButton);
    MovieDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<MovieDialog *>()) && dialog->isVisible());
    typeInto(dialog->findChild<QLineEdit *>(u"title"_s), u"Mmmmm Kept Selected"_s);
    dialog->save();
    QTRY_VERIFY(!page()->findChild<MovieDialog *>());
    QTRY_COMPARE(page()->selectedId() != 0
                         && model()->movie(view()->currentIndex().row()).value("title"_L1)
                                 == u"Mmmmm Kept Selected"_s,
                 true);
    const qint64 id = page()->selectedId();
    QVERIFY(view()->currentIndex().row() > 100); // it is not on the first page
    QVERIFY(view()->viewport()->rect().contains(view()->visualRect(view()->currentIndex())));
    // An edit keeps it selected, even when the new title sorts elsewhere.
    QTest::mouseClick(page()->findChild<QPushButton *>(u"editMovie"_s), Qt::LeftButton);
    QTRY_VERIFY((dialog = page()->findChild<MovieDialog *>()) && dialog->isVisible());
    typeInto(dialog->findChild<QLineEdit *>(u"title"_s), u"Bbbbb Kept Selected"_s);
    dialog->save();
    QTRY_VERIFY(!page()->findChild<MovieDialog *>());
    QTRY_COMPARE(model()->movie(view()->currentIndex().row()).value("title"_L1).toString(),
                 u"Bbbbb Kept Selected"_s);
    QCOMPARE(page()->selectedId(), id);
    // F5 keeps it.
    m_app->window->findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QTRY_COMPARE(model()->movie(view()->currentIndex().row()).value("id"_L1).toInteger(), id);
    // Clean up for the other tests.
    QCOMPARE(asAdmin("DELETE", "/moviedata/" + QByteArray::number(id)).status, 204);
}

void TestCatalogue::yearFilters()
{
    start(Member);
    auto *from = page()->findChild<YearBox *>(u"yearFrom"_s);
    auto *to = page()->findChild<YearBox *>(u"yearTo"_s);
    auto *clear = page()->findChild<QPushButton *>(u"clearFilters"_s);
    QVERIFY(!clear->isEnabled());
    QCOMPARE(from->text(), u"Any"_s);
    // Typing a year filters.
    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, u"1990"_s);
    QCOMPARE(from->year(), 1990);
    // Clearing the text is "any" again; so is typing "any".
    from->selectAll();
    QTest::keyClick(from, Qt::Key_Backspace);
    QTest::keyClick(from, Qt::Key_Tab);
    QVERIFY(from->isAny());
    QCOMPARE(from->text(), u"Any"_s);
    from->setYear(1990);
    from->selectAll();
    QTest::keyClicks(from, u"any"_s);
    QTest::keyClick(from, Qt::Key_Tab);
    QVERIFY(from->isAny());
    // A from-year after the to-year: the boxes show what is asked, swapped.
    from->setYear(2005);
    to->setYear(1995);
    QTRY_COMPARE(model()->filter().yearFrom, 1995);
    QCOMPARE(model()->filter().yearTo, 2005);
    QCOMPARE(from->year(), 1995);
    QCOMPARE(to->year(), 2005);
    QVERIFY(clear->isEnabled());
    waitForRows();
    const qint64 decade = model()->total();
    QVERIFY(decade > 0 && decade < 3201);
    // Clear filters: everything back.
    typeInto(page()->findChild<QLineEdit *>(u"search"_s), u"the"_s);
    page()->findChild<QComboBox *>(u"genre"_s)->setCurrentIndex(3);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(from->isAny() && to->isAny());
    QCOMPARE(page()->findChild<QLineEdit *>(u"search"_s)->text(), QString());
    QCOMPARE(page()->findChild<QComboBox *>(u"genre"_s)->currentIndex(), 0);
    QTRY_COMPARE(model()->total(), 3201);
    QVERIFY(!clear->isEnabled());
}

void TestCatalogue::emptyResultSaysWhy()
{
    start(Member);
    QCOMPARE(view()->emptyText(), QString());
    typeInto(page()->findChild<QLineEdit *>(u"search"_s), u"qqqzzzxxx"_s);
    page()->findChild<QComboBox *>(u"genre"_s)->setCurrentText(u"Western"_s);
    QTRY_COMPARE(model()->total(), 0);
    QVERIFY2(view()->emptyText().contains(u"“qqqzzzxxx”"_s), qPrintable(view()->emptyText()));
    QVERIFY(view()->emptyText().contains(u"Western"_s));
    QVERIFY(view()->emptyText().contains(u"Clear filters"_s));
    QCOMPARE(page()->findChild<QLabel *>(u"count"_s)->text(), u"No films match"_s);
}

void TestCatalogue::unknownNumbersStayUnknown()
{
    start(Admin);
    QTest::mouseClick(page()->findChild<QPushButton *>(u"addMovie"_s), Qt::LeftButton);
    MovieDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<MovieDialog *>()) && dialog->isVisible());
    // The number fields start as "unknown", and leaving them so sends null.
    QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"imdbRating"_s)->text(), u"unknown"_s);
    typeInto(dialog->findChild<QLineEdit *>(u"title"_s), u"Only A Title"_s);
    dialog->save();
    QTRY_VERIFY(!page()->findChild<MovieDialog *>());
    QTRY_COMPARE(model()->movie(view()->currentIndex().row()).value("title"_L1).toString(),
                 u"Only A Title"_s);
    const qint64 id = page()->selectedId();
    const QJsonObject stored
            = m_server->client().get("/moviedata/" + QByteArray::number(id), m_adminToken).json();
    for (const char *field : {"imdbRating", "rottenTomatoesRating", "runtimeMinutes", "year",
                              "usGross", "productionBudget"})
        QVERIFY2(stored.value(QLatin1StringView(field)).isNull(), field);
    // The panel says "unknown", never "0 / 10".
    auto *form = page()->findChild<QWidget *>(u"details"_s)->findChild<QFormLayout *>();
    QVERIFY(form);
    QStringList values;
    for (int row = 0; row < form->rowCount(); ++row)
        values << qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget())
                          ->text();
    QVERIFY(!values.join(u' ').contains(u"0 / 10"_s));
    QVERIFY(values.count(u"unknown"_s) >= 5);
    QCOMPARE(model()->index(view()->currentIndex().row(), MovieTableModel::Rating).data(),
             QVariant());
}

void TestCatalogue::sameFormatInTableAndPanel()
{
    const qint64 id = addFilm({{u"title"_s, u"Aaaaa Seven Point Oh"_s},
                               {u"imdbRating"_s, 7.0},
                               {u"rottenTomatoesRating"_s, 85},
                               {u"runtimeMinutes"_s, 142},
                               {u"releaseDate"_s, u"1999-09-15"_s}});
    QVERIFY(id > 0);
    start(Member);
    typeInto(page()->findChild<QLineEdit *>(u"search"_s), u"Aaaaa Seven"_s);
    QTRY_COMPARE(model()->total(), 1);
    waitForRows();
    QCOMPARE(model()->index(0, MovieTableModel::Rating).data().toString(), u"7.0"_s);
    QCOMPARE(model()->index(0, MovieTableModel::Tomatoes).data().toString(), u"85%"_s);
    QCOMPARE(model()->index(0, MovieTableModel::Runtime).data().toString(), u"142 min"_s);
    view()->selectRow(0);
    auto *form = page()->findChild<QWidget *>(u"details"_s)->findChild<QFormLayout *>();
    QStringList values;
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget());
        values << label->text();
        if (row == 0)
            QVERIFY(!label->wordWrap()); // the release date stays on one line
    }
    QVERIFY2(values.contains(u"7.0 / 10"_s), qPrintable(values.join(u" | "_s)));
    QVERIFY(values.contains(u"85%"_s));
    QVERIFY(values.contains(u"142 minutes"_s));
    QCOMPARE(asAdmin("DELETE", "/moviedata/" + QByteArray::number(id)).status, 204);
}

void TestCatalogue::narrowWindowKeepsTheSearch()
{
    start(Member);
    view()->selectRow(0);
    m_app->window->resize(m_app->window->minimumSizeHint());
    QTRY_VERIFY(m_app->window->width() <= 900);
    auto *search = page()->findChild<QLineEdit *>(u"search"_s);
    QVERIFY(search->width() >= 180);
    QVERIFY(view()->width() >= 200);
    // The details give way (they can be collapsed), the table and the search do not.
    auto *splitter = page()->findChild<QSplitter *>(u"catalogueSplitter"_s);
    QVERIFY(splitter->isCollapsible(1));
    QVERIFY(!splitter->isCollapsible(0));
    // The count is not in the filter row: its text changing moves nothing there.
    auto *count = page()->findChild<QLabel *>(u"count"_s);
    QVERIFY(count->mapTo(page(), QPoint()).y() > view()->mapTo(page(), QPoint()).y());
}

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
