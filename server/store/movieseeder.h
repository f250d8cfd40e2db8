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
    // "DÈj‡ Vu" -> "Déjà Vu". The source's titles were written as Windows-1252 bytes and read
    // back as Mac Roman, so "é" (0xE9) became "È" (Mac Roman 0xE9). A title whose non-ASCII
    // characters are all Mac Roman glyphs is turned back into those bytes and read as
    // Windows-1252; any other title is returned as it is ("Alien³": ³ is not Mac Roman; in
    // "Ri¢hie Ri¢h" ¢ is the same byte in both). 18 bundled titles change (MovieSeederTest).
    // Safe for the bundled file only, which has no correctly accented title: migration 2
    // repairs existing databases from the exact list, never by this rule.
    static QString repairTitle(const QString &title);
};
