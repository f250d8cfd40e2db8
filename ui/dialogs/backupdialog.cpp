// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupdialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "theme/palette.h"
#include "widgets/fielderror.h"
#include "widgets/passwordedit.h"
#include "widgets/statelabel.h"
#include "widgets/strengthmeter.h"

#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int MinPassphrase = 8; // the server's BackupFormat::MinPassphraseLength

} // namespace

BackupDialog::BackupDialog(Mode mode, ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_api(api)
    , m_path(new QLineEdit(this))
    , m_pathError(new FieldError(this))
    , m_passphrase(new PasswordEdit(this))
    , m_passphraseError(new FieldError(this))
    , m_progress(new QProgressBar(this))
    , m_result(new StateLabel(this))
    , m_start(nullptr)
    , m_close(nullptr)
    , m_ask(&DeleteConfirmation::ask)
{
    const bool backup = mode == Mode::Backup;
    setWindowTitle(backup ? tr("Back up the catalogue") : tr("Restore a backup"));
    setObjectName(backup ? u"backupDialog"_s : u"restoreDialog"_s);
    m_path->setObjectName(u"backupPath"_s);
    m_passphrase->setObjectName(u"backupPassphrase"_s);
    m_passphraseError->setObjectName(u"backupPassphraseError"_s);
    m_pathError->setObjectName(u"backupPathError"_s);
    m_result->setObjectName(u"backupResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_progress->hide();
    m_progress->setTextVisible(false);

    auto *intro = new QLabel(
            backup ? tr("One file with every account, diary, rating, import and poster of this "
                        "catalogue, encrypted with a passphrase. Without the passphrase nobody "
                        "can read it, not even you: keep it safe.")
                   : tr("Restoring replaces every account, diary, rating, import and poster of "
                        "this catalogue with the backup's. What is here now is kept as a backup "
                        "in the data folder, with the same passphrase. Everyone then signs in "
                        "with the accounts of the backup."),
            this);
    intro->setWordWrap(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(u"backupBrowse"_s);
    auto *pathRow = new QWidget(this);
    auto *h = new QHBoxLayout(pathRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_path, 1);
    h->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(backup ? tr("Save &to:") : tr("Backup &file:"),
                 FieldError::below(this, pathRow, m_pathError));
    if (backup) {
        m_confirm = new PasswordEdit(this);
        m_confirmError = new FieldError(this);
        m_confirm->setObjectName(u"backupConfirm"_s);
        m_confirmError->setObjectName(u"backupConfirmError"_s);
        form->addRow(tr("&Passphrase:"),
                     FieldError::below(this, m_passphrase, m_passphraseError,
                                       new StrengthMeter(m_passphrase, this)));
        form->addRow(tr("&Repeat passphrase:"), FieldError::below(this, m_confirm, m_confirmError));
        m_confirmError->clearWhenEdited(m_confirm);
        const QString name
                = u"reelvault-%1.rvbackup"_s.arg(QDate::currentDate().toString(Qt::ISODate));
        m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .filePath(name));
    } else {
        form->addRow(tr("&Passphrase:"), FieldError::below(this, m_passphrase, m_passphraseError));
    }
    m_pathError->clearWhenEdited(m_path);
    m_passphraseError->clearWhenEdited(m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(backup ? tr("Back &up") : tr("&Restore…"),
                                 QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"backupStart"_s);
    m_start->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_api, &ApiClient::uploadProgress, this, [this](quint64 id, qint64 sent, qint64 total) {
        if (id != m_upload || total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(sent * 1000 / total));
        if (sent == total)
            m_progress->setRange(0, 0); // checked and replaced on the server now
    });

    // Keyboard order as the form reads: the file, Browse, the passphrase(s), then the buttons.
    setTabOrder(m_path, browseButton);
    setTabOrder(browseButton, m_passphrase);
    if (m_confirm)
        setTabOrder(m_passphrase, m_confirm);
    setTabOrder(m_confirm ? static_cast<QWidget *>(m_confirm) : m_passphrase, m_start);
    setTabOrder(m_start, m_close);

    auto *v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(m_progress);
    v->addWidget(m_result);
    v->addStretch(1);
    v->addWidget(buttons);
    setMinimumWidth(600);
}

void BackupDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString BackupDialog::resultText() const
{
    return m_result->text();
}

void BackupDialog::browse()
{
    const QString filter = tr("Reelvault backups (*.rvbackup)");
    const QString path = m_mode == Mode::Backup
            ? QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), filter)
            : QFileDialog::getOpenFileName(this, windowTitle(), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void BackupDialog::start()
{
    m_result->hide();
    bool ok = true;
    if (m_path->text().trimmed().isEmpty()) {
        m_pathError->show(m_mode == Mode::Backup ? tr("Choose where to save the backup.")
                                                 : tr("Choose the backup file."));
        ok = false;
    } else if (m_mode == Mode::Restore && !QFileInfo(m_path->text()).isFile()) {
        m_pathError->show(tr("There is no file here."));
        ok = false;
    }
    if (m_passphrase->text().size() < MinPassphrase) {
        m_passphraseError->show(
                tr("The passphrase must be at least %n characters.", nullptr, MinPassphrase));
        ok = false;
    } else if (m_confirm && m_confirm->text() != m_passphrase->text()) {
        m_confirmError->show(tr("The two passphrases are not the same."));
        ok = false;
    }
    if (!ok)
        return;
    if (m_mode == Mode::Backup)
        startBackup();
    else
        startRestore();
}

void BackupDialog::startBackup()
{
    m_start->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    const QString path = m_path->text().trimmed();
    m_api->backup(
            m_passphrase->text(),
            [this, path](const ApiResult &result) {
                if (!result.ok()) {
                    finish(false, ApiErrors::message(result));
                    return;
                }
                // Whole or nothing: written beside and renamed.
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)
                    || file.write(result.body) != result.body.size() || !file.commit()) {
                    finish(false,
                           tr("The backup could not be saved to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
                    return;
                }
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
                finish(true,
                       tr("Backed up to %1 (%2). Keep the passphrase: without it the "
                          "backup cannot be restored.")
                               .arg(QDir::toNativeSeparators(path),
                                    QLocale().formattedDataSize(result.body.size())));
            },
            this);
}

void BackupDialog::startRestore()
{
    const QString path = m_path->text().trimmed();
    if (!m_ask(this, tr("Replace this catalogue?"),
               tr("Everything in this catalogue (every account, diary, rating, import and "
                  "poster) will be replaced by the backup in %1. What is here now is kept in "
                  "the data folder as a backup with the same passphrase.")
                       .arg(QFileInfo(path).fileName())))
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_pathError->show(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    m_start->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_upload = m_api->restore(
            bytes, m_passphrase->text(),
            [this](const ApiResult &result) {
                m_upload = 0;
                if (result.code() == "wrong_passphrase"_L1) {
                    m_progress->hide();
                    m_start->setEnabled(true);
                    m_passphraseError->show(tr("This passphrase does not open the backup."));
                    m_passphrase->setFocus();
                    m_passphrase->selectAll();
                    return;
                }
                if (!result.ok()) {
                    const QString detail = result.detail();
                    finish(false,
                           result.code() == "invalid_backup"_L1 && !detail.isEmpty()
                                   ? tr("Nothing was replaced: %1").arg(detail)
                                   : ApiErrors::message(result));
                    return;
                }
                const QDateTime made = QDateTime::fromString(
                        result.object().value("restoredBackupOf"_L1).toString(), Qt::ISODate);
                const QString when = QLocale().toString(made.toLocalTime(), QLocale::LongFormat);
                finish(true,
                       tr("Restored the backup made %1. The catalogue as it was is kept "
                          "as %2 in the data folder.")
                               .arg(when,
                                    result.object().value("previousDataKeptAs"_L1).toString()));
                Q_EMIT restored(tr("The catalogue was restored from the backup made %1. Sign in "
                                   "with an account of the backup.")
                                        .arg(when));
            },
            this);
}

void BackupDialog::finish(bool ok, const QString &text)
{
    m_progress->hide();
    m_start->setEnabled(!ok);
    m_result->setMessage(text, ok ? Palette::State::Success : Palette::State::Error);
    m_result->show();
    m_close->setFocus();
}
