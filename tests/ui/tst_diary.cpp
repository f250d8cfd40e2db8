// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/viewingdialog.h"
#include "guitestsupport.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "pages/diarypage.h"
#include "testserver.h"
#include "translator.h"
#include "widgets/catalogueview.h"
#include "widgets/fielderror.h"
#include "widgets/minepanel.h"
#include "widgets/starrating.h"
#include "widgets/tagsedit.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QJsonArray>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
const QString Email = u"diarist@example.com"_s;
} // namespace

// The diary page, the viewing editor, tags with completion and the catalogue's tag and rating
// filters, on real widgets against the real server.
class TestDiary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { m_server.reset(); }

    void groupedByMonthNewestFirst();
    void emptyDiarySaysHowToFillIt();
    void pagesComeAsTheListScrolls();
    void editAViewing();
    void aRefusedEditKeepsWhatWasTyped();
    void deleteAViewing();
    void showInCatalogue();
    void completedTags_data();
    void completedTags();
    void tagsCompleteAndFilter();
    void ratingAtLeastFilter();

private:
    void signIn();
    DiaryPage *openDiary();
    qint64 addViewing(qint64 movie, const QString &date, const QJsonObject &more = {});
    QByteArray send(const QByteArray &method, const QByteArray &target,
                    const QJsonObject &body = {});
    QStringList months(DiaryPage *diary) const;
    CataloguePage *catalogue() const { return m_app->window->cataloguePage(); }
    QString titleOf(qint64 movie);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
    QByteArray m_token;
};

void TestDiary::initTestCase()
{
    Translator::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestDiary::init()
{
    // A new server each time: every case starts with an empty diary.
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"admin@example.com"_s, Password);
    m_token = m_server->registerAndLogin(Email, Password).value("token"_L1).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestDiary::cleanup()
{
    m_app.reset();
    m_server.reset();
}

QByteArray TestDiary::send(const QByteArray &method, const QByteArray &target,
                           const QJsonObject &body)
{
    HttpClient::Request r;
    r.method = method;
    r.target = target;
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_token);
    const auto response = m_server->client().send(r);
    return QByteArray::number(response.status) + ' ' + response.body;
}

qint64 TestDiary::addViewing(qint64 movie, const QString &date, const QJsonObject &more)
{
    QJsonObject body = more;
    body.insert(u"watchedOn"_s, date);
    const QByteArray answer
            = send("POST", "/moviedata/" + QByteArray::number(movie) + "/viewings", body);
    if (!answer.startsWith("201 "))
        qWarning() << answer;
    return QJsonDocument::fromJson(answer.mid(4)).object().value("id"_L1).toInteger();
}

QString TestDiary::titleOf(qint64 movie)
{
    return m_server->client()
            .get("/moviedata/" + QByteArray::number(movie), m_token)
            .json()
            .value("title"_L1)
            .toString();
}

void TestDiary::signIn()
{
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"diary "_s + QUuid::createUuid().toString());
    m_app->window->resize(1280, 800);
    QVERIFY(signInAs(*m_app, Email, Password));
    QTRY_VERIFY(catalogue()->model()->total() > 0);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
}

DiaryPage *TestDiary::openDiary()
{
    // Ctrl+3, as a person would.
    QTest::keySequence(m_app->window.get(), QKeySequence(u"Ctrl+3"_s));
    DiaryPage *diary = m_app->window->diaryPage();
    if (m_app->window->tabs()->currentWidget() != diary)
        return nullptr;
    // Waits for the first page (and whatever the window's height asks for after it).
    const bool loaded = QTest::qWaitFor(
            [&] { return diary->total() >= 0 && m_app->api->inFlight() == 0; }, 10000);
    return loaded ? diary : nullptr;
}

QStringList TestDiary::months(DiaryPage *diary) const
{
    QStringList out;
    for (int i = 0; i < diary->list()->topLevelItemCount(); ++i)
        out << diary->list()->topLevelItem(i)->text(0);
    return out;
}

