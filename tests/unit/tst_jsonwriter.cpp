// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonwriter.h"
#include "domain/user.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(User)

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void numbers_data();
    void numbers();
    void nesting();
    void userMatchesQJsonObject_data();
    void userMatchesQJsonObject();
};

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("plain") << u"Heat"_s << QByteArray(R"("Heat")");
    QTest::addRow("empty") << QString() << QByteArray(R"("")");
    QTest::addRow("quote and backslash") << u"a\"b\\c"_s << QByteArray(R"("a\"b\\c")");
    QTest::addRow("named escapes") << u"\b\f\n\r\t"_s << QByteArray(R"("\b\f\n\r\t")");
    QTest::addRow("other controls") << u"\x01x\x1f"_s << QByteArray(R"("\u0001x\u001f")");
    QTest::addRow("NUL") << QString(QChar(0)) << QByteArray(R"("\u0000")");
    QTest::addRow("slash is fine") << u"AC/DC"_s << QByteArray(R"("AC/DC")");
    QTest::addRow("UTF-8") << u"Amélie 🎬"_s << QByteArray("\"Am\xc3\xa9lie \xf0\x9f\x8e\xac\"");
    QTest::addRow("DEL is not a control") << u"\x7f"_s << QByteArray("\"\x7f\"");
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    JsonWriter w;
    w.beginArray();
    w.string(text);
    w.endArray();
    const QByteArray out = w.take();
    QCOMPARE(out, '[' + json + ']');
    // And Qt's own parser reads back exactly the text.
    QJsonParseError error;
    const QJsonArray back = QJsonDocument::fromJson(out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.at(0).toString(), text);
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("rating") << 6.1 << QByteArray("6.1");
    QTest::addRow("whole") << 7.0 << QByteArray("7");
    QTest::addRow("tiny") << 0.1 << QByteArray("0.1");
    QTest::addRow("NaN becomes null") << qQNaN() << QByteArray("null");
    QTest::addRow("infinity becomes null") << qInf() << QByteArray("null");
}

void TestJsonWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, json);
    JsonWriter w;
    w.number(value);
    QCOMPARE(w.take(), json);
}

void TestJsonWriter::nesting()
{
    JsonWriter w;
    w.beginObject();
    w.key("items"_L1);
    w.beginArray();
    w.beginObject();
    w.key("id"_L1);
    w.integer(9007199254740993LL);
    w.key("ok"_L1);
    w.boolean(true);
    w.endObject();
    w.beginObject();
    w.endObject();
    w.raw("[1,2]");
    w.null();
    w.endArray();
    w.key("total"_L1);
    w.integer(-3);
    w.endObject();
    QCOMPARE(w.take(),
             QByteArray(
                     R"({"items":[{"id":9007199254740993,"ok":true},{},[1,2],null],"total":-3})"));
}

void TestJsonWriter::userMatchesQJsonObject_data()
{
    QTest::addColumn<User>("user");
    QTest::addRow("new account") << User{7,          u"ada@example.com"_s, u"Ada \"Countess\""_s,
                                         u"admin"_s, 1795485502,           std::nullopt};
    QTest::addRow("signed in") << User{42, u"zoë@exämple.org"_s, u"Zoë\nLine"_s, u"user"_s,
                                       0,  qint64(4102444799)};
}

void TestJsonWriter::userMatchesQJsonObject()
{
    QFETCH(User, user);
    // The fast path writes the same document as the QJsonObject one.
    QCOMPARE(QJsonDocument::fromJson(user.toJsonBytes()).object(), user.toJson());
    QCOMPARE(user.toJsonBytes(), QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact));
    QCOMPARE(User::timestamp(4102444799), u"2099-12-31T23:59:59Z"_s);
    QCOMPARE(User::timestamp(0), u"1970-01-01T00:00:00Z"_s);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
