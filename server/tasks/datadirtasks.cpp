// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadirtasks.h"

#include "auth/accountrules.h"
#include "auth/passwordhasher.h"
#include "backup/backups.h"
#include "domain/securityevent.h"
#include "logging.h"
#include "platform/datadirlock.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/eventstore.h"
#include "store/sessionstore.h"
#include "store/userstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

Fault unusable(const QString &why)
{
    return Fault(Fault::Kind::Unusable, why);
}

} // namespace

DataDirTasks::DataDirTasks(QString dataDir, SigningKey::Store keyStore, SecretStore *keychain)
    : m_dataDir(std::move(dataDir))
    , m_keyStore(keyStore)
    , m_keychain(keychain)
{ }

QString DataDirTasks::databasePath() const
{
    return QDir(m_dataDir).filePath(u"reelvault.sqlite"_s);
}

Result<QString> DataDirTasks::backup(const QString &file, const QByteArray &passphrase)
{
    if (!QFileInfo::exists(databasePath()))
        return unusable(
                u"there is no Reelvault database in %1"_s.arg(QDir::toNativeSeparators(m_dataDir)));
    const QByteArray key = SigningKey::peek(m_dataDir, m_keychain);
    if (key.size() != SigningKey::Size)
        return unusable(u"the token-signing key of %1 cannot be read"_s.arg(
                QDir::toNativeSeparators(m_dataDir)));
    Database db(databasePath());
    if (Done opened = db.open(); !opened)
        return opened.fault();
    // Written beside its final name and renamed: a failed backup leaves no half file.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return unusable(u"cannot write %1: %2"_s.arg(file, out.errorString()));
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Done made = Backups::create(db, key, passphrase, out);
    db.close();
    if (!made)
        return made.fault();
    if (!out.commit())
        return unusable(u"cannot write %1: %2"_s.arg(file, out.errorString()));
    return u"Backed up %1 to %2 (%3 bytes)."_s
            .arg(QDir::toNativeSeparators(m_dataDir), QDir::toNativeSeparators(file))
            .arg(QFileInfo(file).size());
}

Result<QString> DataDirTasks::restore(const QString &file, const QByteArray &passphrase)
{
    if (!QDir().mkpath(m_dataDir))
        return unusable(u"cannot create %1"_s.arg(m_dataDir));
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    DataDirLock lock;
    QString busy;
    if (!lock.tryLock(m_dataDir, DataDirLock::Mode::Exclusive, &busy))
        return unusable(busy);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return unusable(u"cannot read %1: %2"_s.arg(file, in.errorString()));
    // Everything is checked before anything is replaced.
    auto prepared = Backups::prepare(in, passphrase, m_dataDir);
    if (!prepared)
        return prepared.fault();
    const bool existed = QFileInfo::exists(databasePath());
    const QByteArray oldKey = SigningKey::peek(m_dataDir, m_keychain);
    Database live(databasePath());
    if (Done opened = live.open(); !opened)
        return opened.fault();
    QString keptNote;
    if (existed && oldKey.size() == SigningKey::Size) {
        const auto kept = Backups::keepBeforeRestore(live, oldKey, passphrase, m_dataDir);
        if (!kept) {
            live.close();
            return kept.fault();
        }
        keptNote = u" The data it replaced is kept in %1 (same passphrase)."_s.arg(
                QDir::toNativeSeparators(*kept));
    }
    Done replaced = Backups::replace(live, prepared->database->fileName());
    live.close();
    if (!replaced)
        return replaced.fault();
    if (Done stored
        = SigningKey::replace(m_dataDir, m_keyStore, m_keychain, prepared->manifest.signingKey);
        !stored)
        return stored.fault();
    return u"Restored the backup made %1 by %2 into %3.%4"_s.arg(
            QDateTime::fromSecsSinceEpoch(prepared->manifest.createdAt).toString(Qt::ISODate),
            prepared->manifest.app, QDir::toNativeSeparators(m_dataDir), keptNote);
}

