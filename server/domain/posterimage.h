// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

// A film's poster as the server keeps it: an uploaded image, checked by decoding it (never by
// the name or the Content-Type it came with), scaled down to at most MaxHeight pixels high, and
// re-encoded: JPEG, or PNG when it has transparency. Its size is read from the header first, so
// a file that claims too many pixels is refused before any of them is allocated.
class PosterImage
{
public:
    static constexpr int MaxHeight = 1000;
    static constexpr int MaxSide = 10'000;
    static constexpr qint64 MaxPixels = 30'000'000; // under QImageReader's own limit (128 MiB)
    static constexpr int JpegQuality = 88;

    QByteArray data;
    QByteArray contentType; // image/jpeg or image/png
    QByteArray etag; // "…": a hash of data, quoted as the header writes it
    int width = 0;
    int height = 0;

    // NotAnImage (not a JPEG, PNG or WebP, or it does not decode), ImageTooLarge.
    static Result<PosterImage> fromUpload(QByteArrayView bytes);
    static QByteArray etagOf(QByteArrayView data);
};
