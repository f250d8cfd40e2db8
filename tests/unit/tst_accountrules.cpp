// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/accountrules.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccountRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void password_data();
    void password();
    void randomPasswordsPass();
    void name_data();
    void name();
    void normalisation();
    void bundledCommonPasswords();

private:
    AccountRules m_rules;
};

void TestAccountRules::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addRow("simple") << u"ada@example.com"_s << QString();
    QTest::addRow("shortest") << u"a@b"_s << QString();
    QTest::addRow("surrounding spaces are trimmed") << u"  ada@example.com \t"_s << QString();
    QTest::addRow("upper case") << u"ADA@EXAMPLE.COM"_s << QString();
    QTest::addRow("unicode") << u"zoë@exämple.org"_s << QString();
    QTest::addRow("254 characters") << QString(250, u'a') + u"@b.c"_s << QString();
    QTest::addRow("255 characters") << QString(251, u'a') + u"@b.c"_s << u"too_long"_s;
    QTest::addRow("empty") << QString() << u"required"_s;
    QTest::addRow("only spaces") << u"   "_s << u"required"_s;
    QTest::addRow("no @") << u"ada.example.com"_s << u"invalid_email"_s;
    QTest::addRow("two @") << u"ada@@example.com"_s << u"invalid_email"_s;
    QTest::addRow("@ in domain") << u"ada@exa@mple.com"_s << u"invalid_email"_s;
    QTest::addRow("no local part") << u"@example.com"_s << u"invalid_email"_s;
    QTest::addRow("no domain") << u"ada@"_s << u"invalid_email"_s;
    QTest::addRow("space inside") << u"ada lovelace@example.com"_s << u"invalid_email"_s;
    QTest::addRow("NUL byte") << u"ada\0@example.com"_s << u"invalid_email"_s;
    QTest::addRow("newline") << u"ada\n@example.com"_s << u"invalid_email"_s;
}

void TestAccountRules::email()
{
    QFETCH(QString, email);
    QFETCH(QString, code);
    QCOMPARE(m_rules.checkEmail(email).value_or(FieldErrors::Entry()).code, code);
}

void TestAccountRules::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addRow("8 characters") << u"kq7!vz2m"_s << u"a@b.c"_s << QString();
    QTest::addRow("7 characters") << u"kq7!vz2"_s << u"a@b.c"_s << u"too_short"_s;
    QTest::addRow("128 characters")
            << QString(64, u'x') + QString(64, u'y') << u"a@b.c"_s << QString();
    QTest::addRow("129 characters") << QString(129, u'z') << u"a@b.c"_s << u"too_long"_s;
    // Characters are code points: 8 emoji are 16 UTF-16 units but 8 characters.
    QTest::addRow("8 emoji") << QString::fromUtf8("🎬🎥🍿📽🎞🎫🎭🎦") << u"a@b.c"_s
                             << QString();
    QTest::addRow("4 emoji (8 UTF-16 units)")
            << QString::fromUtf8("🎬🎥🍿📽") << u"a@b.c"_s << u"too_short"_s;
    QTest::addRow("kept as typed: not trimmed") << u"  spaced out  "_s << u"a@b.c"_s << QString();
    QTest::addRow("common") << u"password"_s << u"a@b.c"_s << u"too_common"_s;
    QTest::addRow("common, other case") << u"PassWord"_s << u"a@b.c"_s << u"too_common"_s;
    QTest::addRow("common, digits") << u"12345678"_s << u"a@b.c"_s << u"too_common"_s;
    QTest::addRow("common, further down the list")
            << u"sunshine1"_s << u"a@b.c"_s << u"too_common"_s;
    QTest::addRow("same as email")
            << u"ada@example.com"_s << u"ada@example.com"_s << u"same_as_email"_s;
    QTest::addRow("same as email, other case")
            << u"Ada@Example.com"_s << u" ada@example.com"_s << u"same_as_email"_s;
    QTest::addRow("contains the email is fine")
            << u"ada@example.com!x"_s << u"ada@example.com"_s << QString();
    // zxcvbn-c: common passwords with small changes are refused too.
    for (const char *variant : {"password123", "Password1!", "qwerty2024", "P@ssw0rd", "Summer2024",
                                "letmein2023", "monkey123!", "Iloveyou2024"})
        QTest::addRow("variant: %s", variant)
                << QString::fromLatin1(variant) << u"a@b.c"_s << u"too_common"_s;
    QTest::addRow("the name of the account in it")
            << u"adalovelace1"_s << u"adalovelace@example.com"_s << u"too_common"_s;
    for (const char *fine : {"kq7vmz2p", "RxtHjSvQ", "8sqDjCYX", "Zz7!qq2W", "film-night-at-8"})
        QTest::addRow("accepted: %s", fine) << QString::fromLatin1(fine) << u"a@b.c"_s << QString();
    QTest::addRow("NUL inside") << u"abc\0defghij"_s << u"a@b.c"_s << u"forbidden_character"_s;
}

