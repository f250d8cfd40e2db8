// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/tokenservice.h"
#include "core/result.h"
#include "http/problem.h"

#include <QByteArray>
#include <QFuture>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <variant>

class UploadSpool;

// What a route handler sees of a request: a plain value, copied out of QHttpServerRequest so
// that it can travel to a worker thread while the socket's request object moves on.
struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QByteArray methodName;
    QString path; // decoded
    QByteArray logPath; // percent-encoded, without the query: safe to log
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // An upload's body (POST /imports), spooled to a file as it arrived; body is then empty.
    std::shared_ptr<UploadSpool> upload;
    QHostAddress peer;

    QStringList pathParams; // the {id} parts of the matched route
    std::optional<TokenService::Identity> identity; // set for authenticated routes

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The body's length, spooled or not.
    qint64 bodySize() const;
    // The body as a JSON object, or InvalidJson (malformed JSON, or not an object).
    // An empty body is an empty object when allowEmpty.
    Result<QJsonObject> jsonObject(bool allowEmpty = false) const;

    static ApiRequest from(const QHttpServerRequest &request);
    // path, logPath and query from the request's URL (as QHttpServer parsed its target).
    void setTarget(const QUrl &url);
    static QByteArray nameOf(QHttpServerRequest::Method method);
};

// A handler answers at once or later (from a worker thread).
using Reply = std::variant<QHttpServerResponse, QFuture<QHttpServerResponse>>;

// A page of a list: {"items": items (a JSON array, as is), "page", "pageSize", "total"}.
// totalExact: written when given (GET /moviedata counts only so far; see MovieStore::find).
QByteArray pageJson(const QByteArray &items, qint64 page, qint64 pageSize, qint64 total,
                    std::optional<bool> totalExact = std::nullopt);
QHttpServerResponse jsonResponse(const QJsonObject &body,
                                 QHttpServerResponse::StatusCode status
                                 = QHttpServerResponse::StatusCode::Ok);
