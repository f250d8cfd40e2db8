// SPDX-License-Identifier: GPL-3.0-or-later
#include "user.h"

#include "core/jsonwriter.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

QString User::timestamp(qint64 secs)
{
    // RFC 3339 in UTC, e.g. 2026-11-24T01:44:00Z; formatted by hand, as QDateTime::toString()
    // costs more than the rest of a /userdetails answer.
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    const QDate d = t.date();
    const QTime h = t.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
                  h.hour(), h.minute(), h.second());
    return QString::fromLatin1(text);
}

void User::write(JsonWriter &out) const
{
    out.beginObject();
    out.key("createdAt"_L1);
    out.string(timestamp(createdAt));
    out.key("email"_L1);
    out.string(email);
    out.key("id"_L1);
    out.string(QString::number(id));
    out.key("lastLoginAt"_L1);
    if (lastLoginAt)
        out.string(timestamp(*lastLoginAt));
    else
        out.null();
    out.key("name"_L1);
    out.string(name);
    out.key("role"_L1);
    out.string(role);
    out.endObject();
}

QByteArray User::toJsonBytes() const
{
    JsonWriter out(192);
    write(out);
    return out.take();
}

QJsonObject User::toJson() const
{
    // One serialisation of an account (write) for every answer that carries one.
    return QJsonDocument::fromJson(toJsonBytes()).object();
}
