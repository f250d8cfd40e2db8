// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/deleteconfirmation.h"

#include <QDialog>

class ApiClient;
class FieldError;
class PasswordEdit;
class StateLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// File › Back up… and File › Restore… (administrators), over POST /backup and POST /restore.
// Back up: where to save, a passphrase twice with a strength meter; the file is written whole
// or not at all. Restore: the file, its passphrase, a confirmation that says what will be
// replaced, the upload's progress. Each ends with a clear result in the dialog.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Backup, Restore };
    BackupDialog(Mode mode, ApiClient *api, QWidget *parent = nullptr);

    void setPath(const QString &path);
    void start();
    QString resultText() const;
    // Asked before a restore replaces anything; tests answer in its place.
    void setConfirmation(DeleteConfirmation::Ask ask) { m_ask = std::move(ask); }

Q_SIGNALS:
    // The catalogue was replaced: every session of the old data is gone.
    void restored(const QString &notice);

private:
    void browse();
    void startBackup();
    void startRestore();
    void finish(bool ok, const QString &text);

    Mode m_mode;
    ApiClient *m_api;
    QLineEdit *m_path;
    FieldError *m_pathError;
    PasswordEdit *m_passphrase;
    FieldError *m_passphraseError;
    PasswordEdit *m_confirm = nullptr;
    FieldError *m_confirmError = nullptr;
    QProgressBar *m_progress;
    StateLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_close;
    DeleteConfirmation::Ask m_ask;
    quint64 m_upload = 0;
};
