#include "problem.h"

#include "store/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

Problem::Problem(StatusCode status, QString code, QString detail)
    : m_status(status)
    , m_code(std::move(code))
    , m_detail(std::move(detail))
{ }

Problem Problem::validation(QJsonObject errors, QString detail)
{
    Problem p(StatusCode::BadRequest, u"validation_failed"_s,
              detail.isEmpty() ? u"Some fields are not valid."_s : std::move(detail));
    p.m_errors = std::move(errors);
    return p;
}

Problem Problem::unauthorized(QString detail, bool tokenSent)
{
    Problem p(StatusCode::Unauthorized, u"unauthorized"_s, std::move(detail));
    // RFC 6750 §3.1: no error attribute when the request carried no token at all.
    p.withHeader("WWW-Authenticate",
                 tokenSent ? QByteArrayLiteral(R"(Bearer realm="reelvault", error="invalid_token")")
                           : QByteArrayLiteral(R"(Bearer realm="reelvault")"));
    return p;
}

Problem Problem::forbidden(QString detail)
{
    return Problem(StatusCode::Forbidden, u"forbidden"_s, std::move(detail));
}

Problem Problem::notFound(QString detail)
{
    return Problem(StatusCode::NotFound, u"not_found"_s,
                   detail.isEmpty() ? u"There is nothing at this address."_s : std::move(detail));
}

Problem Problem::internal()
{
    return Problem(StatusCode::InternalServerError, u"internal_error"_s,
                   u"Something went wrong on the server; the request was not carried out."_s);
}

Problem Problem::storageFull()
{
    return Problem(StatusCode::InsufficientStorage, u"storage_full"_s,
                   u"The server's disk is full; nothing was saved. Reading still works; free "
                   u"some space and try again."_s);
}

Problem Problem::storeFailure()
{
    return Database::takeStorageFull() ? storageFull() : internal();
}

Problem &Problem::withErrors(QJsonObject errors)
{
    m_errors = std::move(errors);
    return *this;
}

Problem &Problem::withHeader(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
    return *this;
}

QString Problem::titleFor(StatusCode status)
{
    switch (status) {
    case StatusCode::BadRequest:
        return u"Bad Request"_s;
    case StatusCode::Unauthorized:
        return u"Unauthorized"_s;
    case StatusCode::Forbidden:
        return u"Forbidden"_s;
    case StatusCode::NotFound:
        return u"Not Found"_s;
    case StatusCode::MethodNotAllowed:
        return u"Method Not Allowed"_s;
    case StatusCode::Conflict:
        return u"Conflict"_s;
    case StatusCode::PayloadTooLarge:
        return u"Content Too Large"_s;
    case StatusCode::UnsupportedMediaType:
        return u"Unsupported Media Type"_s;
    case StatusCode::MisdirectedRequest:
        return u"Misdirected Request"_s;
    case StatusCode::TooManyRequests:
        return u"Too Many Requests"_s;
    case StatusCode::ServiceUnavailable:
        return u"Service Unavailable"_s;
    case StatusCode::RequestTimeout:
        return u"Request Timeout"_s;
    case StatusCode::ExpectationFailed:
        return u"Expectation Failed"_s;
    case StatusCode::RequestHeaderFieldsTooLarge:
        return u"Request Header Fields Too Large"_s;
    case StatusCode::NotImplemented:
        return u"Not Implemented"_s;
    case StatusCode::HttpVersionNotSupported:
        return u"HTTP Version Not Supported"_s;
    case StatusCode::InsufficientStorage:
        return u"Insufficient Storage"_s;
    default:
        return u"Internal Server Error"_s;
    }
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{u"type"_s, u"about:blank"_s},
                  {u"title"_s, titleFor(m_status)},
                  {u"status"_s, int(m_status)},
                  {u"detail"_s, m_detail},
                  {u"code"_s, m_code}};
    if (!m_errors.isEmpty())
        o.insert(u"errors"_s, m_errors);
    return o;
}

QHttpServerResponse Problem::toResponse() const
{
    QHttpServerResponse response(QByteArrayLiteral("application/problem+json"),
                                 QJsonDocument(toJson()).toJson(QJsonDocument::Compact), m_status);
    for (const auto &[name, value] : m_headers)
        response.addHeader(name, value);
    return response;
}

const QList<QPair<QByteArray, QByteArray>> &Problem::commonHeaders()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{
            {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
            {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")}};
    return headers;
}

QByteArray Problem::toHttpMessage(bool closeConnection) const
{
    const QByteArray body = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(int(m_status)) + ' '
            + titleFor(m_status).toLatin1()
            + "\r\nContent-Type: application/problem+json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : commonHeaders())
        out += name + ": " + value + "\r\n";
    for (const auto &[name, value] : m_headers)
        out += name + ": " + value + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    return out + "\r\n" + body;
}
