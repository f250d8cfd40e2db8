#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Starts the job and waits for it; false when it did not finish in time.
bool run(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
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
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!run(job, m_timeoutMs)) {
        *error = u"the OS keychain did not answer within %1 s"_s.arg(m_timeoutMs / 1000);
        return Status::Unavailable;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        *secret = job.binaryData();
        return Status::Found;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    default:
        *error = describe(job);
        return Status::Unavailable;
    }
}

bool KeychainSecretStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setBinaryData(secret);
    if (!run(job, m_timeoutMs)) {
        *error = u"the OS keychain did not answer within %1 s"_s.arg(m_timeoutMs / 1000);
        return false;
    }
    if (job.error() == QKeychain::NoError)
        return true;
    *error = describe(job);
    return false;
}

bool KeychainSecretStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!run(job, m_timeoutMs)) {
        *error = u"the OS keychain did not answer within %1 s"_s.arg(m_timeoutMs / 1000);
        return false;
    }
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    *error = describe(job);
    return false;
}
