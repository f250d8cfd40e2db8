// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionvault.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QKeychain::Job *job)
{
    return SessionVault::tr("The system keychain is not available (%1).").arg(job->errorString());
}

} // namespace

SessionVault::SessionVault(QString entry, QObject *parent)
    : QObject(parent)
    , m_entry(std::move(entry))
{ }

void SessionVault::load()
{
    // No parent: a job must outlive this vault if it is still running (libsecret calls back into
    // it); it deletes itself once finished, and the vault as context drops late answers.
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(m_entry);
    connect(job, &QKeychain::Job::finished, this, [this, job, entry = m_entry] {
        Stored stored;
        stored.entry = entry;
        switch (job->error()) {
        case QKeychain::NoError: {
            const QJsonObject o = QJsonDocument::fromJson(job->binaryData()).object();
            stored.accessToken = o.value("accessToken"_L1).toString().toLatin1();
            stored.refreshToken = o.value("refreshToken"_L1).toString().toLatin1();
            stored.email = o.value("email"_L1).toString();
            Q_EMIT loaded(stored);
            break;
        }
        case QKeychain::EntryNotFound:
            Q_EMIT loaded(stored);
            break;
        default:
            Q_EMIT unavailable(describe(job));
            Q_EMIT loaded(stored);
        }
    });
    job->start();
}

void SessionVault::save(const Stored &session)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(m_entry);
    job->setBinaryData(
            QJsonDocument(QJsonObject{
                                  {u"accessToken"_s, QString::fromLatin1(session.accessToken)},
                                  {u"refreshToken"_s, QString::fromLatin1(session.refreshToken)},
                                  {u"email"_s, session.email},
                          })
                    .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT saved();
        else
            Q_EMIT unavailable(describe(job));
    });
    job->start();
}

void SessionVault::clear()
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(m_entry);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            Q_EMIT cleared();
        else
            Q_EMIT unavailable(describe(job));
    });
    job->start();
}
