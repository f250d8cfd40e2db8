// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrows.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

qint64 insertUser(const QSqlDatabase &db, const QString &email)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO users (email, email_key, name, role, password_hash, created_at) "
              u"VALUES (?, ?, 'A', 'user', 'x', 0) RETURNING id"_s);
    q.addBindValue(email);
    q.addBindValue(email);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