void TestDiary::groupedByMonthNewestFirst()
{
    addViewing(1, u"2023-12-01"_s);
    addViewing(2, u"2024-03-05"_s, {{u"rating"_s, 4.5}});
    addViewing(3, u"2023-12-31"_s, {{u"note"_s, u"New Year's Eve"_s}});
    addViewing(2, u"2024-03-20"_s); // the second time: a rewatch
    addViewing(4, u"2024-02-11"_s);
    signIn();
    DiaryPage *diary = openDiary();
    QVERIFY(diary);
    QCOMPARE(diary->total(), 5);
    QCOMPARE(months(diary),
             (QStringList{u"March 2024 · 2 films"_s, u"February 2024 · 1 film"_s,
                          u"December 2023 · 2 films"_s}));
    QTreeWidgetItem *march = diary->list()->topLevelItem(0);
    QCOMPARE(march->child(0)->text(0), QLocale().toString(QDate(2024, 3, 20), u"ddd d"_s));
    QCOMPARE(march->child(0)->text(1),
             titleOf(2) + u" ("_s
                     + QString::number(m_server->client()
                                               .get("/moviedata/2", m_token)
                                               .json()
                                               .value("year"_L1)
                                               .toInt())
                     + u")"_s);
    QCOMPARE(march->child(0)->text(3), u"rewatch"_s);
    QCOMPARE(march->child(1)->text(2), StarRating::text(4.5));
    QVERIFY(march->child(1)->text(3).isEmpty());
    QCOMPARE(diary->list()->topLevelItem(2)->child(0)->text(4), u"New Year's Eve"_s);
    // The newest is selected, ready for the keys.
    QCOMPARE(diary->selectedViewing().value("watchedOn"_L1).toString(), u"2024-03-20"_s);
    // A viewing added in the catalogue shows when the diary is opened again.
    QTest::keySequence(m_app->window.get(), QKeySequence(u"Ctrl+1"_s));
    addViewing(5, u"2024-04-01"_s);
    diary = openDiary();
    QCOMPARE(diary->total(), 6);
    QCOMPARE(months(diary).first(), u"April 2024 · 1 film"_s);
}

void TestDiary::emptyDiarySaysHowToFillIt()
{
    signIn();
    DiaryPage *diary = openDiary();
    QVERIFY(diary);
    QCOMPARE(diary->total(), 0);
    auto *empty = diary->findChild<QLabel *>(u"diaryEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Watched today"_s));
    QVERIFY(!diary->list()->isVisible());
    QVERIFY(!diary->findChild<QPushButton *>(u"editViewing"_s)->isEnabled());
}

void TestDiary::pagesComeAsTheListScrolls()
{
    QList<HttpClient::Request> requests;
    const QDate start(2020, 1, 1);
    for (int i = 0; i < 250; ++i) {
        HttpClient::Request r;
        r.method = "POST";
        r.target = "/moviedata/" + QByteArray::number(1 + i % 40) + "/viewings";
        r.body = QJsonDocument(
                         QJsonObject{{u"watchedOn"_s, start.addDays(i).toString(Qt::ISODate)}})
                         .toJson(QJsonDocument::Compact);
        r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_token);
        requests << r;
    }
    for (const auto &response : m_server->client().sendAll(requests))
        QCOMPARE(response.status, 201);
    signIn();
    DiaryPage *diary = openDiary();
    QVERIFY(diary);
    QCOMPARE(diary->total(), 250);
    QCOMPARE(diary->loaded(), DiaryPage::PageSize); // one page, until it is scrolled
    QScrollBar *bar = diary->list()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QTRY_COMPARE(diary->loaded(), 2 * DiaryPage::PageSize);
    bar->setValue(bar->maximum());
    QTRY_COMPARE(diary->loaded(), 250);
    // Oldest last, newest first; every viewing once.
    const QTreeWidgetItem *last
            = diary->list()->topLevelItem(diary->list()->topLevelItemCount() - 1);
    QCOMPARE(last->child(last->childCount() - 1)
                     ->data(0, Qt::UserRole)
                     .toJsonObject()
                     .value("watchedOn"_L1)
                     .toString(),
             u"2020-01-01"_s);
    QCOMPARE(months(diary).first(),
             u"%1 · %2 films"_s.arg(QLocale().toString(start.addDays(249), u"MMMM yyyy"_s))
                     .arg(start.addDays(249).day()));
}

