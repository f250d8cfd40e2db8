#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// An RFC 9457 problem: the one shape every error of the API takes. Routes and guards build
// one and turn it into a response with toResponse(); nothing else writes error bodies.
class Problem
{
public:
    using StatusCode = QHttpServerResponder::StatusCode;

    Problem(StatusCode status, QString code, QString detail);

    static Problem validation(QJsonObject errors, QString detail = {});
    static Problem unauthorized(QString detail, bool tokenSent);
    static Problem forbidden(QString detail);
    static Problem notFound(QString detail = {});
    static Problem internal();
    // The disk (or the database's size limit) is full: 507, nothing was written.
    static Problem storageFull();
    // After a store call failed: 507 when the disk was full, else 500.
    static Problem storeFailure();

    Problem &withErrors(QJsonObject errors);
    Problem &withHeader(QByteArray name, QByteArray value);

    StatusCode status() const { return m_status; }
    QString code() const { return m_code; }
    QString detail() const { return m_detail; }
    QJsonObject errors() const { return m_errors; }

    QJsonObject toJson() const;
    QHttpServerResponse toResponse() const;
    // The whole HTTP/1.1 message, for answers written before a request reaches QHttpServer.
    QByteArray toHttpMessage(bool closeConnection) const;

    // The headers every response carries, whoever writes it.
    static const QList<QPair<QByteArray, QByteArray>> &commonHeaders();

    static QString titleFor(StatusCode status);

private:
    StatusCode m_status;
    QString m_code;
    QString m_detail;
    QJsonObject m_errors;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
