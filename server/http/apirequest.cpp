// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include "core/jsonwriter.h"

#include "http/jsontext.h"
#include "http/uploadspool.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QByteArray ApiRequest::nameOf(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

ApiRequest ApiRequest::from(const QHttpServerRequest &request)
{
    ApiRequest r;
    r.method = request.method();
    r.methodName = nameOf(r.method);
    r.setTarget(request.url());
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

void ApiRequest::setTarget(const QUrl &url)
{
    path = url.path(QUrl::FullyDecoded);
    logPath = url.path(QUrl::FullyEncoded).toLatin1();
    // Form-style '+' means a space in a query value ("q=star+wars"); a literal plus is %2B.
    QString rawQuery = url.query(QUrl::FullyEncoded);
    rawQuery.replace(u'+', u"%20"_s);
    query.setQuery(rawQuery);
}

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 ApiRequest::bodySize() const
{
    return upload ? upload->size() : body.size();
}

bool ApiRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<QJsonObject> ApiRequest::jsonObject(bool allowEmpty) const
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return QJsonObject();
        return Fault(Fault::Kind::InvalidJson, u"The request needs a JSON object as its body."_s);
    }
    // Qt's parser would replace what is not UTF-8, and lone surrogates, with lossy stand-ins.
    if (!JsonText::isValidUtf8(body))
        return Fault(Fault::Kind::InvalidJson, u"The body is not valid UTF-8."_s);
    if (JsonText::hasLoneSurrogateEscape(body))
        return Fault(Fault::Kind::InvalidJson,
                     u"The body has a lone UTF-16 surrogate escape (\\uD800-\\uDFFF); a "
                     u"character outside the BMP is written as a pair."_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Fault(Fault::Kind::InvalidJson,
                     u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString())
                             .arg(error.offset));
    if (!doc.isObject())
        return Fault(Fault::Kind::InvalidJson, u"The body must be a JSON object."_s);
    return doc.object();
}

QByteArray pageJson(const QByteArray &items, qint64 page, qint64 pageSize, qint64 total,
                    std::optional<bool> totalExact)
{
    JsonWriter out(items.size() + 64);
    out.beginObject();
    out.key("items"_L1);
    out.raw(items);
    out.key("page"_L1);
    out.integer(page);
    out.key("pageSize"_L1);
    out.integer(pageSize);
    out.key("total"_L1);
    out.integer(total);
    if (totalExact) {
        out.key("totalExact"_L1);
        out.boolean(*totalExact);
    }
    out.endObject();
    return out.take();
}

QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}
