// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"
#include "core/fielderrors.h"
#include "domain/moviequery.h"
#include "http/problem.h"
#include "http/router.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Follows "#/components/..." inside the document; an empty value when it does not resolve.
QJsonValue resolve(const QJsonObject &doc, const QString &ref)
{
    if (!ref.startsWith(u"#/"_s))
        return {};
    QJsonValue node = doc;
    for (const QString &part : ref.mid(2).split(u'/'))
        node = node.toObject().value(part);
    return node;
}

void collectRefs(const QJsonValue &v, QStringList *refs)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == "$ref"_L1)
                *refs << it.value().toString();
            else
                collectRefs(it.value(), refs);
        }
    } else if (v.isArray()) {
        for (const auto &item : v.toArray())
            collectRefs(item, refs);
    }
}

} // namespace

// GET /openapi.json describes exactly the routes the server has, with their security, their
// answers and the parameters the server really reads.
class TestApiOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void servedAsOpenApi31();
    void describesEveryRouteAndNoOther();
    void securityMatchesTheRoutes();
    void everyReferenceResolves();
    void movieListParametersAreTheOnesParsed();
    void everyErrorCodeIsListed();
    void licenceIsNamed();

private:
    std::unique_ptr<TestServer> m_server;
    QJsonObject m_doc;
};

void TestApiOpenApi::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    const auto r = m_server->client().get("/openapi.json");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QJsonParseError error;
    m_doc = QJsonDocument::fromJson(r.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestApiOpenApi::servedAsOpenApi31()
{
    QCOMPARE(m_doc.value("openapi"_L1).toString(), u"3.1.0"_s);
    QVERIFY(!m_doc.value("info"_L1).toObject().value("title"_L1).toString().isEmpty());
    const QJsonArray servers = m_doc.value("servers"_L1).toArray();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first().toObject().value("url"_L1).toString(),
             u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    QCOMPARE(m_doc.value("components"_L1)
                     .toObject()
                     .value("securitySchemes"_L1)
                     .toObject()
                     .value("bearerAuth"_L1)
                     .toObject()
                     .value("scheme"_L1)
                     .toString(),
             u"bearer"_s);
}

void TestApiOpenApi::describesEveryRouteAndNoOther()
{
    QSet<QString> documented;
    const QJsonObject paths = m_doc.value("paths"_L1).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            if (op.key() != "parameters"_L1)
                documented.insert(op.key().toUpper() + u' ' + p.key());
        }
    }
    QSet<QString> served;
    for (const auto &route : m_server->server()->router().routes())
        served.insert(QString::fromLatin1(ApiRequest::nameOf(route.method)) + u' ' + route.pattern);
    QCOMPARE(documented.size(), served.size());
    QCOMPARE(documented, served);
}

void TestApiOpenApi::securityMatchesTheRoutes()
{
    const QJsonObject paths = m_doc.value("paths"_L1).toObject();
    for (const auto &route : m_server->server()->router().routes()) {
        const QString name = QString::fromLatin1(ApiRequest::nameOf(route.method));
        const QJsonObject op
                = paths.value(route.pattern).toObject().value(name.toLower()).toObject();
        const QJsonObject responses = op.value("responses"_L1).toObject();
        const QString where = name + u' ' + route.pattern;
        QVERIFY2(!op.value("operationId"_L1).toString().isEmpty(), qPrintable(where));
        bool success = false;
        for (const QString &status : responses.keys())
            success = success || status.startsWith(u'2');
        QVERIFY2(success, qPrintable(where));
        const bool isPublic = route.access == Router::Access::Public;
        // Public operations opt out of the document-wide bearer requirement; the others
        // document their 401 (and admin ones their 403).
        QCOMPARE(op.contains("security"_L1) && op.value("security"_L1).toArray().isEmpty(),
                 isPublic);
        if (!isPublic)
            QVERIFY2(responses.contains("401"_L1), qPrintable(where));
        if (route.access == Router::Access::Admin)
            QVERIFY2(responses.contains("403"_L1), qPrintable(where));
        if (route.method == Router::Method::Post || route.method == Router::Method::Patch)
            QVERIFY2(op.contains("requestBody"_L1), qPrintable(where));
    }
}

void TestApiOpenApi::everyReferenceResolves()
{
    QStringList refs;
    collectRefs(m_doc, &refs);
    QVERIFY(refs.size() > 20);
    for (const QString &ref : std::as_const(refs))
        QVERIFY2(resolve(m_doc, ref).isObject(), qPrintable(ref));
}

void TestApiOpenApi::movieListParametersAreTheOnesParsed()
{
    const QJsonArray params = m_doc.value("paths"_L1)
                                      .toObject()
                                      .value("/moviedata"_L1)
                                      .toObject()
                                      .value("get"_L1)
                                      .toObject()
                                      .value("parameters"_L1)
                                      .toArray();
    QStringList names;
    for (const auto &p : params) {
        QCOMPARE(p.toObject().value("in"_L1).toString(), u"query"_s);
        names << p.toObject().value("name"_L1).toString();
    }
    QCOMPARE(names, MovieQuery::parameterNames());
}

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

void TestApiOpenApi::everyErrorCodeIsListed()
{
    // The problem codes, and the per-field codes of validation failures, exactly as the server
    // can answer them: clients translate from these lists.
    const QJsonObject schemas
            = m_doc.value("components"_L1).toObject().value("schemas"_L1).toObject();
    const auto listed = [&](const char *schema) {
        QStringList codes;
        const QJsonArray values = schemas.value(QLatin1StringView(schema))
                                          .toObject()
                                          .value("properties"_L1)
                                          .toObject()
                                          .value("code"_L1)
                                          .toObject()
                                          .value("enum"_L1)
                                          .toArray();
        for (const auto &v : values)
            codes << v.toString();
        return sorted(codes);
    };
    QCOMPARE(listed("Problem"), sorted(Problem::allCodes()));
    QCOMPARE(listed("FieldError"), sorted(FieldErrors::knownCodes()));
}

void TestApiOpenApi::licenceIsNamed()
{
    const QJsonObject licence = m_doc.value("info"_L1).toObject().value("license"_L1).toObject();
    QCOMPARE(licence.value("identifier"_L1).toString(), u"GPL-3.0-or-later"_s);
}

QTEST_GUILESS_MAIN(TestApiOpenApi)
#include "tst_api_openapi.moc"
