// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataversions.h"

using namespace Qt::StringLiterals;

QString DataVersions::columns(const QString &userId)
{
    // A scope nobody wrote to yet has no row: version 0.
    return uR"((SELECT COALESCE(MAX(version), 0) FROM data_versions WHERE scope = 0), )"
           uR"((SELECT COALESCE(MAX(version), 0) FROM data_versions WHERE scope = %1))"_s.arg(
                   userId);
}
