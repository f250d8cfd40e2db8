// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencheckqueue.h"

#include <QMetaObject>
#include <QThreadPool>

TokenCheckQueue::TokenCheckQueue(TokenService &tokens, QThreadPool &pool, QObject *context)
    : m_tokens(tokens)
    , m_pool(pool)
    , m_context(context)
{ }

void TokenCheckQueue::check(const QByteArray &authorization, qint64 now, Answer answer)
{
    QMutexLocker lock(&m_lock);
    m_pending.append({{authorization, now}, std::move(answer)});
    if (m_draining)
        return; // the drain under way takes it on its next round
    m_draining = true;
    lock.unlock();
    m_pool.start([this] { drain(); });
}

void TokenCheckQueue::drain()
{
    for (;;) {
        QList<Pending> batch;
        {
            QMutexLocker lock(&m_lock);
            if (m_pending.isEmpty()) {
                m_draining = false;
                return;
            }
            if (m_pending.size() <= MaxBatch) {
                batch.swap(m_pending);
            } else {
                batch = m_pending.mid(0, MaxBatch);
                m_pending.remove(0, MaxBatch);
            }
        }
        QList<TokenService::Presented> presented;
        presented.reserve(batch.size());
        for (const Pending &p : std::as_const(batch))
            presented.append(p.presented);
        auto answers = m_tokens.authenticateAll(presented);
        m_batches.fetch_add(1);
        int largest = m_largest.load();
        while (batch.size() > largest && !m_largest.compare_exchange_weak(largest, batch.size())) {
        }
        QMetaObject::invokeMethod(
                m_context,
                [batch = std::move(batch), answers = std::move(answers)]() mutable {
                    for (qsizetype i = 0; i < batch.size(); ++i)
                        batch[i].answer(std::move(answers[i]));
                },
                Qt::QueuedConnection);
    }
}
