#include "auth/accountrules.h"

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
    QTest::addColumn<bool>("valid");
    QTest::addRow("simple") << u"ada@example.com"_s << true;
    QTest::addRow("shortest") << u"a@b"_s << true;
    QTest::addRow("surrounding spaces are trimmed") << u"  ada@example.com \t"_s << true;
    QTest::addRow("upper case") << u"ADA@EXAMPLE.COM"_s << true;
    QTest::addRow("unicode") << u"zoë@exämple.org"_s << true;
    QTest::addRow("254 characters") << QString(250, u'a') + u"@b.c"_s << true;
    QTest::addRow("255 characters") << QString(251, u'a') + u"@b.c"_s << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("only spaces") << u"   "_s << false;
    QTest::addRow("no @") << u"ada.example.com"_s << false;
    QTest::addRow("two @") << u"ada@@example.com"_s << false;
    QTest::addRow("@ in domain") << u"ada@exa@mple.com"_s << false;
    QTest::addRow("no local part") << u"@example.com"_s << false;
    QTest::addRow("no domain") << u"ada@"_s << false;
    QTest::addRow("space inside") << u"ada lovelace@example.com"_s << false;
    QTest::addRow("NUL byte") << u"ada\0@example.com"_s << false;
    QTest::addRow("newline") << u"ada\n@example.com"_s << false;
}

void TestAccountRules::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const QString message = m_rules.checkEmail(email);
    QCOMPARE(message.isEmpty(), valid);
}

void TestAccountRules::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::addRow("8 characters") << u"kq7!vz2m"_s << u"a@b.c"_s << true;
    QTest::addRow("7 characters") << u"kq7!vz2"_s << u"a@b.c"_s << false;
    QTest::addRow("128 characters") << QString(64, u'x') + QString(64, u'y') << u"a@b.c"_s << true;
    QTest::addRow("129 characters") << QString(129, u'z') << u"a@b.c"_s << false;
    // Characters are code points: 8 emoji are 16 UTF-16 units but 8 characters.
    QTest::addRow("8 emoji") << QString::fromUtf8("🎬🎥🍿📽🎞🎫🎭🎦") << u"a@b.c"_s
                             << true;
    QTest::addRow("4 emoji (8 UTF-16 units)")
            << QString::fromUtf8("🎬🎥🍿📽") << u"a@b.c"_s << false;
    QTest::addRow("kept as typed: not trimmed") << u"  spaced out  "_s << u"a@b.c"_s << true;
    QTest::addRow("common") << u"password"_s << u"a@b.c"_s << false;
    QTest::addRow("common, other case") << u"PassWord"_s << u"a@b.c"_s << false;
    QTest::addRow("common, digits") << u"12345678"_s << u"a@b.c"_s << false;
    QTest::addRow("common, further down the list") << u"sunshine1"_s << u"a@b.c"_s << false;
    QTest::addRow("same as email") << u"ada@example.com"_s << u"ada@example.com"_s << false;
    QTest::addRow("same as email, other case")
            << u"Ada@Example.com"_s << u" ada@example.com"_s << false;
    QTest::addRow("contains the email is fine")
            << u"ada@example.com!x"_s << u"ada@example.com"_s << true;
    QTest::addRow("NUL inside") << u"abc\0defghij"_s << u"a@b.c"_s << false;
}

void TestAccountRules::password()
{
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(m_rules.checkPassword(password, email).isEmpty(), valid);
}

void TestAccountRules::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << u"Ada Lovelace"_s << true;
    QTest::addRow("one character") << u"A"_s << true;
    QTest::addRow("100 characters") << QString(100, u'n') << true;
    QTest::addRow("100 after trimming") << u"  "_s + QString(100, u'n') + u"  "_s << true;
    QTest::addRow("101 characters") << QString(101, u'n') << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("only spaces") << u"    "_s << false;
    QTest::addRow("control character") << u"Ada\x01"_s << false;
    QTest::addRow("SQL-looking text is just a name") << u"Robert'); DROP TABLE users;--"_s << true;
}

void TestAccountRules::name()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(m_rules.checkName(name).isEmpty(), valid);
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
