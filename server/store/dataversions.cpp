// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataversions.h"

using namespace Qt::StringLiterals;

QString DataVersions::columns(const QString &userId)
{
    // A scope nobody wrote to yet has no row: version 0.
    return uR"(COALESCE((SELECT version FROM data_versions WHERE scope = 0), 0), )"
           uR"(COALESCE((SELECT version FROM data_versions WHERE scope = %1), 0))"_s.arg(userId);
}
