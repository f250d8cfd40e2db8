// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an uploaded poster, as PUT /moviedata/{id}/poster reads it
// (PosterImage::fromUpload: format sniffing, the size check from the header, decoding through
// Qt's image plugins, the cut-short JPEG check, scaling and re-encoding). Invariants: an image is
// accepted only within the limits and comes out a JPEG or PNG that decodes to the size it says,
// at most 1000 px high; anything else is refused as not an image or too large.
#include "domain/posterimage.h"

#include <QCoreApplication>
#include <QImage>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_poster";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // the image plugins are found through it
    const auto poster = PosterImage::fromUpload(
            QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!poster) {
        const auto kind = poster.fault().kind();
        if (kind != Fault::Kind::NotAnImage && kind != Fault::Kind::ImageTooLarge)
            abort();
        return 0;
    }
    if (poster->height < 1 || poster->height > PosterImage::MaxHeight || poster->width < 1
        || poster->width > PosterImage::MaxSide)
        abort();
    if (poster->contentType != "image/jpeg" && poster->contentType != "image/png")
        abort();
    QImage decoded;
    if (!decoded.loadFromData(poster->data) || decoded.width() != poster->width
        || decoded.height() != poster->height)
        abort();
    if (poster->etag != PosterImage::etagOf(poster->data))
        abort();
    return 0;
}
