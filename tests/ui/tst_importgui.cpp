// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importdialog.h"
#include "dialogs/importsdialog.h"
#include "guitestsupport.h"
#include "import/csvreader.h"
#include "models/movietablemodel.h"
#include "pages/cataloguepage.h"
#include "testserver.h"
#include "translator.h"
#include "widgets/fielderror.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItem>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Password = u"correct horse battery"_s;
const QString Email = u"importer@example.com"_s;
const QByteArray DiaryHeader = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n";
} // namespace

// File › Import…, File › Imports and File › Export… on real widgets against the real server.
class TestImportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewChooseImportUndo();
    void aFileItCannotRead();
    void aLargeFileShowsItsUpload();
    void exportWritesTheFile();
    void droppingAFileOpensTheImport();

private:
    QString write(const QString &name, const QByteArray &content);
    int viewings();
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<GuiApp> m_app;
    QByteArray m_token;
    QTemporaryDir m_dir;
};

void TestImportGui::initTestCase()
{
    Translator::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestImportGui::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(u"admin@example.com"_s, Password);
    m_token = m_server->registerAndLogin(Email, Password).value("token"_L1).toString().toLatin1();
    m_app = std::make_unique<GuiApp>(m_server->port(),
                                     u"import "_s + QUuid::createUuid().toString());
    m_app->window->resize(1180, 760);
    QVERIFY(signInAs(*m_app, Email, Password));
}

void TestImportGui::cleanup()
{
    m_app.reset();
    m_server.reset();
}

QString TestImportGui::write(const QString &name, const QByteArray &content)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

int TestImportGui::viewings()
{
    return m_server->client().get("/viewings", m_token).json().value("total"_L1).toInt();
}

void TestImportGui::previewChooseImportUndo()
{
    const QString path = write(
            u"diary.csv"_s,
            DiaryHeader
                    + "2024-01-05,Fargo,1996,https://boxd.it/f,4.5,,,2024-01-04\n"
                      "2024-01-06,Alice in Wonderland,,https://boxd.it/a,4,,,2024-01-05\n"
                      "2024-01-07,Not In The Catalogue,1999,https://boxd.it/n,,,,2024-01-06\n");
    ImportDialog *dialog = m_app->window->showImport(path);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QVERIFY2(dialog->summary()->text().contains(u"3 rows"_s),
             qPrintable(dialog->summary()->text()));
    QVERIFY(dialog->summary()->text().contains(u"Matched 1, to choose 1, no film found 1"_s));
    auto *changes = dialog->findChild<QLabel *>(u"importChanges"_s);
    QVERIFY2(changes->text().startsWith(u"Importing it adds or changes: 1 viewing and 1 rating."_s),
             qPrintable(changes->text()));
    QVERIFY(changes->text().contains(u"choose a film for below"_s));
    QCOMPARE(viewings(), 0); // a preview changes nothing
    // The ambiguous row: the first candidate is offered; choose the second.
    QTreeWidget *rows = dialog->rows();
    QCOMPARE(rows->topLevelItem(0)->text(0), u"To choose (1)"_s);
    QCOMPARE(rows->topLevelItem(1)->text(0), u"No film found (1)"_s);
    QCOMPARE(rows->topLevelItem(1)->child(0)->text(0), u"Not In The Catalogue (1999)"_s);
    auto *choice = qobject_cast<QComboBox *>(rows->itemWidget(rows->topLevelItem(0)->child(0), 1));
    QVERIFY(choice);
    QVERIFY(choice->count() >= 3); // skip, and at least two films
    QCOMPARE(choice->currentIndex(), 0); // skipped until chosen
    QCOMPARE(dialog->choices().value("https://boxd.it/a"_L1), QJsonValue());
    choice->setCurrentIndex(2);
    const qint64 chosen = choice->currentData().toLongLong();
    QCOMPARE(dialog->choices().value("https://boxd.it/a"_L1).toInteger(), chosen);
    // The row no film matched: its title was looked up; type to find another, pick it.
    auto *finder = qobject_cast<QComboBox *>(rows->itemWidget(rows->topLevelItem(1)->child(0), 1));
    QVERIFY(finder);
    QVERIFY(finder->isEditable());
    QCOMPARE(finder->currentIndex(), 0); // skipped until a film is picked
    QVERIFY(!dialog->choices().contains("https://boxd.it/n"_L1));
    finder->lineEdit()->setFocus();
    finder->lineEdit()->selectAll();
    QTest::keyClicks(finder->lineEdit(), u"jaws"_s);
    QTRY_VERIFY(finder->count() > 1);
    QVERIFY2(finder->itemText(1).startsWith(u"Jaws"_s), qPrintable(finder->itemText(1)));
    QCOMPARE(finder->currentText(), u"jaws"_s); // what was typed stays while films are found
    finder->setCurrentIndex(1);
    const qint64 jaws = finder->currentData().toLongLong();
    QCOMPARE(dialog->choices().value("https://boxd.it/n"_L1).toInteger(), jaws);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_app->window->findChild<ImportDialog *>());
    QCOMPARE(viewings(), 3);
    QCOMPARE(m_server->client()
                     .get("/viewings?movieId=" + QByteArray::number(jaws), m_token)
                     .json()
                     .value("total"_L1)
                     .toInt(),
             1);
    const QJsonArray items
            = m_server->client()
                      .get("/viewings?movieId=" + QByteArray::number(chosen), m_token)
                      .json()
                      .value("items"_L1)
                      .toArray();
    QCOMPARE(items.size(), 1);
    // File › Imports: it is there; Undo takes it back.
    ImportsDialog *imports = m_app->window->showImports();
    QVERIFY(imports);
    QTRY_COMPARE(imports->list()->topLevelItemCount(), 1);
    QVERIFY2(imports->list()->topLevelItem(0)->text(1).contains(u"diary.csv"_s),
             qPrintable(imports->list()->topLevelItem(0)->text(1)));
    QVERIFY(imports->list()->topLevelItem(0)->text(3).contains(u"3 viewings"_s));
    imports->undoSelected();
    QTRY_COMPARE(viewings(), 0);
    QTRY_COMPARE(imports->list()->topLevelItemCount(), 0);
    imports->reject();
}

