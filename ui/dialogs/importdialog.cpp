// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "dialogs/importchoicedelegate.h"
#include "models/filmtext.h"
#include "widgets/fielderror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeyRole = Qt::UserRole; // a row's key, on rows that take a choice

QString filmText(const QJsonObject &film)
{
    QString text = FilmText::titleAndYear(film);
    if (film.value("director"_L1).isString())
        text += u" — "_s + film.value("director"_L1).toString();
    return text;
}

} // namespace

ImportDialog::ImportDialog(ApiClient *api, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_path(path)
    , m_summary(new QLabel(this))
    , m_changes(new QLabel(this))
    , m_rows(new QTreeWidget(this))
    , m_error(new FieldError(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import — %1").arg(QFileInfo(path).fileName()));
    setObjectName(u"importDialog"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_changes->setObjectName(u"importChanges"_s);
    m_changes->setWordWrap(true);
    m_rows->setObjectName(u"importRows"_s);
    m_rows->setColumnCount(3);
    m_rows->setHeaderLabels({tr("In the file"), tr("Film in the catalogue"), tr("From")});
    m_rows->setColumnWidth(0, 300);
    m_rows->setColumnWidth(1, 320);
    // Every row as tall as a choice's combo box (the delegate's size), so the view need not
    // measure thousands of rows one by one.
    m_rows->setUniformRowHeights(true);
    m_rows->setItemDelegateForColumn(1,
                                     new ImportChoiceDelegate(
                                             [this](QWidget *editorParent, const QString &title) {
                                                 return filmFinder(editorParent, title);
                                             },
                                             m_rows));
    // A row beyond the first ones with a choice open gets its own on a double-click or Enter.
    connect(m_rows, &QTreeWidget::itemDoubleClicked, this, &ImportDialog::openChoice);
    m_rows->installEventFilter(this);
    m_error->setObjectName(u"importError"_s);
    m_busy->setRange(0, 0); // busy, for as long as the server takes
    m_busy->hide();
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(820, 560);

    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    // While the file goes up: how much of it; then busy, for as long as the server takes.
    connect(m_api, &ApiClient::uploadProgress, this, [this](quint64 id, qint64 sent, qint64 total) {
        if (id != m_request || !m_busy->isVisible())
            return;
        if (sent < total) {
            m_busy->setRange(0, 100);
            m_busy->setValue(int(sent * 100 / total));
            m_summary->setText(tr("Sending the file…"));
        } else {
            m_busy->setRange(0, 0);
            m_summary->setText(m_busyText);
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_request) {
            m_api->cancel(m_request); // stop waiting; the server's work is all or nothing
            m_request = 0;
        }
        reject();
    });

    QFile file(path);
    if (file.size() > MaxFileBytes) {
        m_error->show(tr("This file is larger than 32 MiB; an export of a film history is far "
                         "smaller. Is it the right file?"));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->show(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    m_file = file.readAll();
    const QString name = QFileInfo(path).fileName().toLower();
    m_contentType = m_file.startsWith("PK") ? "application/zip"
            : name.endsWith(u".json"_s)     ? "application/json"
                                            : "text/csv";
    // The three Letterboxd files with one header are told apart by their names.
    if (name == u"watched.csv"_s || name == u"watchlist.csv"_s)
        m_fileName = name;
    else if (name == u"films.csv"_s && QFileInfo(path).dir().dirName() == u"likes"_s)
        m_fileName = u"likes/films.csv"_s;
    send(true);
}

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_busy->setRange(0, 0);
    m_busyText = what;
    m_import->setEnabled(!busy && !m_file.isEmpty());
    if (busy)
        m_summary->setText(what);
}

void ImportDialog::send(bool dryRun)
{
    QUrlQuery query;
    if (dryRun)
        query.addQueryItem(u"dryRun"_s, u"true"_s);
    if (!m_fileName.isEmpty())
        query.addQueryItem(u"fileName"_s, m_fileName);
    const QJsonObject chosen = choices();
    if (!chosen.isEmpty())
        query.addQueryItem(u"choices"_s,
                           QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(
                                   QJsonDocument(chosen).toJson(QJsonDocument::Compact)))));
    m_error->clear();
    setBusy(true, dryRun ? tr("Reading the file and matching its films…") : tr("Importing…"));
    m_request = m_api->importFile(
            m_file, m_contentType, query,
            [this, dryRun](const ApiResult &result) {
                m_request = 0;
                setBusy(false);
                if (!result.ok()) {
                    m_summary->setText(tr("Nothing was imported."));
                    m_import->setEnabled(false);
                    m_error->show(result.code() == u"unrecognised_format"_s
                                          ? tr("Reelvault cannot import this file. It takes a "
                                               "Letterboxd export (the ZIP, or a CSV file from "
                                               "it), an IMDb ratings or list export (CSV), or "
                                               "Reelvault's own JSON export.")
                                          : ApiErrors::message(result));
                    return;
                }
                if (dryRun) {
                    showPreview(result.object());
                    return;
                }
                Q_EMIT imported(result.object());
                accept();
            },
            this);
}

QStringList ImportDialog::changesText(const QJsonObject &c)
{
    const auto n = [&](const char *key) { return c.value(QLatin1StringView(key)).toInt(); };
    QStringList what;
    if (n("viewings"))
        what << tr("%Ln viewing(s)", nullptr, n("viewings"));
    if (n("ratings"))
        what << tr("%Ln rating(s)", nullptr, n("ratings"));
    if (n("watchlist"))
        what << tr("%Ln on the watchlist", nullptr, n("watchlist"));
    if (n("favourites"))
        what << tr("%Ln favourite(s)", nullptr, n("favourites"));
    if (n("tags"))
        what << tr("%Ln tag(s)", nullptr, n("tags"));
    if (n("notes"))
        what << tr("%Ln note(s)", nullptr, n("notes"));
    return what;
}

void ImportDialog::showPreview(const QJsonObject &report)
{
    const QLocale locale;
    const auto count = [&](const char *key) {
        return int(report.value(QLatin1StringView(key)).toArray().size());
    };
    m_summary->setText(tr("%1: %Ln row(s). Matched %2, to choose %3, no film found %4, skipped %5.",
                          nullptr, report.value("rows"_L1).toInt())
                               .arg(QFileInfo(m_path).fileName(), locale.toString(count("matched")),
                                    locale.toString(count("ambiguous")),
                                    locale.toString(count("unmatched")),
                                    locale.toString(count("skipped"))));
    const QStringList what = changesText(report.value("changes"_L1).toObject());
    QString changes = what.isEmpty()
            ? tr("Importing it changes nothing: all of it is here "
                 "already.")
            : tr("Importing it adds or changes: %1.").arg(locale.createSeparatedList(what));
    if (count("ambiguous") > 0)
        changes += u' ' + tr("The rows you choose a film for below are imported too.");
    m_changes->setText(changes);
    m_rows->clear();
    using Choice = ImportChoiceDelegate;
    const auto section = [&](const QString &title, const char *key, bool expanded) {
        const QJsonArray rows = report.value(QLatin1StringView(key)).toArray();
        auto *head = new QTreeWidgetItem(m_rows, {tr("%1 (%2)").arg(title).arg(rows.size())});
        head->setFirstColumnSpanned(true);
        QFont bold = head->font(0);
        bold.setBold(true);
        head->setFont(0, bold);
        head->setExpanded(expanded && rows.size() > 0);
        head->setData(0, KeyRole, QString::fromLatin1(key));
        for (const auto &v : rows) {
            const QJsonObject row = v.toObject();
            auto *item = new QTreeWidgetItem(head,
                                             {FilmText::titleAndYear(row), QString(),
                                              tr("%1, line %2")
                                                      .arg(row.value("file"_L1).toString())
                                                      .arg(row.value("line"_L1).toInt())});
            item->setToolTip(0, FilmText::titleAndYear(row));
            if (row.contains("movie"_L1))
                item->setText(1, filmText(row.value("movie"_L1).toObject()));
            const bool ambiguous = qstrcmp(key, "ambiguous") == 0;
            if (!ambiguous && qstrcmp(key, "unmatched") != 0)
                continue;
            // Nothing is imported that the person did not choose: skipped until then.
            item->setData(0, KeyRole, row.value("key"_L1).toString());
            item->setData(1, Choice::ChoiceRole, 0);
            item->setText(1, Choice::skipText());
            if (ambiguous) {
                QVariantList candidates;
                for (const auto &candidate : row.value("candidates"_L1).toArray())
                    candidates << QVariantMap{
                            {u"text"_s, filmText(candidate.toObject())},
                            {u"id"_s, candidate.toObject().value("id"_L1).toInteger()}};
                item->setData(1, Choice::CandidatesRole, candidates);
                item->setToolTip(1, tr("Double-click or press Enter to choose the film"));
            } else {
                item->setData(1, Choice::TitleRole, row.value("title"_L1).toString());
                item->setToolTip(1, tr("Double-click or press Enter to find the film"));
            }
            if (head->childCount() <= MaxOpenChoices)
                m_rows->openPersistentEditor(item, 1);
        }
        return head;
    };
    section(tr("To choose"), "ambiguous", true);
    section(tr("No film found"), "unmatched", true);
    section(tr("Matched"), "matched", false);
    section(tr("Skipped"), "skipped", false);
    m_import->setEnabled(count("matched") + count("ambiguous") + count("unmatched") > 0);
    m_import->setDefault(true);
}

QComboBox *ImportDialog::filmFinder(QWidget *parent, const QString &title)
{
    // A row no film matched: the person finds the film by typing (the catalogue's search, as
    // in the catalogue), starting from the row's own title; "Skip this row" until one is picked.
    auto *finder = new QComboBox(parent);
    finder->setObjectName(u"finder"_s);
    finder->setEditable(true);
    finder->setInsertPolicy(QComboBox::NoInsert);
    finder->addItem(ImportChoiceDelegate::skipText(), 0);
    finder->setCurrentIndex(0);
    auto *debounce = new QTimer(finder);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    const auto search = [this, finder](const QString &text) {
        QUrlQuery query;
        query.addQueryItem(u"q"_s, text);
        query.addQueryItem(u"pageSize"_s, u"10"_s);
        m_api->fetchMovies(
                query,
                [finder](const ApiResult &result) {
                    if (!result.ok() || finder->currentIndex() > 0)
                        return; // a film is chosen: what was found since does not replace it
                    const QString typed = finder->currentText();
                    const QSignalBlocker blocker(finder);
                    while (finder->count() > 1)
                        finder->removeItem(1);
                    for (const auto &film : result.object().value("items"_L1).toArray())
                        finder->addItem(filmText(film.toObject()),
                                        film.toObject().value("id"_L1).toInteger());
                    finder->setEditText(typed); // what the person typed stays
                },
                finder);
    };
    connect(debounce, &QTimer::timeout, finder, [finder, search] {
        const QString text = finder->currentText().trimmed();
        if (!text.isEmpty() && finder->currentIndex() <= 0)
            search(text);
    });
    connect(finder->lineEdit(), &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
    search(title);
    return finder;
}

bool ImportDialog::openChoice(QTreeWidgetItem *item)
{
    if (!item || item->data(0, KeyRole).isNull())
        return false;
    if (!m_rows->isPersistentEditorOpen(item, 1))
        m_rows->openPersistentEditor(item, 1);
    if (auto *box = qobject_cast<QComboBox *>(m_rows->itemWidget(item, 1))) {
        box->setFocus();
        if (box->isEditable())
            box->lineEdit()->selectAll(); // typing replaces "Skip this row"
    }
    return true;
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a row that takes a choice opens it, rather than pressing Import.
    if (watched == m_rows && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && openChoice(m_rows->currentItem()))
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

QJsonObject ImportDialog::choices() const
{
    QJsonObject out;
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i) {
        QTreeWidgetItem *head = m_rows->topLevelItem(i);
        for (int j = 0; j < head->childCount(); ++j) {
            QTreeWidgetItem *item = head->child(j);
            if (item->data(0, KeyRole).isNull())
                continue;
            const qint64 id = item->data(1, ImportChoiceDelegate::ChoiceRole).toLongLong();
            if (id == 0 && !item->data(1, ImportChoiceDelegate::TitleRole).isNull())
                continue; // an unmatched row left alone stays unmatched (asked again next time)
            out.insert(item->data(0, KeyRole).toString(), id ? QJsonValue(id) : QJsonValue());
        }
    }
    return out;
}

void ImportDialog::startImport()
{
    if (m_file.isEmpty() || m_request)
        return;
    send(false);
}
