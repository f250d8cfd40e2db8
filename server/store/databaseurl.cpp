// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

Fault invalid(const QString &why)
{
    return Fault(Fault::Kind::Unusable, u"invalid --database URL: "_s + why);
}

// A decoded part that libpq and the log can take as it is: no control characters (a NUL would
// cut it short).
bool printable(const QString &s)
{
    return std::none_of(s.cbegin(), s.cend(),
                        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

// Options go into libpq's connection string unquoted (QPSQL joins them with spaces), so a value
// is a plain word: nothing that could end it and start another option.
bool plainWord(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.isLetterOrNumber() || QStringView(u"/._-+:~").contains(c);
    });
}

bool oneOf(const QString &s, std::initializer_list<const char16_t *> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&s](const char16_t *w) { return s == QStringView(w); });
}

} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_engine = Engine::Sqlite;
    url.m_path = path;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (text.startsWith("sqlite:"_L1)) {
        const QString path = text.mid(7);
        if (path.isEmpty())
            return invalid(u"sqlite: needs a file path (sqlite:/path/to/reelvault.db)"_s);
        if (!printable(path))
            return invalid(u"the SQLite path has a control character"_s);
        return sqlite(path);
    }
    QString rest;
    for (const auto scheme : {"postgresql://"_L1, "postgres://"_L1}) {
        if (text.startsWith(scheme))
            rest = text.mid(scheme.size());
    }
    if (rest.isNull())
        return invalid(
                u"expected sqlite:PATH or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME"_s);

    DatabaseUrl url;
    url.m_engine = Engine::Postgres;
    const qsizetype question = rest.indexOf(u'?');
    const QString query = question < 0 ? QString() : rest.mid(question + 1);
    rest.truncate(question < 0 ? rest.size() : question);
    if (rest.contains(u'#'))
        return invalid(u"a URL fragment (#…) means nothing here"_s);

    // The user part ends at the last '@': a password may hold a literal '@' only encoded, but
    // be lenient when it does not.
    const qsizetype slash = rest.indexOf(u'/', rest.lastIndexOf(u'@') + 1);
    if (slash < 0)
        return invalid(u"the database name is missing (…/DBNAME)"_s);
    const QString authority = rest.left(slash);
    const QString path = rest.mid(slash + 1);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at < 0)
        return invalid(u"the user is missing (postgresql://USER@HOST/DBNAME)"_s);
    const QString userInfo = authority.left(at);
    QString hostPort = authority.mid(at + 1);

    const qsizetype colon = userInfo.indexOf(u':');
    url.m_user = QUrl::fromPercentEncoding(
            userInfo.left(colon < 0 ? userInfo.size() : colon).toUtf8());
    if (colon >= 0)
        url.m_password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    if (url.m_user.isEmpty())
        return invalid(u"the user is missing (postgresql://USER@HOST/DBNAME)"_s);

    // [::1]:5432, host:5432, host
    QString portText;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return invalid(u"an IPv6 host needs its closing ]"_s);
        portText = hostPort.mid(close + 1);
        hostPort = hostPort.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(u':'))
            return invalid(u"unexpected text after the IPv6 host"_s);
        portText = portText.mid(1);
    } else if (const qsizetype c = hostPort.lastIndexOf(u':'); c >= 0) {
        portText = hostPort.mid(c + 1);
        hostPort.truncate(c);
    }
    url.m_host = QUrl::fromPercentEncoding(hostPort.toUtf8());
    if (!portText.isEmpty() || hostPort.size() < authority.size() - at - 1) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535
            || !std::all_of(portText.cbegin(), portText.cend(),
                            [](QChar c) { return c.isDigit(); }))
            return invalid(u"the port must be a number from 1 to 65535"_s);
        url.m_port = quint16(port);
    }
    url.m_database = QUrl::fromPercentEncoding(path.toUtf8());
    if (url.m_database.isEmpty() || url.m_database.contains(u'/'))
        return invalid(u"the database name is missing (…/DBNAME)"_s);

    QStringList options;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq);
        const QString value
                = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        if (key == "host"_L1) {
            if (!value.startsWith(u'/'))
                return invalid(u"?host= takes a Unix socket directory (/var/run/postgresql)"_s);
            url.m_host = value;
        } else if (key == "sslmode"_L1) {
            if (!oneOf(value,
                       {u"disable", u"allow", u"prefer", u"require", u"verify-ca", u"verify-full"}))
                return invalid(
                        u"sslmode is one of disable, allow, prefer, require, verify-ca, verify-full"_s);
            options << key + u'=' + value;
        } else if (key == "connect_timeout"_L1) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0 || seconds > 3600)
                return invalid(u"connect_timeout is a number of seconds"_s);
            options << key + u'=' + QString::number(seconds);
        } else if (oneOf(key, {u"sslrootcert", u"sslcert", u"sslkey", u"application_name"})) {
            if (!plainWord(value))
                return invalid(
                        key + u" must be a plain path or word (letters, digits, / . _ - + : ~)"_s);
            options << key + u'=' + value;
        } else {
            // Echoed as printable text, one line at most 40 characters long.
            QString shown = key.left(40);
            for (QChar &c : shown) {
                if (!c.isPrint())
                    c = u'?';
            }
            return invalid(u"unknown option "_s + shown
                           + u" (known: host, sslmode, connect_timeout, sslrootcert, sslcert, "
                             u"sslkey, application_name)"_s);
        }
    }
    url.m_options = options.join(u';');
    if (url.m_host.isEmpty())
        return invalid(u"the host is missing (postgresql://USER@HOST/DBNAME)"_s);
    if (!printable(url.m_user) || !printable(url.m_password) || !printable(url.m_host)
        || !printable(url.m_database))
        return invalid(u"a part of the URL has a control character"_s);
    return url;
}

void DatabaseUrl::configure(QSqlDatabase &db) const
{
    if (m_engine == Engine::Sqlite) {
        db.setDatabaseName(m_path);
        return;
    }
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    // Without one, libpq reads PGPASSWORD or ~/.pgpass.
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setDatabaseName(m_database);
    db.setConnectOptions(m_options);
}

QString DatabaseUrl::display() const
{
    if (m_engine == Engine::Sqlite)
        return u"sqlite:"_s + m_path;
    QString text = u"postgresql://"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_user));
    if (!m_password.isEmpty())
        text += u":***"_s;
    text += u'@';
    // An IPv6 address in brackets; anything else (a name, an address, a socket directory)
    // percent-encoded, so that it reads back the same.
    const bool v6 = QHostAddress(m_host).protocol() == QAbstractSocket::IPv6Protocol;
    text += v6 ? u'[' + m_host + u']' : QString::fromUtf8(QUrl::toPercentEncoding(m_host));
    text += u':' + QString::number(m_port) + u'/'
            + QString::fromUtf8(QUrl::toPercentEncoding(m_database));
    if (!m_options.isEmpty())
        text += u'?' + QString(m_options).replace(u';', u'&');
    return text;
}
