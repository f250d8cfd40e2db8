// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where the desktop app's catalogue lives (Settings › Server): on this computer (the API the
// app serves itself, on the loopback), or on a shared server reached by its URL (a household's
// or a club's, see docs/shared-server.md). Kept in QSettings; the session of each server has an
// entry of its own in the keychain (sessionEntry()), so switching back and forth keeps both
// signed in.
class ServerChoice
{
    Q_DECLARE_TR_FUNCTIONS(ServerChoice)
public:
    enum class Kind { ThisComputer, Shared };

    ServerChoice() = default; // this computer
    static ServerChoice thisComputer() { return {}; }

    // A shared server's address as a person types it: "https://films.example.org",
    // "films.example.org:8443/reelvault" (https:// is assumed), "http://192.168.1.20:8080".
    // Only http and https; a host is required; no user name, password, query or fragment. The
    // result has no trailing "/". Nothing, with *error saying why, when it is not such an
    // address.
    static std::optional<ServerChoice> shared(const QString &text, QString *error = nullptr);

    // The choice saved by save(), or this computer when there is none (or it no longer parses).
    static ServerChoice load();
    void save() const;
    // The shared server's address last saved, also after switching back to this computer.
    static QString lastSharedAddress();

    Kind kind() const { return m_kind; }
    bool isThisComputer() const { return m_kind == Kind::ThisComputer; }
    QUrl url() const { return m_url; } // a shared server's; empty for this computer

    // The keychain entry of this server's session. localEntry: this computer's (one per data
    // dir); a shared server's is named after its URL.
    QString sessionEntry(const QString &localEntry) const;
    // Passwords and tokens would cross the network unencrypted: http:// to a host that is not
    // this computer.
    bool isUnencrypted() const;
    // For people: "this computer" or the URL.
    QString describe() const;

    bool operator==(const ServerChoice &other) const
    {
        return m_kind == other.m_kind && m_url == other.m_url;
    }
    bool operator!=(const ServerChoice &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::ThisComputer;
    QUrl m_url;
};
