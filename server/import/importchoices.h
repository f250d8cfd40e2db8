// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QUrlQuery>

// What the person chose for the rows an import's matching left open, as POST /imports takes it
// in its query: choices={"row key": film id, or null to skip the row}. A film id is a whole
// number from 1; a skip is kept as 0.
class ImportChoices
{
public:
    using Map = QHash<QString, qint64>; // row key → film id, 0: skip

    // No choices parameter: none. Anything but such an object: InvalidFields on "choices".
    static Result<Map> parse(const QUrlQuery &query);
};
