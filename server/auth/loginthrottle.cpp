// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include "logging.h"
#include "store/loginfailurestore.h"

#include <algorithm>

LoginThrottle::LoginThrottle(const Clock &clock)
    : m_clock(clock)
{ }

qsizetype LoginThrottle::trackedKeys()
{
    QMutexLocker locker(&m_mutex);
    return m_byEmail.size() + m_byAddress.size();
}

qint64 LoginThrottle::waitFor(QHash<QString, Window> &windows, const QString &key, int limit,
                              qint64 now)
{
    auto it = windows.find(key);
    if (it == windows.end())
        return 0;
    Window &w = *it;
    while (!w.empty() && w.front() <= now - WindowSeconds)
        w.pop_front();
    if (qsizetype(w.size()) < limit)
        return 0;
    // Wait until enough of the oldest failures have left the window to drop below the limit.
    return w[w.size() - limit] + WindowSeconds - now;
}

// With no answer from the database the attempt goes ahead: the sign-in itself then fails the
// same way.
qint64 LoginThrottle::sharedWait(const QString &key, int limit, qint64 now)
{
    const auto at = m_shared->nthRecent(key, limit, now - WindowSeconds);
    if (!at) {
        qCWarning(lcAuth) << "cannot read failed sign-ins; not throttling this attempt";
        return 0;
    }
    return *at > 0 ? *at + WindowSeconds - now : 0;
}

qint64 LoginThrottle::retryAfter(const QString &emailKey, const QString &address)
{
    const qint64 now = m_clock.now();
    if (m_shared)
        return std::max(sharedWait(LoginFailureStore::emailKey(emailKey), MaxPerEmail, now),
                        sharedWait(LoginFailureStore::addressKey(address), MaxPerAddress, now));
    QMutexLocker locker(&m_mutex);
    return std::max(waitFor(m_byEmail, emailKey, MaxPerEmail, now),
                    waitFor(m_byAddress, address, MaxPerAddress, now));
}

bool LoginThrottle::failed(const QString &emailKey, const QString &address)
{
    const qint64 now = m_clock.now();
    if (m_shared) {
        if (!m_shared->record(emailKey, address, now))
            return false;
        const auto recent
                = m_shared->count(LoginFailureStore::emailKey(emailKey), now - WindowSeconds);
        return recent && *recent == MaxPerEmail;
    }
    QMutexLocker locker(&m_mutex);
    Window &window = m_byEmail[emailKey];
    window.push_back(now);
    m_byAddress[address].push_back(now);
    const auto recent = std::count_if(window.begin(), window.end(),
                                      [now](qint64 at) { return at > now - WindowSeconds; });
    return recent == MaxPerEmail;
}

void LoginThrottle::succeeded(const QString &emailKey)
{
    if (m_shared) {
        (void)m_shared->clear(LoginFailureStore::emailKey(emailKey));
        return;
    }
    QMutexLocker locker(&m_mutex);
    m_byEmail.remove(emailKey);
}

void LoginThrottle::prune()
{
    const qint64 now = m_clock.now();
    if (m_shared) {
        (void)m_shared->prune(now - WindowSeconds);
        return;
    }
    QMutexLocker locker(&m_mutex);
    for (auto *windows : {&m_byEmail, &m_byAddress}) {
        for (auto it = windows->begin(); it != windows->end();) {
            while (!it->empty() && it->front() <= now - WindowSeconds)
                it->pop_front();
            it = it->empty() ? windows->erase(it) : std::next(it);
        }
    }
}
