#include "accountrules.h"

#include "logging.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

AccountRules::AccountRules()
    : m_common([] {
        static const QSet<QString> bundled = loadCommonPasswords(u":/data/common-passwords.txt"_s);
        return bundled;
    }())
{ }

AccountRules::AccountRules(QSet<QString> commonPasswords)
    : m_common(std::move(commonPasswords))
{ }

QSet<QString> AccountRules::loadCommonPasswords(const QString &path)
{
    QSet<QString> set;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcAuth) << "cannot read the common-password list" << path;
        return set;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith("#!comment:"))
            continue;
        set.insert(QString::fromUtf8(line).toCaseFolded());
    }
    return set;
}

int AccountRules::characterCount(const QString &text)
{
    int n = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (it->isHighSurrogate() && it + 1 != text.cend() && (it + 1)->isLowSurrogate())
            ++it;
        ++n;
    }
    return n;
}

QString AccountRules::normalizedEmail(const QString &email)
{
    return email.trimmed();
}

QString AccountRules::emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QString AccountRules::defaultName(const QString &email)
{
    const QString e = normalizedEmail(email);
    const QString local = e.left(e.indexOf(u'@'));
    // At most MaxNameLength code points, never splitting a surrogate pair.
    qsizetype end = 0;
    for (int n = 0; n < MaxNameLength && end < local.size(); ++n)
        end += local.at(end).isHighSurrogate() && end + 1 < local.size() ? 2 : 1;
    return local.left(end).trimmed();
}

QString AccountRules::checkEmail(const QString &raw) const
{
    const QString email = normalizedEmail(raw);
    if (email.isEmpty())
        return u"Email is required."_s;
    if (characterCount(email) > MaxEmailLength)
        return u"Email must be at most %1 characters."_s.arg(MaxEmailLength);
    const qsizetype at = email.indexOf(u'@');
    if (at < 0 || email.indexOf(u'@', at + 1) >= 0)
        return u"Email must contain exactly one @."_s;
    if (at == 0)
        return u"Email needs a name before the @."_s;
    if (at == email.size() - 1)
        return u"Email needs a domain after the @."_s;
    for (const QChar c : email) {
        if (c.isSpace())
            return u"Email must not contain spaces."_s;
    }
    if (hasControlCharacter(email))
        return u"Email must not contain control characters."_s;
    return {};
}

bool AccountRules::isCommonPassword(const QString &password) const
{
    return m_common.contains(password.toCaseFolded());
}

QString AccountRules::checkPassword(const QString &password, const QString &email) const
{
    const int n = characterCount(password);
    if (n < MinPasswordLength)
        return u"Password must be at least %1 characters."_s.arg(MinPasswordLength);
    if (n > MaxPasswordLength)
        return u"Password must be at most %1 characters."_s.arg(MaxPasswordLength);
    if (password.contains(QChar(0)))
        return u"Password must not contain NUL characters."_s;
    if (isCommonPassword(password))
        return u"This password is too common; choose one that is harder to guess."_s;
    if (!email.isEmpty() && password.compare(normalizedEmail(email), Qt::CaseInsensitive) == 0)
        return u"Password must not be the same as the email."_s;
    return {};
}

QString AccountRules::checkName(const QString &raw) const
{
    const QString name = raw.trimmed();
    const int n = characterCount(name);
    if (n < 1)
        return u"Name must not be empty."_s;
    if (n > MaxNameLength)
        return u"Name must be at most %1 characters."_s.arg(MaxNameLength);
    if (hasControlCharacter(name))
        return u"Name must not contain control characters."_s;
    return {};
}
