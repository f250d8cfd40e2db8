// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycodesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryCodesDialog::RecoveryCodesDialog(const QStringList &codes, const QString &account,
                                         QWidget *parent)
    : QDialog(parent)
    , m_codes(codes)
    , m_account(account)
    , m_view(new QPlainTextEdit(this))
    , m_saved(new QCheckBox(tr("I have saved these codes somewhere safe"), this))
    , m_done(nullptr)
{
    setWindowTitle(tr("Your recovery codes"));
    setObjectName(u"recoveryCodesDialog"_s);
    auto *intro = new QLabel(
            tr("If you forget your password, one of these codes lets you set a new one "
               "(Sign in › Forgot password?). Each works once. Keep them where you keep "
               "important papers: they are shown only now."),
            this);
    intro->setWordWrap(true);
    m_view->setObjectName(u"recoveryCodes"_s);
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlainText(codes.join(u'\n'));
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * (int(codes.size()) + 2));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_saved->setObjectName(u"codesSaved"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    m_done = buttons->button(QDialogButtonBox::Ok);
    m_done->setText(tr("&Done"));
    m_done->setEnabled(false);
    auto *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(u"copyCodes"_s);
    auto *saveButton = buttons->addButton(tr("&Save as text…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(u"saveCodes"_s);
    connect(copyButton, &QPushButton::clicked, this, &RecoveryCodesDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &RecoveryCodesDialog::saveAs);
    connect(m_saved, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addWidget(m_view);
    v->addWidget(m_saved);
    v->addWidget(buttons);
}

QString RecoveryCodesDialog::text() const
{
    return tr("Reelvault recovery codes for %1, made %2. Each works once.")
                   .arg(m_account, QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
            + u"\n\n"_s + m_codes.join(u'\n') + u'\n';
}

bool RecoveryCodesDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

void RecoveryCodesDialog::copy()
{
    QApplication::clipboard()->setText(text());
}

void RecoveryCodesDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save recovery codes"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    + u"/reelvault-recovery-codes.txt"_s,
            tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save recovery codes"),
                             tr("Could not save the codes: %1").arg(error));
}
