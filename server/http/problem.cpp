// SPDX-License-Identifier: GPL-3.0-or-later
#include "problem.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

Problem::Problem(StatusCode status, QString code, QString detail)
    : m_status(status)
    , m_code(std::move(code))
    , m_detail(std::move(detail))
{ }

namespace {

using K = Fault::Kind;
using S = Problem::StatusCode;

struct Mapping
{
    S status;
    const char *code;
    const char *detail; // when the fault brings none
};

Mapping mappingOf(K kind)
{
    switch (kind) {
    case K::NotFound:
        return {S::NotFound, "not_found", "There is nothing at this address."};
    case K::NoMatch:
        return {S::NotFound, "no_match", "No film matches these filters."};
    case K::Unusable:
    case K::StorageFailed:
        return {S::InternalServerError, "internal_error",
                "Something went wrong on the server; the request was not carried out."};
    case K::StorageFull:
        return {S::InsufficientStorage, "storage_full",
                "The server's disk is full; nothing was saved. Reading still works; free some "
                "space and try again."};
    case K::InvalidFields:
        return {S::BadRequest, "validation_failed", "Some fields are not valid."};
    case K::InvalidJson:
        return {S::BadRequest, "invalid_json", "The body is not valid JSON."};
    case K::UnrecognisedFormat:
        return {S::BadRequest, "unrecognised_format",
                "This is not a file Reelvault can import: a Letterboxd export (the ZIP or one of "
                "its CSV files) or an IMDb ratings or list export (CSV)."};
    case K::NoPoster:
        return {S::NotFound, "no_poster", "This film has no poster."};
    case K::NotAnImage:
        return {S::BadRequest, "not_an_image",
                "This is not an image Reelvault can read: send a JPEG, PNG or WebP file."};
    case K::ImageTooLarge:
        return {S::BadRequest, "image_too_large",
                "The image is too large: at most 10,000 pixels a side and 30 megapixels."};
    case K::EmailTaken:
        return {S::Conflict, "email_taken", "An account with this email already exists."};
    case K::InvalidCredentials:
        return {S::Unauthorized, "invalid_credentials", "Wrong email or password."};
    case K::InvalidBackup:
        return {S::BadRequest, "invalid_backup", "This file cannot be restored."};
    case K::WrongPassphrase:
        return {S::BadRequest, "wrong_passphrase",
                "The passphrase does not open this backup (or its first bytes were changed)."};
    case K::InvalidRecovery:
        return {S::Unauthorized, "invalid_recovery",
                "The email or the recovery code is not right, or the code was used already."};
    case K::TooManyAttempts:
        return {S::TooManyRequests, "too_many_attempts", "Too many failed attempts."};
    case K::TooManyRegistrations:
        return {S::TooManyRequests, "too_many_registrations",
                "Too many accounts created from this address."};
    case K::HashingBusy:
        return {S::ServiceUnavailable, "server_busy",
                "Too many accounts are being created right now; try again in a moment."};
    case K::WrongPassword:
        return {S::Forbidden, "wrong_password", "The current password is not right."};
    case K::LastAdmin:
        return {S::Conflict, "last_admin",
                "This is the only administrator; make someone else an administrator first."};
    case K::NotSignedIn:
    case K::InvalidToken:
        return {S::Unauthorized, "unauthorized", "Please log in first."};
    case K::InvalidRefreshToken:
        return {S::Unauthorized, "invalid_refresh_token",
                "This refresh token is not valid; please log in again."};
    case K::NotAdmin:
        return {S::Forbidden, "forbidden", "Only an administrator may do this."};
    case K::MissingHost:
        return {S::BadRequest, "missing_host", "The request has no Host header."};
    case K::MisdirectedHost:
        return {S::MisdirectedRequest, "misdirected_request",
                "This server does not answer for that host name."};
    case K::ForbiddenOrigin:
        return {S::Forbidden, "forbidden_origin",
                "Requests from other web origins are not allowed."};
    case K::TokenInQuery:
        return {S::Unauthorized, "unauthorized",
                "Tokens in the query string are not accepted; send Authorization: Bearer "
                "<token>."};
    case K::BodyTooLarge:
        return {S::PayloadTooLarge, "payload_too_large", "The body is larger than 64 KiB."};
    case K::UnsupportedMediaType:
        return {S::UnsupportedMediaType, "unsupported_media_type",
                "Send the body as application/json."};
    case K::NoSuchPath:
        return {S::NotFound, "not_found", "There is nothing at this address."};
    case K::MethodNotAllowed:
        return {S::MethodNotAllowed, "method_not_allowed", "This method is not allowed here."};
    case K::MalformedRequest:
        return {S::BadRequest, "bad_request", "The request is not valid HTTP/1.1."};
    case K::DuplicateHost:
        return {S::BadRequest, "duplicate_host", "The request has more than one Host header."};
    case K::InvalidContentLength:
        return {S::BadRequest, "invalid_content_length", "The Content-Length is not valid."};
    case K::InvalidFraming:
        return {S::BadRequest, "invalid_framing",
                "Content-Length and Transfer-Encoding must not come together."};
    case K::InvalidChunk:
        return {S::BadRequest, "invalid_chunk", "The chunked body is not valid."};
    case K::HeadersTooLarge:
        return {S::RequestHeaderFieldsTooLarge, "headers_too_large",
                "The request's header fields are too large."};
    case K::HttpVersionNotSupported:
        return {S::HttpVersionNotSupported, "http_version_not_supported",
                "Only HTTP/1.1 and HTTP/1.0 are spoken here."};
    case K::UnsupportedTransferEncoding:
        return {S::NotImplemented, "unsupported_transfer_encoding",
                "Only the chunked transfer coding is understood."};
    case K::ExpectationFailed:
        return {S::ExpectationFailed, "expectation_failed",
                "Only Expect: 100-continue is understood."};
    case K::RequestTimeout:
        return {S::RequestTimeout, "request_timeout", "The request did not arrive in time."};
    case K::ConnectionsBusy:
        return {S::ServiceUnavailable, "server_busy",
                "Every connection is busy; try again in a moment."};
    }
    return {S::InternalServerError, "internal_error", "Something went wrong on the server."};
}

} // namespace

