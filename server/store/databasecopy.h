// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

class Database;

// Copies every row of a Reelvault database into another one at the same schema version and
// empty (no film, no account): `reelvault --migrate-to postgresql://…` moves a desktop's
// SQLite data onto a shared PostgreSQL server. Ids are kept (every reference stays right), and
// the target's id sequences then continue after the largest. One transaction on the target:
// a failure leaves it as empty as it was.
class DatabaseCopy
{
public:
    // The tables in an order that satisfies their foreign keys; columns derived from others
    // (sort_title, the search vector, the catalogue's size, the counts in user_movies) are left
    // to the target to compute.
    static const QList<QString> &tables();

    // How many rows each table got.
    using Counts = QList<QPair<QString, qint64>>;
    // Into an empty target; or, with Replace, into one whose every row is deleted first (a
    // restore), in the same transaction.
    enum class Mode { IntoEmpty, Replace };
    static Result<Counts> copy(Database &from, Database &to, Mode mode = Mode::IntoEmpty);
};