void TestDiary::editAViewing()
{
    const qint64 id = addViewing(7, u"2024-05-10"_s);
    addViewing(8, u"2024-05-02"_s);
    signIn();
    DiaryPage *diary = openDiary();
    QVERIFY(diary);
    QCOMPARE(diary->selectedViewing().value("id"_L1).toInteger(), id);
    // Enter edits the selected viewing.
    diary->list()->setFocus();
    QTest::keyClick(diary->list(), Qt::Key_Return);
    ViewingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = diary->findChild<ViewingDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->dateEdit()->date(), QDate(2024, 5, 10));
    QVERIFY(!dialog->rewatchBox()->isChecked());
    dialog->dateEdit()->setDate(QDate(2024, 4, 28));
    dialog->rewatchBox()->setChecked(true);
    dialog->ratingEdit()->setFocus();
    QTest::keyClick(dialog->ratingEdit(), Qt::Key_4);
    typeInto(dialog->noteEdit(), u"At the Prince Charles, 35 mm"_s);
    dialog->save();
    QTRY_VERIFY(!diary->findChild<ViewingDialog *>());
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    // The server keeps it; the diary moved it to April and keeps it selected.
    const QJsonObject stored = QJsonDocument::fromJson(send("GET", "/viewings?movieId=7").mid(4))
                                       .object()
                                       .value("items"_L1)
                                       .toArray()
                                       .first()
                                       .toObject();
    QCOMPARE(stored.value("watchedOn"_L1).toString(), u"2024-04-28"_s);
    QCOMPARE(stored.value("rewatch"_L1).toBool(), true);
    QCOMPARE(stored.value("rating"_L1).toDouble(), 4.0);
    QCOMPARE(stored.value("note"_L1).toString(), u"At the Prince Charles, 35 mm"_s);
    QCOMPARE(months(diary), (QStringList{u"May 2024 · 1 film"_s, u"April 2024 · 1 film"_s}));
    QCOMPARE(diary->selectedViewing().value("id"_L1).toInteger(), id);
    QCOMPARE(diary->list()->topLevelItem(1)->child(0)->text(4), u"At the Prince Charles, 35 mm"_s);
    // The viewing's rating became the film's: the catalogue shows it.
    QCOMPARE(QJsonDocument::fromJson(send("GET", "/moviedata/7").mid(4))
                     .object()
                     .value("mine"_L1)
                     .toObject()
                     .value("rating"_L1)
                     .toDouble(),
             4.0);
    QTest::keySequence(m_app->window.get(), QKeySequence(u"Ctrl+1"_s));
    catalogue()->showMovie(7, titleOf(7));
    QTRY_COMPARE(catalogue()->selectedId(), 7);
    QCOMPARE(catalogue()->minePanel()->ratingEdit()->rating(), std::optional<double>(4.0));
}

void TestDiary::aRefusedEditKeepsWhatWasTyped()
{
    const qint64 id = addViewing(9, u"2024-06-01"_s);
    signIn();
    DiaryPage *diary = openDiary();
    QVERIFY(diary);
    diary->editSelected();
    ViewingDialog *dialog = diary->findChild<ViewingDialog *>();
    QVERIFY(dialog);
    typeInto(dialog->noteEdit(), u"typed, not to be lost"_s);
    // Gone meanwhile (deleted from another window): the save is refused, said in the dialog.
    QVERIFY(send("DELETE", "/viewings/" + QByteArray::number(id)).startsWith("204"));
    dialog->save();
    auto *error = dialog->findChild<FieldError *>(u"viewingError"_s);
    QTRY_VERIFY(!error->text().isEmpty());
    QCOMPARE(error->text(), u"This viewing is no longer in your diary."_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->noteEdit()->text(), u"typed, not to be lost"_s);
    dialog->reject();
}

