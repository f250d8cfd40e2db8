// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class ApiClient;
class FieldError;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// File › Import…: a film history from Letterboxd (the export ZIP or one of its CSV files), IMDb
// (ratings or a list, CSV) or Reelvault's own JSON export. Nothing changes until Import: the
// dialog first shows the server's preview (POST /imports?dryRun=true) — how many rows matched,
// which are ambiguous (a choice of candidates, skipped until one is chosen), which match no film
// (the person may find it by typing: the catalogue's search),
// which are skipped, and what will change; Import then applies it in one transaction with the
// choices made (remembered for the next import). While the server works a busy bar shows, and
// Cancel stops waiting (an import the server already began is still all or nothing).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFileBytes = 32LL * 1024 * 1024;
    // The rows of a section shown with their choice open (an unmatched one's title looked up in
    // the catalogue at once); the others open theirs on a double-click or Enter.
    static constexpr int MaxOpenChoices = 50;

    ImportDialog(ApiClient *api, const QString &path, QWidget *parent = nullptr);

    QTreeWidget *rows() const { return m_rows; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    // For the rows the matching left open: row key → film id (0: skip).
    QJsonObject choices() const;

    void startImport();
    // "3 viewings", "1 rating", …: what an import changes (its "changes" or "applied"), said.
    static QStringList changesText(const QJsonObject &changes);

Q_SIGNALS:
    // The import was applied: views that show the user's data reload.
    void imported(const QJsonObject &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send(bool dryRun);
    // Opens the choice of a row that takes one (and focuses it); false for any other row.
    bool openChoice(QTreeWidgetItem *item);
    void showPreview(const QJsonObject &report);
    // The finder of a row no film matched: an editable combo box searching the catalogue for
    // what is typed, starting with title.
    QComboBox *filmFinder(QWidget *parent, const QString &title);
    void setBusy(bool busy, const QString &what = {});

    ApiClient *m_api;
    QString m_path;
    QByteArray m_file;
    QByteArray m_contentType;
    QString m_fileName;
    QLabel *m_summary;
    QLabel *m_changes;
    QTreeWidget *m_rows;
    FieldError *m_error;
    QProgressBar *m_busy;
    QString m_busyText; // what the server is doing while the bar is busy
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    quint64 m_request = 0;
};
