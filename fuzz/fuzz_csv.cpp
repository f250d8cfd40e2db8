// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an imported CSV file (a Letterboxd or IMDb export), as CsvReader reads it,
// and the title key of every field. Invariants: reading ends (never loops), each record has
// 1 to MaxFields fields of at most MaxFieldBytes bytes each, record lines never go back, an
// error stops the reading, and a title key has no leading, trailing or double spaces.
#include "import/csvreader.h"
#include "import/titlekey.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CsvReader reader(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    QStringList fields;
    int lastLine = 0;
    qsizetype records = 0;
    while (reader.next(&fields)) {
        if (fields.isEmpty() || fields.size() > CsvReader::MaxFields || reader.line() < lastLine)
            abort();
        lastLine = reader.line();
        // More records than bytes would mean reading from nowhere.
        if (++records > qsizetype(size))
            abort();
        for (const QString &field : std::as_const(fields)) {
            if (field.size() > CsvReader::MaxFieldBytes)
                abort();
            const QString key = TitleKey::of(field);
            if (key.startsWith(u' ') || key.endsWith(u' ') || key.contains(QLatin1StringView("  ")))
                abort();
        }
    }
    if (reader.hasError() && (reader.error().isEmpty() || reader.next(&fields)))
        abort();
    return 0;
}
