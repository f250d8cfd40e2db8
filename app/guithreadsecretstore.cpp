// SPDX-License-Identifier: GPL-3.0-or-later
#include "guithreadsecretstore.h"

#include <QCoreApplication>
#include <QThread>

template<typename F>
auto GuiThreadSecretStore::onGuiThread(F &&call)
{
    using Result = decltype(call());
    QObject *app = QCoreApplication::instance();
    if (QThread::currentThread() == app->thread())
        return call();
    Result result{};
    QMetaObject::invokeMethod(
            app, [&] { result = call(); }, Qt::BlockingQueuedConnection);
    return result;
}

SecretStore::Status GuiThreadSecretStore::read(const QString &key, QByteArray *secret,
                                               QString *error)
{
    return onGuiThread([&] { return m_store.read(key, secret, error); });
}

bool GuiThreadSecretStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    return onGuiThread([&] { return m_store.write(key, secret, error); });
}

bool GuiThreadSecretStore::remove(const QString &key, QString *error)
{
    return onGuiThread([&] { return m_store.remove(key, error); });
}
