// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverchoice.h"

#include <QHostAddress>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const auto KindKey = "server/kind"_L1;
const auto UrlKey = "server/url"_L1;

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0
        || host.endsWith(".localhost"_L1, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::optional<ServerChoice> ServerChoice::shared(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ServerChoice> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return fail(tr("Enter the shared server's address, such as https://films.example.org."));
    for (const QChar c : std::as_const(typed)) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(tr("An address has no spaces or control characters."));
    }
    // No scheme typed: a shared server is reached over TLS.
    if (!typed.contains("://"_L1))
        typed.prepend("https://"_L1);
    const QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("This is not a web address (%1).").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return fail(tr("The address must start with https:// (or http://)."));
    if (url.host().isEmpty())
        return fail(tr("The address has no server name."));
    if (!url.userInfo().isEmpty())
        return fail(tr("Leave the user name and password out of the address: you sign in "
                       "after connecting."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The address cannot have a query (?…) or a fragment (#…)."));
    ServerChoice choice;
    choice.m_kind = Kind::Shared;
    choice.m_url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    choice.m_url.setScheme(scheme);
    choice.m_url.setHost(url.host().toLower());
    if ((scheme == "http"_L1 && url.port() == 80) || (scheme == "https"_L1 && url.port() == 443))
        choice.m_url.setPort(-1);
    if (choice.m_url.path() == "/"_L1)
        choice.m_url.setPath({});
    return choice;
}

ServerChoice ServerChoice::load()
{
    QSettings settings;
    if (settings.value(KindKey).toString() != "shared"_L1)
        return {};
    return shared(settings.value(UrlKey).toString()).value_or(ServerChoice{});
}

QString ServerChoice::lastSharedAddress()
{
    return QSettings().value(UrlKey).toString();
}

void ServerChoice::save() const
{
    QSettings settings;
    if (isThisComputer()) {
        settings.setValue(KindKey, u"this-computer"_s); // the last shared address stays
    } else {
        settings.setValue(KindKey, u"shared"_s);
        settings.setValue(UrlKey, m_url.toString());
    }
}

QString ServerChoice::sessionEntry(const QString &localEntry) const
{
    return isThisComputer() ? localEntry : u"session "_s + m_url.toString();
}

bool ServerChoice::isUnencrypted() const
{
    return m_kind == Kind::Shared && m_url.scheme() == "http"_L1 && !isLoopbackHost(m_url.host());
}

QString ServerChoice::describe() const
{
    return isThisComputer() ? tr("this computer") : m_url.toString();
}
