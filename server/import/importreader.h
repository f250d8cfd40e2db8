// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "import/importrow.h"

#include <QByteArray>
#include <QString>

// Reads an upload into rows: a Letterboxd export ZIP, one of its CSV files, an IMDb ratings or
// list export, or Reelvault's own JSON export. Columns are found by their header names (any order;
// IMDb's older header without "Original Title" too). Anything else is UnrecognisedFormat, saying
// what was expected.
//
// fileName (optional) tells apart the Letterboxd files that share one header (watched.csv,
// watchlist.csv and likes/films.csv: "Date,Name,Year,Letterboxd URI").
class ImportReader
{
public:
    // What a ZIP may unpack to at most, all files together (a ZIP bomb stops here).
    static constexpr qint64 MaxUnpackedBytes = 64LL * 1024 * 1024;

    static Result<ImportSet> read(const QByteArray &data, const QString &fileName = {});
    static Result<ImportSet> readCsv(const QByteArray &data, const QString &fileName);
    static Result<ImportSet> readZip(const QByteArray &data);
    // Reelvault's own JSON export (ExportStore::json): each film's state and viewings.
    static Result<ImportSet> readJson(const QByteArray &data);
    static constexpr const char *ExportFormat = "reelvault-export";
    static constexpr int ExportVersion = 1;
    // "7" (IMDb, out of 10) → 3.5; "4.5" (Letterboxd) → 4.5; nothing for empty or out of range.
    static std::optional<double> halfStars(const QString &text, int outOf);
    // IMDb's title types that are films ("Movie", "movie", "TV Movie", "Video", "Short", …).
    static bool isFilmType(const QString &titleType);
};
