// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguards.h"

using namespace Qt::StringLiterals;

namespace {

QString hostLiteral(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + address.toString().toLower() + u']'
            : address.toString();
}

// "Host: name[:port]" -> name, lower-case; empty when malformed.
QString hostName(const QByteArray &value)
{
    QString host = QString::fromLatin1(value).trimmed().toLower();
    qsizetype portStart = -1;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return {};
        if (close + 1 < host.size()) {
            if (host[close + 1] != u':')
                return {};
            portStart = close + 2;
        }
        if (portStart < 0)
            return host;
    } else {
        portStart = host.indexOf(u':');
        if (portStart < 0)
            return host;
        ++portStart;
    }
    const QString port = host.mid(portStart);
    if (port.isEmpty() || port.size() > 5)
        return {};
    for (const QChar c : port) {
        if (!c.isDigit())
            return {};
    }
    return host.left(portStart - 1);
}

} // namespace

RequestGuards::RequestGuards(const QHostAddress &listenAddress, quint16 port)
{
    m_hosts = {u"127.0.0.1"_s, u"localhost"_s, u"[::1]"_s};
    if (!listenAddress.isLoopback() && !listenAddress.isNull())
        m_hosts.insert(hostLiteral(listenAddress));
    for (const QString &host : std::as_const(m_hosts))
        m_origins.insert(u"http://%1:%2"_s.arg(host).arg(port).toLatin1());
}

bool RequestGuards::isStateChanging(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    return method != M::Get && method != M::Head && method != M::Options;
}

std::optional<Fault> RequestGuards::checkHost(const ApiRequest &request) const
{
    const QByteArray host = request.header("host");
    if (host.isEmpty())
        return Fault(Fault::Kind::MissingHost);
    if (m_hosts.contains(hostName(host)))
        return std::nullopt;
    return Fault(Fault::Kind::MisdirectedHost,
                 u"This server answers only for 127.0.0.1, localhost and [::1]."_s);
}

std::optional<Fault> RequestGuards::checkOrigin(const ApiRequest &request) const
{
    if (!isStateChanging(request.method) || !request.hasHeader("origin"))
        return std::nullopt;
    if (m_origins.contains(request.header("origin").trimmed().toLower()))
        return std::nullopt;
    return Fault(Fault::Kind::ForbiddenOrigin,
                 u"Requests from other web sites are not accepted."_s);
}

std::optional<Fault> RequestGuards::checkQueryToken(const ApiRequest &request) const
{
    for (const auto &name : {"token"_L1, "access_token"_L1, "jwt"_L1}) {
        for (const auto &item : request.query.queryItems()) {
            if (item.first.compare(name, Qt::CaseInsensitive) == 0)
                return Fault(Fault::Kind::TokenInQuery,
                             u"Tokens are never accepted in the query string; send the token in "
                             u"the Authorization header: Authorization: Bearer <token>."_s);
        }
    }
    return std::nullopt;
}

const QList<UploadRoute> &RequestGuards::uploadRoutes()
{
    static const QList<UploadRoute> routes{
            {"POST",
             "/imports",
             MaxImportBytes,
             {"application/zip", "application/x-zip-compressed", "text/csv", "application/csv",
              "application/json", "application/octet-stream"},
             "The file is larger than 32 MiB.",
             "Send the file as it is, with Content-Type: application/zip (a Letterboxd export), "
             "text/csv (one of its CSV files, or an IMDb export) or application/json (Reelvault's "
             "own export)."},
            {"PUT",
             "/moviedata/*/poster",
             MaxPosterBytes,
             {"image/jpeg", "image/png", "image/webp"},
             "The image is larger than 8 MiB.",
             "Send the image as it is, with Content-Type: image/jpeg, image/png or image/webp."},
            {"POST",
             "/restore",
             MaxRestoreBytes,
             {"application/octet-stream"},
             "The backup is larger than 1 GiB.",
             "Send the backup file as it is, with Content-Type: application/octet-stream."},
    };
    return routes;
}

std::optional<Fault> RequestGuards::checkBody(const ApiRequest &request) const
{
    const QByteArray contentType = request.header("content-type");
    const QList<QByteArray> parts = contentType.split(';');
    for (const UploadRoute &route : uploadRoutes()) {
        if (!route.matches(request.methodName, request.logPath))
            continue;
        if (request.bodySize() > route.maxBytes)
            return Fault(Fault::Kind::BodyTooLarge, QString::fromUtf8(route.tooLarge));
        if (route.mediaTypes.contains(parts.first().trimmed().toLower()))
            return std::nullopt;
        return Fault(Fault::Kind::UnsupportedMediaType, QString::fromUtf8(route.wrongType));
    }
    if (request.body.size() > MaxBodyBytes)
        return Fault(Fault::Kind::BodyTooLarge);
    if (request.body.isEmpty())
        return std::nullopt;
    bool ok = parts.first().trimmed().toLower() == "application/json";
    for (qsizetype i = 1; ok && i < parts.size(); ++i) {
        const QByteArray param = parts[i].trimmed().toLower();
        if (param.startsWith("charset=")) {
            const QByteArray charset = param.mid(8).replace('"', "");
            ok = charset == "utf-8" || charset == "utf8";
        }
    }
    if (ok)
        return std::nullopt;
    return Fault(Fault::Kind::UnsupportedMediaType,
                 u"Send the body as JSON with Content-Type: application/json."_s);
}