void TestDiary::deleteAViewing()
{
    addViewing(10, u"2024-07-03"_s);
    const qint64 second = addViewing(11, u"2024-07-02"_s);
    const qint64 third = addViewing(12, u"2024-06-30"_s);
    signIn();
    DiaryPage *diary = openDiary();
    QVERIFY(diary);
    QString asked;
    bool answer = false;
    diary->setConfirm([&](QWidget *, const QString &, const QString &text) {
        asked = text;
        return answer;
    });
    diary->list()->setCurrentItem(diary->list()->topLevelItem(0)->child(1));
    QCOMPARE(diary->selectedViewing().value("id"_L1).toInteger(), second);
    diary->list()->setFocus();
    QTest::keyClick(diary->list(), Qt::Key_Delete);
    QVERIFY2(asked.contains(titleOf(11)), qPrintable(asked));
    QCOMPARE(diary->total(), 3); // cancelled: nothing went
    answer = true;
    QTest::keyClick(diary->list(), Qt::Key_Delete);
    QTRY_COMPARE(diary->total(), 2);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    QVERIFY(send("GET", "/viewings/" + QByteArray::number(second)).startsWith("404")
            || send("GET", "/viewings?movieId=11").contains("\"total\":0"));
    // The one below took its place (across the month's heading).
    QCOMPARE(diary->selectedViewing().value("id"_L1).toInteger(), third);
}

void TestDiary::showInCatalogue()
{
    addViewing(25, u"2024-08-08"_s);
    signIn();
    DiaryPage *diary = openDiary();
    QVERIFY(diary);
    diary->findChild<QPushButton *>(u"showViewingFilm"_s)->click();
    QCOMPARE(m_app->window->tabs()->currentWidget(), catalogue());
    QTRY_COMPARE(catalogue()->selectedId(), 25);
    QCOMPARE(catalogue()->findChild<QLineEdit *>(u"search"_s)->text(), titleOf(25));
}

void TestDiary::completedTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("completion");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("result");
    QTest::newRow("first") << u"co"_s << u"cosy"_s << u"co"_s << u"cosy, "_s;
    QTest::newRow("second") << u"cosy, no"_s << u"noir"_s << u"no"_s << u"cosy, noir, "_s;
    QTest::newRow("spaces") << u" cosy ,  NO"_s << u"noir"_s << u"NO"_s << u"cosy, noir, "_s;
    QTest::newRow("after comma") << u"cosy,"_s << u"noir"_s << QString() << u"cosy, noir, "_s;
}

void TestDiary::completedTags()
{
    QFETCH(QString, text);
    QFETCH(QString, completion);
    QFETCH(QString, last);
    QFETCH(QString, result);
    QCOMPARE(TagsEdit::lastTag(text), last);
    QCOMPARE(TagsEdit::completed(text, completion), result);
    TagsEdit edit;
    edit.setText(u"Cosy, noir, , cosy,  late   night "_s);
    QCOMPARE(edit.tags(), (QStringList{u"Cosy"_s, u"noir"_s, u"late night"_s}));
}

