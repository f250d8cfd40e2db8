#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>
#include <functional>

// The contract's login throttling: at most 5 failed attempts per email and 20 per client
// address within 15 minutes; past that, attempts are refused until the oldest failure leaves
// the window. A success resets the email's count.
//
// An attempt is counted when it starts (begin()), not when its slow hash ends, so a burst of
// concurrent guesses cannot slip past the limit; succeeded() takes it back. Thread-safe.
class LoginThrottle
{
public:
    static constexpr int MaxPerEmail = 5;
    static constexpr int MaxPerAddress = 20;
    static constexpr qint64 WindowSeconds = 15 * 60;

    using Clock = std::function<qint64()>; // seconds
    explicit LoginThrottle(Clock clock = {});

    struct Attempt
    {
        QString email;
        QString address;
        qint64 at = 0;
    };
    // 0 and *attempt filled when the attempt may go ahead, else the seconds to wait.
    qint64 begin(const QString &emailKey, const QString &address, Attempt *attempt);
    void succeeded(const Attempt &attempt);
    // Drops windows that have emptied; for a periodic sweep.
    void prune();

private:
    using Window = std::deque<qint64>;
    qint64 waitFor(QHash<QString, Window> &windows, const QString &key, int limit, qint64 now);

    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, Window> m_byEmail;
    QHash<QString, Window> m_byAddress;
};
