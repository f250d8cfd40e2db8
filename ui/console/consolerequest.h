// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One request as the API console edits it: method, path (with its query), headers, body.
// Knows how to present itself as a curl command a person can paste into a terminal.
struct ConsoleRequest
{
    QString method = QStringLiteral("GET");
    QString path = QStringLiteral("/health");
    QList<QPair<QString, QString>> headers;
    QString body;

    // With revealToken false, a bearer token in Authorization becomes $TOKEN, so the command can
    // be shared; curl then expands it from the environment.
    QString toCurl(const QUrl &base, bool revealToken) const;
    static QString shellQuote(const QString &text);
};
