// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One answer of the API as the desktop app sees it: the status, the headers, the body, or the
// network error that stood in its way.
struct ApiResult
{
    int status = 0; // 0: no HTTP answer (see networkError, cancelled)
    QString reason; // the status line's reason phrase
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QList<QPair<QByteArray, QByteArray>> headerList; // as received, in order
    QString networkError;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    bool ok() const { return status >= 200 && status < 300; }
    bool isProblem() const
    {
        return headers.value("content-type").startsWith("application/problem+json");
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    // problem+json fields
    QString code() const { return object().value(QLatin1StringView("code")).toString(); }
    QString detail() const { return object().value(QLatin1StringView("detail")).toString(); }
    // A validation failure's stable code per field, with the limits it refers to.
    QJsonObject fieldCodes() const
    {
        return object().value(QLatin1StringView("fields")).toObject();
    }
    int retryAfterSeconds() const { return headers.value("retry-after").toInt(); }
};