void TestAccountRules::password()
{
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(QString, code);
    const auto verdict = m_rules.checkPassword(password, email);
    QCOMPARE(verdict.value_or(FieldErrors::Entry()).code, code);
    // The limits come as numbers, for clients to put in their own words.
    if (code == "too_short"_L1)
        QCOMPARE(verdict->limits.value("min"_L1).toInt(), AccountRules::MinPasswordLength);
    if (code == "too_long"_L1)
        QCOMPARE(verdict->limits.value("max"_L1).toInt(), AccountRules::MaxPasswordLength);
}

// "random 8-character ones pass": 2,000 drawn from a fixed seed, every one accepted.
void TestAccountRules::randomPasswordsPass()
{
    const QString alphabet = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
    QRandomGenerator random(20261204);
    QStringList refused;
    for (int i = 0; i < 2000; ++i) {
        QString password;
        for (int j = 0; j < 8; ++j)
            password += alphabet.at(random.bounded(int(alphabet.size())));
        if (m_rules.checkPassword(password, u"someone@example.com"_s))
            refused << password;
    }
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u", "_s)));
}

void TestAccountRules::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addRow("plain") << u"Ada Lovelace"_s << QString();
    QTest::addRow("one character") << u"A"_s << QString();
    QTest::addRow("100 characters") << QString(100, u'n') << QString();
    QTest::addRow("100 after trimming") << u"  "_s + QString(100, u'n') + u"  "_s << QString();
    QTest::addRow("101 characters") << QString(101, u'n') << u"too_long"_s;
    QTest::addRow("empty") << QString() << u"empty"_s;
    QTest::addRow("only spaces") << u"    "_s << u"empty"_s;
    QTest::addRow("control character") << u"Ada\x01"_s << u"forbidden_character"_s;
    QTest::addRow("SQL-looking text is just a name")
            << u"Robert'); DROP TABLE users;--"_s << QString();
}

void TestAccountRules::name()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(m_rules.checkName(name).value_or(FieldErrors::Entry()).code, code);
}

void TestAccountRules::normalisation()
{
    QCOMPARE(AccountRules::normalizedEmail(u"  Ada@Example.COM "_s), u"Ada@Example.COM"_s);
    QCOMPARE(AccountRules::emailKey(u"  Ada@Example.COM "_s), u"ada@example.com"_s);
    QCOMPARE(AccountRules::emailKey(u"ADA@EXAMPLE.COM"_s),
             AccountRules::emailKey(u"ada@example.com"_s));
    QCOMPARE(AccountRules::defaultName(u" ada.lovelace@example.com"_s), u"ada.lovelace"_s);
    QCOMPARE(AccountRules::characterCount(QString::fromUtf8("a🎬b")), 3);
}

void TestAccountRules::bundledCommonPasswords()
{
    // The list is a resource of the server library: this also proves it reaches consumers.
    // 3,546 entries; spellings that differ only in case ("Password", "PASSWORD") fold into one.
    QVERIFY(m_rules.commonPasswordCount() > 3000);
    QVERIFY(m_rules.commonPasswordCount() <= 3546);
    QVERIFY(m_rules.isCommonPassword(u"123456"_s));
    QVERIFY(m_rules.isCommonPassword(u"LetMeIn"_s));
    QVERIFY(!m_rules.isCommonPassword(u"correct horse battery staple"_s));
    QVERIFY(!m_rules.isCommonPassword(
            u"#!comment: This list has been compiled by Solar Designer of "
            u"Openwall Project"_s));
}

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
