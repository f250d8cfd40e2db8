// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

// Keeps the signed-in session (access and refresh token, and the email) in the OS keychain
// through QtKeychain, so a relaunch stays signed in. Never in a file or QSettings: without a
// keychain, unavailable() says why and nothing is stored (the person signs in each launch).
// Asynchronous: every call answers with a signal.
class SessionVault : public QObject
{
    Q_OBJECT
public:
    struct Stored
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        QString email;
        QString entry; // the keychain entry it was read from (set by load())
    };

    // entry: the keychain entry's name; one per server (this computer's per data dir), so two
    // catalogues do not mix.
    explicit SessionVault(QString entry, QObject *parent = nullptr);
    // Another server's entry from now on (a job already running keeps the entry it began with).
    void setEntry(const QString &entry) { m_entry = entry; }

    void load();
    void save(const Stored &session);
    void clear();

    QString entry() const { return m_entry; }
    static QString service() { return QStringLiteral("reelvault"); }

Q_SIGNALS:
    void loaded(const SessionVault::Stored &session); // an empty one when nothing is stored
    void saved();
    void cleared();
    void unavailable(const QString &reason);

private:
    QString m_entry;
};

Q_DECLARE_METATYPE(SessionVault::Stored)
