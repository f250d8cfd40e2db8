// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// Fills an empty catalogue with the bundled sample films (:/data/movies.json, vega-datasets).
class MovieSeeder
{
public:
    static constexpr const char *BundledPath = ":/data/movies.json";

    // Unusable with the reason when the source cannot be read or the rows cannot be stored.
    static Done seedIfEmpty(QSqlDatabase &db,
                            const QString &sourcePath = QString::fromLatin1(BundledPath));
    // "Jun 12 1998" -> 1998-06-12. The source writes two-digit years as 20xx for films of the
    // 1910s-1940s ("Gone with the Wind", 2039); years after 2012 are moved back a century.
    static QDate parseReleaseDate(const QString &text);
};
