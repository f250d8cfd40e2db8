// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// An account as the API shows it: never a password or a hash.
struct User
{
    qint64 id = 0;
    QString email;
    QString name;
    QString role; // "admin" or "user"
    qint64 createdAt = 0; // seconds since the epoch, UTC
    std::optional<qint64> lastLoginAt;

    bool isAdmin() const { return role == QLatin1StringView("admin"); }
    QJsonObject toJson() const;
    void write(class JsonWriter &out) const;
    QByteArray toJsonBytes() const;
    static QString timestamp(qint64 secsSinceEpoch); // RFC 3339, UTC
};
