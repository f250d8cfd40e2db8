// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString Key = u"console/history"_s;

QJsonObject toJson(const ConsoleRequest &r)
{
    QJsonArray headers;
    for (const auto &[name, value] : r.headers)
        headers.append(QJsonArray{name, value});
    return {{u"method"_s, r.method},
            {u"path"_s, r.path},
            {u"headers"_s, headers},
            {u"body"_s, r.body}};
}

ConsoleRequest fromJson(const QJsonObject &o)
{
    ConsoleRequest r;
    r.method = o.value("method"_L1).toString();
    r.path = o.value("path"_L1).toString();
    for (const auto &h : o.value("headers"_L1).toArray())
        r.headers.append({h.toArray().at(0).toString(), h.toArray().at(1).toString()});
    r.body = o.value("body"_L1).toString();
    return r;
}

} // namespace

ConsoleRequest RequestHistory::withoutSecrets(const ConsoleRequest &request)
{
    ConsoleRequest r = request;
    r.headers.removeIf([](const QPair<QString, QString> &h) {
        return h.first.compare("authorization"_L1, Qt::CaseInsensitive) == 0
                || h.first.compare("cookie"_L1, Qt::CaseInsensitive) == 0;
    });
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(r.body.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        QJsonObject o = doc.object();
        bool changed = false;
        for (const auto secret :
             {"password"_L1, "currentPassword"_L1, "refreshToken"_L1, "token"_L1}) {
            if (o.contains(secret)) {
                o.insert(secret, QString());
                changed = true;
            }
        }
        if (changed)
            r.body = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
    } else if (r.body.contains("password"_L1, Qt::CaseInsensitive)
               || r.body.contains("token"_L1, Qt::CaseInsensitive)) {
        r.body.clear(); // not JSON but may hold a secret: keep nothing
    }
    return r;
}

QList<ConsoleRequest> RequestHistory::load()
{
    QList<ConsoleRequest> list;
    const QJsonArray entries
            = QJsonDocument::fromJson(QSettings().value(Key).toByteArray()).array();
    for (const auto &e : entries)
        list.append(fromJson(e.toObject()));
    return list;
}

void RequestHistory::add(const ConsoleRequest &request)
{
    QJsonArray entries{toJson(withoutSecrets(request))};
    const QJsonArray old = QJsonDocument::fromJson(QSettings().value(Key).toByteArray()).array();
    for (const auto &e : old) {
        if (entries.size() >= MaxEntries)
            break;
        if (e.toObject() != entries.first().toObject())
            entries.append(e);
    }
    QSettings().setValue(Key, QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

void RequestHistory::clear()
{
    QSettings().remove(Key);
}