void TestImportGui::aFileItCannotRead()
{
    const QString path = write(u"notes.csv"_s, "id,price\n1,2\n");
    ImportDialog *dialog = m_app->window->showImport(path);
    QVERIFY(dialog);
    auto *error = dialog->findChild<FieldError *>(u"importError"_s);
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY2(error->text().contains(u"Letterboxd"_s), qPrintable(error->text()));
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(dialog->summary()->text(), u"Nothing was imported."_s);
    dialog->reject();
    QCOMPARE(m_server->client().get("/imports", m_token).json().value("items"_L1).toArray().size(),
             0);
}

void TestImportGui::aLargeFileShowsItsUpload()
{
    // About 3 MB of diary: the dialog follows the upload of this request to its end (all of the
    // file's bytes), then waits on the server with the bar busy, then shows the preview.
    QByteArray csv = DiaryHeader;
    for (int i = 0; i < 4'000; ++i)
        csv += "2024-01-01,\"Unknown " + QByteArray::number(i) + ' ' + QByteArray(10, 'x')
                + "\",1990,https://boxd.it/" + QByteArray::number(i) + ",,,,2023-12-31\n";
    const QString path = write(u"diary.csv"_s, csv);
    QSignalSpy progress(m_app->api.get(), &ApiClient::uploadProgress);
    ImportDialog *dialog = m_app->window->showImport(path);
    QVERIFY(dialog);
    auto *bar = dialog->findChild<QProgressBar *>();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(dialog->summary()->text().contains(u"4,000 rows"_s));
    QVERIFY(!bar->isVisible());
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(1).toLongLong(), qint64(csv.size()));
    QCOMPARE(last.at(2).toLongLong(), qint64(csv.size()));
    for (const QList<QVariant> &step : std::as_const(progress))
        QCOMPARE(step.at(0), last.at(0)); // one exchange: this preview's

    // 4,000 rows no film matched: the first 50 show a finder, the others open theirs when asked.
    QCOMPARE(dialog->findChildren<QComboBox *>(u"finder"_s).size(), ImportDialog::MaxOpenChoices);
    QTreeWidget *rows = dialog->rows();
    QTreeWidgetItem *far = rows->topLevelItem(1)->child(300);
    QCOMPARE(far->text(0), u"Unknown 300 xxxxxxxxxx (1990)"_s);
    QCOMPARE(far->text(1), u"Skip this row"_s);
    QVERIFY(!rows->itemWidget(far, 1));
    rows->setCurrentItem(far);
    QTest::keyClick(rows, Qt::Key_Return);
    auto *finder = qobject_cast<QComboBox *>(rows->itemWidget(far, 1));
    QVERIFY(finder);
    QTest::keyClicks(finder->lineEdit(), u"fargo"_s);
    QTRY_VERIFY(finder->count() > 1);
    finder->setCurrentIndex(1);
    const qint64 fargo = finder->currentData().toLongLong();
    QCOMPARE(dialog->choices().value("https://boxd.it/300"_L1).toInteger(), fargo);
    QVERIFY(far->text(1).startsWith(u"Fargo (1996)"_s));
    // Typing again undoes the pick.
    QTest::keyClick(finder->lineEdit(), Qt::Key_Backspace);
    QVERIFY(!dialog->choices().contains("https://boxd.it/300"_L1));
    QCOMPARE(far->text(1), u"Skip this row"_s);
    dialog->reject();
}

