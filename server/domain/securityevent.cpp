// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityevent.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Named
{
    SecurityEvent::Type type;
    const char *name;
};

constexpr Named names[] = {
        {SecurityEvent::Type::Login, "login"},
        {SecurityEvent::Type::LoginFailed, "login_failed"},
        {SecurityEvent::Type::Throttled, "throttled"},
        {SecurityEvent::Type::RefreshReuseDetected, "refresh_reuse_detected"},
        {SecurityEvent::Type::SessionRevoked, "session_revoked"},
        {SecurityEvent::Type::PasswordChanged, "password_changed"},
        {SecurityEvent::Type::RecoveryCodeUsed, "recovery_code_used"},
        {SecurityEvent::Type::RecoveryCodesRegenerated, "recovery_codes_regenerated"},
        {SecurityEvent::Type::RecoveryFailed, "recovery_failed"},
};

} // namespace

QString SecurityEvent::name(Type type)
{
    for (const Named &n : names) {
        if (n.type == type)
            return QString::fromLatin1(n.name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SecurityEvent::Type> SecurityEvent::fromName(const QString &name)
{
    for (const Named &n : names) {
        if (name == QLatin1StringView(n.name))
            return n.type;
    }
    return std::nullopt;
}

QStringList SecurityEvent::allNames()
{
    QStringList all;
    for (const Named &n : names)
        all << QString::fromLatin1(n.name);
    return all;
}
