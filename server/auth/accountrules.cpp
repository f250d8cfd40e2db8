// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountrules.h"

#include "logging.h"
#include "passwordstrength.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

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

AccountRules::Verdict AccountRules::checkEmail(const QString &raw) const
{
    const QString email = normalizedEmail(raw);
    if (email.isEmpty())
        return FieldErrors::Entry{u"required"_s, u"Email is required."_s, {}};
    if (characterCount(email) > MaxEmailLength)
        return FieldErrors::Entry{u"too_long"_s,
                                  u"Email must be at most %1 characters."_s.arg(MaxEmailLength),
                                  {{u"max"_s, MaxEmailLength}}};
    const qsizetype at = email.indexOf(u'@');
    QString problem;
    if (at < 0 || email.indexOf(u'@', at + 1) >= 0)
        problem = u"Email must contain exactly one @."_s;
    else if (at == 0)
        problem = u"Email needs a name before the @."_s;
    else if (at == email.size() - 1)
        problem = u"Email needs a domain after the @."_s;
    else if (std::any_of(email.begin(), email.end(), [](QChar c) { return c.isSpace(); }))
        problem = u"Email must not contain spaces."_s;
    else if (hasControlCharacter(email))
        problem = u"Email must not contain control characters."_s;
    if (!problem.isEmpty())
        return FieldErrors::Entry{u"invalid_email"_s, problem, {}};
    return std::nullopt;
}

bool AccountRules::isCommonPassword(const QString &password) const
{
    return m_common.contains(password.toCaseFolded());
}

AccountRules::Verdict AccountRules::checkPassword(const QString &password,
                                                  const QString &email) const
{
    const int n = characterCount(password);
    if (n < MinPasswordLength)
        return FieldErrors::Entry{
                u"too_short"_s,
                u"Password must be at least %1 characters."_s.arg(MinPasswordLength),
                {{u"min"_s, MinPasswordLength}}};
    if (n > MaxPasswordLength)
        return FieldErrors::Entry{
                u"too_long"_s,
                u"Password must be at most %1 characters."_s.arg(MaxPasswordLength),
                {{u"max"_s, MaxPasswordLength}}};
    if (password.contains(QChar(0)))
        return FieldErrors::Entry{
                u"forbidden_character"_s, u"Password must not contain NUL characters."_s, {}};
    if (isCommonPassword(password))
        return FieldErrors::Entry{
                u"too_common"_s,
                u"This password is too common; choose one that is harder to guess."_s,
                {}};
    if (!email.isEmpty() && password.compare(normalizedEmail(email), Qt::CaseInsensitive) == 0)
        return FieldErrors::Entry{
                u"same_as_email"_s, u"Password must not be the same as the email."_s, {}};
    // The email's local part and domain words count as dictionary words of their own.
    const QStringList own
            = normalizedEmail(email).split(QRegularExpression(u"[@.+_-]"_s), Qt::SkipEmptyParts);
    if (PasswordStrength::isTrivialVariant(PasswordStrength::estimate(password, own)))
        return FieldErrors::Entry{u"too_common"_s,
                                  u"This password is a common password with small changes; "
                                  u"choose one that is harder to guess."_s,
                                  {}};
    return std::nullopt;
}

AccountRules::Verdict AccountRules::checkName(const QString &raw) const
{
    const QString name = raw.trimmed();
    const int n = characterCount(name);
    if (n < 1)
        return FieldErrors::Entry{u"empty"_s, u"Name must not be empty."_s, {}};
    if (n > MaxNameLength)
        return FieldErrors::Entry{u"too_long"_s,
                                  u"Name must be at most %1 characters."_s.arg(MaxNameLength),
                                  {{u"max"_s, MaxNameLength}}};
    if (hasControlCharacter(name))
        return FieldErrors::Entry{
                u"forbidden_character"_s, u"Name must not contain control characters."_s, {}};
    return std::nullopt;
}
