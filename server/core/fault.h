// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fielderrors.h"

#include <QByteArray>
#include <QString>

// What went wrong, in the server's own terms: the one failure type of the stores, the services
// and the HTTP layer alike. A Fault says nothing about HTTP; Problem::from() (http/problem.cpp)
// is the one place that turns a kind into a status, a code, a title and headers.
//
// The detail is a sentence for people reading the raw answer; when empty, the map supplies the
// usual one for the kind.
class Fault
{
public:
    enum class Kind {
        // Reading and writing
        NotFound, // no such thing (never a failure to read)
        NoMatch, // a random pick among no films
        Unusable, // at start: a database, file or key the server cannot use (detail: which, why)
        StorageFailed, // the database refused; nothing was changed
        StorageFull, // the disk (or the database's size limit) is full; nothing was written
        // What the request says
        InvalidFields, // fields() says which and why
        InvalidJson,
        UnrecognisedFormat, // an import in no format it reads (detail: what it expected)
        NoPoster, // the film has no poster
        NotAnImage, // a poster that does not decode as a JPEG, PNG or WebP image
        ImageTooLarge, // a poster with more pixels than it may have (refused before decoding)
        InvalidBackup, // not a backup, a newer format, damaged or cut short (detail: which)
        WrongPassphrase, // the passphrase does not open the backup
        // Accounts and sessions
        EmailTaken,
        InvalidCredentials,
        InvalidRecovery, // an unknown email, a wrong or spent recovery code: one answer for all
        TooManyAttempts, // retryAfter()
        TooManyRegistrations, // retryAfter()
        HashingBusy, // retryAfter()
        WrongPassword,
        LastAdmin, // it would leave the catalogue without an administrator
        NotSignedIn, // no token, or not a bearer token
        InvalidToken, // a token was sent and refused
        InvalidRefreshToken,
        NotAdmin,
        // The request's envelope
        MissingHost,
        MisdirectedHost,
        ForbiddenOrigin,
        TokenInQuery,
        BodyTooLarge,
        UnsupportedMediaType,
        NoSuchPath,
        MethodNotAllowed, // allow()
        // The wire (HTTP/1.1 framing)
        MalformedRequest,
        DuplicateHost,
        InvalidContentLength,
        InvalidFraming,
        InvalidChunk,
        HeadersTooLarge,
        HttpVersionNotSupported,
        UnsupportedTransferEncoding,
        ExpectationFailed,
        RequestTimeout,
        ConnectionsBusy, // retryAfter(); stays last (Problem::allCodes() counts up to it)
    };

    Fault(Kind kind, QString detail = {}) // NOLINT(google-explicit-constructor): return Kind::X
        : m_kind(kind)
        , m_detail(std::move(detail))
    { }
    static Fault invalid(FieldErrors fields, QString detail = {})
    {
        Fault f(Kind::InvalidFields, std::move(detail));
        f.m_fields = std::move(fields);
        return f;
    }

    Fault &withRetryAfter(qint64 seconds)
    {
        m_retryAfter = seconds;
        return *this;
    }
    // A machine-readable refinement of the kind, answered as the problem's "reason" (a refused
    // refresh token: "unknown", "expired", "ended", "reused").
    Fault &withReason(QString reason)
    {
        m_reason = std::move(reason);
        return *this;
    }
    Fault &withAllow(QByteArray methods)
    {
        m_allow = std::move(methods);
        return *this;
    }

    Kind kind() const { return m_kind; }
    QString detail() const { return m_detail; }
    const FieldErrors &fields() const { return m_fields; }
    qint64 retryAfter() const { return m_retryAfter; }
    QByteArray allow() const { return m_allow; }
    QString reason() const { return m_reason; }

private:
    Kind m_kind;
    QString m_detail;
    FieldErrors m_fields;
    qint64 m_retryAfter = 0;
    QByteArray m_allow;
    QString m_reason;
};
