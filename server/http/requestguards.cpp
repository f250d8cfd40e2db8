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
    const QString host = QString::fromLatin1(value).trimmed().toLower();
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

std::optional<Problem> RequestGuards::checkHost(const ApiRequest &request) const
{
    const QByteArray host = request.header("host");
    if (host.isEmpty())
        return Problem(Problem::StatusCode::BadRequest, u"missing_host"_s,
                       u"The request has no Host header."_s);
    if (m_hosts.contains(hostName(host)))
        return std::nullopt;
    return Problem(Problem::StatusCode::MisdirectedRequest, u"misdirected_request"_s,
                   u"This server answers only for 127.0.0.1, localhost and [::1]."_s);
}

std::optional<Problem> RequestGuards::checkOrigin(const ApiRequest &request) const
{
    if (!isStateChanging(request.method) || !request.hasHeader("origin"))
        return std::nullopt;
    if (m_origins.contains(request.header("origin").trimmed().toLower()))
        return std::nullopt;
    return Problem(Problem::StatusCode::Forbidden, u"forbidden_origin"_s,
                   u"Requests from other web sites are not accepted."_s);
}

std::optional<Problem> RequestGuards::checkQueryToken(const ApiRequest &request) const
{
    for (const auto &name : {"token"_L1, "access_token"_L1, "jwt"_L1}) {
        for (const auto &item : request.query.queryItems()) {
            if (item.first.compare(name, Qt::CaseInsensitive) == 0)
                return Problem::unauthorized(
                        u"Tokens are never accepted in the query string; send the token in the "
                        u"Authorization header: Authorization: Bearer <token>."_s,
                        true);
        }
    }
    return std::nullopt;
}

std::optional<Problem> RequestGuards::checkBody(const ApiRequest &request) const
{
    if (request.body.size() > MaxBodyBytes)
        return Problem(Problem::StatusCode::PayloadTooLarge, u"payload_too_large"_s,
                       u"The body is larger than 64 KiB."_s);
    if (request.body.isEmpty())
        return std::nullopt;
    const QByteArray contentType = request.header("content-type");
    const QList<QByteArray> parts = contentType.split(';');
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
    return Problem(Problem::StatusCode::UnsupportedMediaType, u"unsupported_media_type"_s,
                   u"Send the body as JSON with Content-Type: application/json."_s);
}
