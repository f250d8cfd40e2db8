// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// One entry of an account's own security history: what happened, when, from which client and
// address. Never a token, a password or a code.
struct SecurityEvent
{
    enum class Type {
        Login,
        LoginFailed, // a wrong password for this account
        Throttled, // failures reached the limit: sign-ins wait
        RefreshReuseDetected, // a rotated refresh token came back: its session was ended
        SessionRevoked, // the owner (or an administrator) ended a session
        PasswordChanged,
        RecoveryCodeUsed,
        RecoveryCodesRegenerated,
        RecoveryFailed, // a wrong or spent recovery code for this account
    };
    // Where a request came from: the client's name (AuthController::clientOf) and address.
    struct Source
    {
        QString client;
        QString address;
    };

    qint64 id = 0;
    qint64 userId = 0;
    qint64 at = 0; // seconds since the epoch
    Type type = Type::Login;
    Source source;

    static QString name(Type type); // "login", "login_failed", …
    static std::optional<Type> fromName(const QString &name);
    static QStringList allNames();
    // How long events are kept.
    static constexpr qint64 KeptSeconds = 366LL * 24 * 3600;
};