Result<QString> DataDirTasks::migrateTo(const DatabaseUrl &target, const QString &keyFile)
{
    if (!QFileInfo::exists(databasePath()))
        return unusable(
                u"there is no Reelvault database in %1"_s.arg(QDir::toNativeSeparators(m_dataDir)));
    if (target.engine() == DatabaseUrl::Engine::Sqlite
        && QFileInfo(target.path()).absoluteFilePath()
                == QFileInfo(databasePath()).absoluteFilePath())
        return unusable(u"the target is the data dir's own database"_s);
    Database source(databasePath());
    if (Done opened = source.open(); !opened)
        return opened.fault();
    Database copy(target);
    copy.setSeeding(false);
    if (Done opened = copy.open(); !opened) {
        source.close();
        return opened.fault();
    }
    const auto counts = DatabaseCopy::copy(source, copy);
    source.close();
    copy.close();
    if (!counts)
        return counts.fault();
    QStringList parts;
    for (const auto &[table, rows] : *counts) {
        if (table == "users"_L1 || table == "movies"_L1 || table == "viewings"_L1
            || table == "sessions"_L1 || table == "imports"_L1 || table == "posters"_L1)
            parts << u"%1 %2"_s.arg(rows).arg(table == "users"_L1            ? u"accounts"_s
                                                      : table == "movies"_L1 ? u"films"_s
                                                                             : table);
    }
    QString keyNote;
    if (!keyFile.isEmpty()) {
        const QByteArray key = SigningKey::peek(m_dataDir, m_keychain);
        if (QFileInfo::exists(keyFile)) {
            keyNote = u" %1 already holds a key: sessions signed with this data dir's key must "
                      u"sign in again."_s.arg(QDir::toNativeSeparators(keyFile));
        } else if (!key.isEmpty()) {
            if (Done written = SigningKey::writeShared(keyFile, key); !written)
                return written.fault();
            keyNote = u" The signing key is in %1: give it to every server (--signing-key-file) "
                      u"and the sessions copied stay signed in."_s.arg(
                              QDir::toNativeSeparators(keyFile));
        }
    }
    return u"Copied %1 into %2.%3"_s.arg(parts.join(u", "_s), target.display(), keyNote);
}

Result<QString> DataDirTasks::resetPassword(const QString &email, const QString &newPassword)
{
    if (!QFileInfo::exists(databasePath()))
        return unusable(
                u"there is no Reelvault database in %1"_s.arg(QDir::toNativeSeparators(m_dataDir)));
    const AccountRules rules;
    if (const auto verdict = rules.checkPassword(newPassword, email))
        return unusable(verdict->message);
    Database db(databasePath());
    if (Done opened = db.open(); !opened)
        return opened.fault();
    UserStore users(db);
    SessionStore sessions(db);
    EventStore events(db);
    const auto account = users.credentials(AccountRules::emailKey(email));
    if (!account) {
        db.close();
        return account.is(Fault::Kind::NotFound)
                ? unusable(u"there is no account with the email %1"_s.arg(email))
                : account.fault();
    }
    const QByteArray hash = PasswordHasher().hash(newPassword);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Result<int> ended = 0;
    {
        Transaction tx(db.connection());
        Done done = tx.begun();
        if (done)
            done = users.setPasswordHash(account->user.id, hash);
        if (done) {
            ended = sessions.revokeAll(account->user.id, now);
            if (!ended)
                done = ended.fault();
        }
        if (done) {
            events.record(account->user.id, SecurityEvent::Type::PasswordChanged,
                          {u"reelvault --reset-password"_s, u"this computer"_s}, now);
            done = tx.commit();
        }
        if (!done) {
            db.close();
            return done.fault();
        }
    }
    db.close();
    qCInfo(lcAuth) << "the password of account" << account->user.id
                   << "was reset from the command line";
    return u"The password of %1 is reset; %2 of its sessions ended."_s.arg(email).arg(*ended);
}
