// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// An account written straight into a database's users table (no password that signs in), for
// tests of the stores; its id, or 0 when the insert failed.
qint64 insertUser(const QSqlDatabase &db, const QString &email);