Problem Problem::from(const Fault &fault)
{
    const Mapping m = mappingOf(fault.kind());
    Problem p(m.status, QString::fromLatin1(m.code),
              fault.detail().isEmpty() ? QString::fromLatin1(m.detail) : fault.detail());
    p.m_fields = fault.fields();
    p.m_reason = fault.reason();
    switch (fault.kind()) {
    case K::NotSignedIn:
        // RFC 6750 §3.1: no error attribute when the request carried no token at all.
        p.addHeader("WWW-Authenticate", R"(Bearer realm="reelvault")");
        break;
    case K::InvalidToken:
    case K::TokenInQuery:
        p.addHeader("WWW-Authenticate", R"(Bearer realm="reelvault", error="invalid_token")");
        break;
    case K::MethodNotAllowed:
        p.addHeader("Allow", fault.allow());
        break;
    default:
        break;
    }
    if (fault.retryAfter() > 0)
        p.addHeader("Retry-After", QByteArray::number(fault.retryAfter()));
    return p;
}

QStringList Problem::allCodes()
{
    QStringList codes;
    for (int kind = 0; kind <= int(K::ConnectionsBusy); ++kind) {
        const QString code = QString::fromLatin1(mappingOf(K(kind)).code);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
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

void Problem::addHeader(const char *name, QByteArray value)
{
    m_headers.append({QByteArray(name), std::move(value)});
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{u"type"_s, u"about:blank"_s},
                  {u"title"_s, titleFor(m_status)},
                  {u"status"_s, int(m_status)},
                  {u"detail"_s, m_detail},
                  {u"code"_s, m_code}};
    if (!m_reason.isEmpty())
        o.insert(u"reason"_s, m_reason);
    if (!m_fields.isEmpty()) {
        o.insert(u"errors"_s, m_fields.messages());
        o.insert(u"fields"_s, m_fields.codes());
    }
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
