// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Starts the job and waits for it. The job deletes itself when it finishes, even after a
// timeout: deleting a job that libsecret will still call back into would crash.
template<typename JobType>
bool run(JobType *job, int timeoutMs, const std::function<void(const JobType &)> &onFinished)
{
    QEventLoop loop;
    bool finished = false;
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        onFinished(*job);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

QString describe(const QKeychain::Job &job)
{
    return u"OS keychain error %1: %2"_s.arg(int(job.error())).arg(job.errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

SecretStore::Status KeychainSecretStore::read(const QString &key, QByteArray *secret,
                                              QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    Status status = Status::Unavailable;
    const bool finished = run<QKeychain::ReadPasswordJob>(
            job, m_timeoutMs, [&](const QKeychain::ReadPasswordJob &done) {
                switch (done.error()) {
                case QKeychain::NoError:
                    *secret = done.binaryData();
                    status = Status::Found;
                    break;
                case QKeychain::EntryNotFound:
                    status = Status::NotFound;
                    break;
                default:
                    *error = describe(done);
                }
            });
    if (!finished)
        *error = u"the OS keychain did not answer within %1 s"_s.arg(m_timeoutMs / 1000);
    return status;
}

bool KeychainSecretStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    bool ok = false;
    const bool finished = run<QKeychain::WritePasswordJob>(
            job, m_timeoutMs, [&](const QKeychain::WritePasswordJob &done) {
                ok = done.error() == QKeychain::NoError;
                if (!ok)
                    *error = describe(done);
            });
    if (!finished)
        *error = u"the OS keychain did not answer within %1 s"_s.arg(m_timeoutMs / 1000);
    return ok;
}

bool KeychainSecretStore::remove(const QString &key, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    bool ok = false;
    const bool finished = run<QKeychain::DeletePasswordJob>(
            job, m_timeoutMs, [&](const QKeychain::DeletePasswordJob &done) {
                ok = done.error() == QKeychain::NoError || done.error() == QKeychain::EntryNotFound;
                if (!ok)
                    *error = describe(done);
            });
    if (!finished)
        *error = u"the OS keychain did not answer within %1 s"_s.arg(m_timeoutMs / 1000);
    return ok;
}
