// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fault.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// An RFC 9457 problem: the one shape every error of the API takes, and the one map from what
// went wrong (a Fault) to HTTP: status, code, title, detail and headers are chosen in from()
// and nowhere else. The answers written before a request reaches QHttpServer (toHttpMessage)
// and those written by ApiServer::send carry the same common headers (commonHeaders()).
class Problem
{
public:
    using StatusCode = QHttpServerResponder::StatusCode;

    static Problem from(const Fault &fault);
    // Shorthand for from(fault).toResponse().
    static QHttpServerResponse response(const Fault &fault) { return from(fault).toResponse(); }
    // The same, with "not found" said of what was asked for ("There is no film with this id.").
    static QHttpServerResponse response(const Fault &fault, const QString &notFound)
    {
        if (fault.kind() == Fault::Kind::NotFound)
            return response(Fault(Fault::Kind::NotFound, notFound));
        return response(fault);
    }

    StatusCode status() const { return m_status; }
    QString code() const { return m_code; }
    QString detail() const { return m_detail; }
    QString reason() const { return m_reason; }

    QJsonObject toJson() const;
    QHttpServerResponse toResponse() const;
    // The whole HTTP/1.1 message, for answers written before a request reaches QHttpServer.
    QByteArray toHttpMessage(bool closeConnection) const;

    // The headers every response carries, whoever writes it.
    static const QList<QPair<QByteArray, QByteArray>> &commonHeaders();
    static QString titleFor(StatusCode status);
    // Every code the API can answer with (for the OpenAPI description's test).
    static QStringList allCodes();

private:
    Problem(StatusCode status, QString code, QString detail);
    void addHeader(const char *name, QByteArray value);

    StatusCode m_status;
    QString m_code;
    QString m_detail;
    QString m_reason;
    FieldErrors m_fields;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
