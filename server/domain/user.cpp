#include "user.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

QString User::timestamp(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject User::toJson() const
{
    return {{u"id"_s, QString::number(id)},
            {u"email"_s, email},
            {u"name"_s, name},
            {u"role"_s, role},
            {u"createdAt"_s, timestamp(createdAt)},
            {u"lastLoginAt"_s, lastLoginAt ? QJsonValue(timestamp(*lastLoginAt)) : QJsonValue()}};
}
