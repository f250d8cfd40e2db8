// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an uploaded film history (a Letterboxd ZIP or CSV, an IMDb CSV), as
// ImportReader reads it. The first byte picks the name it is sent with. Invariants: an upload is
// either rows or a refusal that says what was expected; every row has a title, a line after the
// header, a rating in half stars from 0.5 to 5 or none, and a file among those it says it read.
#include "import/importreader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString names[]
            = {QString(), QStringLiteral("watched.csv"), QStringLiteral("watchlist.csv"),
               QStringLiteral("likes/films.csv")};
    const QString name = names[data[0] % 4];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto set = ImportReader::read(body, name);
    if (!set) {
        if (set.fault().detail().isEmpty()
            || (!set.is(Fault::Kind::UnrecognisedFormat) && !set.is(Fault::Kind::BodyTooLarge)))
            abort();
        return 0;
    }
    if (set->format.isEmpty() || set->files.isEmpty())
        abort();
    for (const ImportRow &row : set->rows) {
        if ((row.title.isEmpty() && row.originalTitle.isEmpty()) || row.line < 2
            || !set->files.contains(row.file))
            abort();
        if (row.rating) {
            const double r = *row.rating;
            if (!(r >= 0.5 && r <= 5) || std::fmod(r * 2, 1.0) != 0)
                abort();
        }
        if (row.watchedOn && !row.watchedOn->isValid())
            abort();
    }
    return 0;
}
