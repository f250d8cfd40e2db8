#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// One answer of the API as the desktop app sees it: the status, the headers, the JSON body,
// or the network error that stood in its way.
struct ApiResult
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;
    qint64 elapsedMs = 0;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    // problem+json fields
    QString code() const { return object().value(QLatin1StringView("code")).toString(); }
    QString detail() const { return object().value(QLatin1StringView("detail")).toString(); }
    QJsonObject fieldErrors() const
    {
        return object().value(QLatin1StringView("errors")).toObject();
    }
    int retryAfterSeconds() const { return headers.value("retry-after").toInt(); }
};