void TestImportGui::exportWritesTheFile()
{
    HttpClient::Request r;
    r.method = "PATCH";
    r.target = "/moviedata/12/mine";
    r.body = "{\"rating\":3.5}";
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_token);
    QCOMPARE(m_server->client().send(r).status, 200);
    const QString json = m_dir.filePath(u"mine.json"_s);
    m_app->window->exportTo(u"json"_s, json);
    QTRY_VERIFY(QFile::exists(json));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value("format"_L1).toString(), u"reelvault-export"_s);
    QCOMPARE(doc.value("films"_L1).toArray().size(), 1);
    const QString csv = m_dir.filePath(u"letterboxd.csv"_s);
    m_app->window->exportTo(u"letterboxd"_s, csv);
    QTRY_VERIFY(QFile::exists(csv));
    QFile lb(csv);
    QVERIFY(lb.open(QIODevice::ReadOnly));
    QVERIFY(lb.readLine().startsWith("Title,Year,Directors,WatchedDate,Rating"));

    // The plain CSV is what the catalogue shows: searched for "alien", in its order.
    auto *search = m_app->window->cataloguePage()->findChild<QLineEdit *>(u"search"_s);
    search->setText(u"alien"_s);
    MovieTableModel *model = m_app->window->cataloguePage()->model();
    QTRY_COMPARE(model->filter().text, u"alien"_s);
    QTRY_VERIFY(!model->isLoading() && model->total() > 1 && model->isLoaded(0));
    const QString view = m_dir.filePath(u"view.csv"_s);
    m_app->window->exportTo(u"csv"_s, view);
    QTRY_VERIFY(QFile::exists(view));
    QFile viewFile(view);
    QVERIFY(viewFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = viewFile.readAll();
    CsvReader reader(bytes);
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields.first(), u"Title"_s);
    QStringList titles;
    while (reader.next(&fields))
        titles << fields.first();
    QCOMPARE(titles.size(), model->total());
    for (int row = 0; row < titles.size(); ++row)
        QCOMPARE(titles[row], model->index(row, 0).data().toString());
}

void TestImportGui::droppingAFileOpensTheImport()
{
    const QString path
            = write(u"ratings.csv"_s,
                    "Date,Name,Year,Letterboxd URI,Rating\n2020-01-01,Alien,1979,u,3.5\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_app->window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_app->window.get(), &drop);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window->findChild<ImportDialog *>()));
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QVERIFY(dialog->summary()->text().contains(u"Matched 1"_s));
    dialog->reject();
}

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