void TestDiary::tagsCompleteAndFilter()
{
    signIn();
    CatalogueView *view = catalogue()->view();
    MinePanel *panel = catalogue()->minePanel();
    auto *filter = catalogue()->findChild<QComboBox *>(u"tagFilter"_s);
    QVERIFY(!filter->isEnabled()); // no tags yet
    const auto tagRow = [&](int row, const QString &tags) {
        view->selectRow(row);
        QTRY_COMPARE(panel->movieId(), catalogue()->model()->movie(row).value("id"_L1).toInteger());
        panel->tagsEdit()->setFocus();
        typeInto(panel->tagsEdit(), tags);
        QTest::keyClick(panel->tagsEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_app->api->inFlight(), 0);
    };
    tagRow(0, u"cosy, noir"_s);
    tagRow(1, u"noir"_s);
    // The filter and the completion know them now.
    QTRY_VERIFY(filter->isEnabled());
    QCOMPARE(filter->findText(u"noir"_s) > 0, true);
    QCOMPARE(panel->tagsEdit()->knownTags(), (QStringList{u"noir"_s, u"cosy"_s}));
    // Typing the start of a tag offers it; choosing it completes only the last tag.
    view->selectRow(2);
    const qint64 thirdId = catalogue()->model()->movie(2).value("id"_L1).toInteger();
    QTRY_COMPARE(panel->movieId(), thirdId);
    panel->tagsEdit()->setFocus();
    typeInto(panel->tagsEdit(), u"late, co"_s);
    QCompleter *completer = panel->tagsEdit()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), u"cosy"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(panel->tagsEdit()->text(), u"late, cosy, "_s);
    QTest::keyClick(panel->tagsEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_app->api->inFlight(), 0);
    QCOMPARE(catalogue()->model()->movie(2).value("mine"_L1).toObject().value("tags"_L1).toArray(),
             (QJsonArray{u"cosy"_s, u"late"_s}));
    // Filter by a tag: exactly the films that carry it.
    filter->setCurrentIndex(filter->findText(u"noir"_s));
    QTRY_COMPARE(catalogue()->model()->total(), 2);
    filter->setCurrentIndex(filter->findText(u"late"_s));
    QTRY_COMPARE(catalogue()->model()->total(), 1);
    QTRY_VERIFY(catalogue()->model()->isLoaded(0));
    QCOMPARE(catalogue()->model()->movie(0).value("id"_L1).toInteger(), thirdId);
    catalogue()->clearFilters();
    QTRY_VERIFY(catalogue()->model()->total() > 100);
}

void TestDiary::ratingAtLeastFilter()
{
    const QList<std::pair<int, double>> ratings{{1, 5}, {2, 4.5}, {3, 4}, {4, 3.5}, {5, 1}};
    for (const auto &[movie, rating] : ratings)
        QVERIFY(send("PATCH", "/moviedata/" + QByteArray::number(movie) + "/mine",
                     {{u"rating"_s, rating}})
                        .startsWith("200"));
    signIn();
    auto *filter = catalogue()->findChild<QComboBox *>(u"minRatingFilter"_s);
    QCOMPARE(filter->count(), 11); // any, then ★★★★★ down to ½
    filter->setCurrentIndex(filter->findData(4.0));
    QVERIFY(filter->currentText().contains(u"or more"_s));
    QTRY_COMPARE(catalogue()->model()->total(), 3);
    filter->setCurrentIndex(filter->findData(5.0));
    QTRY_COMPARE(catalogue()->model()->total(), 1);
    filter->setCurrentIndex(filter->findData(0.5));
    QTRY_COMPARE(catalogue()->model()->total(), 5);
    // Nothing that high: the empty table says why.
    QVERIFY(send("PATCH", "/moviedata/1/mine", {{u"rating"_s, 4}}).startsWith("200"));
    filter->setCurrentIndex(filter->findData(5.0));
    QTRY_COMPARE(catalogue()->model()->total(), 0);
    QVERIFY2(catalogue()->view()->emptyText().contains(u"your rating of"_s),
             qPrintable(catalogue()->view()->emptyText()));
    QVERIFY(catalogue()->findChild<QPushButton *>(u"clearFilters"_s)->isEnabled());
}

QTEST_MAIN(TestDiary)
#include "tst_diary.moc"
