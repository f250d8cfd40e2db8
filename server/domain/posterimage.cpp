// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterimage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

// Whether every chunk of a PNG fits in the bytes there are. libpng allocates a chunk's declared
// length before reading it (a text chunk's, up to 2 GiB, while it reads the header): a few
// bytes that claim a huge chunk must not reach it. (Found by fuzz_poster.)
bool pngChunksFit(QByteArrayView png)
{
    qsizetype at = 8; // the signature
    while (png.size() - at >= 12) {
        const quint32 length = qFromBigEndian<quint32>(png.data() + at);
        if (length > quint32(png.size() - at - 12))
            return false;
        if (png.sliced(at + 4, 4) == "IEND")
            return true;
        at += 12 + qsizetype(length);
    }
    return true; // cut short between chunks: the decoder says so
}

} // namespace

Result<PosterImage> PosterImage::fromUpload(QByteArrayView bytes)
{
    QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QBuffer buffer(&raw);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // a JPEG's EXIF orientation, applied
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png" && format != "webp")
        return Fault(Fault::Kind::NotAnImage);
    if (format == "png" && !pngChunksFit(bytes))
        return Fault(Fault::Kind::NotAnImage,
                     u"The PNG image is damaged: a part of it claims "
                     u"more bytes than the file has."_s);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return Fault(Fault::Kind::NotAnImage);
    if (size.width() > MaxSide || size.height() > MaxSide
        || qint64(size.width()) * size.height() > MaxPixels)
        return Fault(Fault::Kind::ImageTooLarge,
                     u"The image is %1 × %2 pixels: at most 10,000 a side and 30 megapixels."_s
                             .arg(size.width())
                             .arg(size.height()));
    // A JPEG cut short still decodes (libjpeg fills the rest with grey and only warns): its
    // last scan must end with the end-of-image marker. (Entropy-coded data never holds FF D9 or
    // FF DA: a data byte FF is always followed by 00 there.)
    if (format == "jpeg" && raw.lastIndexOf("\xFF\xD9") < raw.lastIndexOf("\xFF\xDA"))
        return Fault(Fault::Kind::NotAnImage, u"The JPEG image is cut short."_s);
    if (size.height() > MaxHeight) // decoded straight to the smaller size where the format can
        reader.setScaledSize(QSize(
                qMax(1, qRound(double(size.width()) * MaxHeight / size.height())), MaxHeight));
    QImage image = reader.read();
    if (image.isNull())
        return Fault(Fault::Kind::NotAnImage,
                     u"The image cannot be decoded: %1."_s.arg(reader.errorString()));
    if (image.height() > MaxHeight) // a format that ignored the scaled size
        image = image.scaledToHeight(MaxHeight, Qt::SmoothTransformation);

    PosterImage poster;
    const bool alpha = image.hasAlphaChannel();
    poster.contentType = alpha ? "image/png" : "image/jpeg";
    QBuffer out(&poster.data);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, alpha ? "png" : "jpeg");
    if (!alpha) {
        writer.setQuality(JpegQuality);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
    }
    if (!writer.write(alpha ? image : image.convertToFormat(QImage::Format_RGB32)))
        return Fault(Fault::Kind::NotAnImage,
                     u"The image cannot be re-encoded: %1."_s.arg(writer.errorString()));
    poster.width = image.width();
    poster.height = image.height();
    poster.etag = etagOf(poster.data);
    return poster;
}

QByteArray PosterImage::etagOf(QByteArrayView data)
{
    return '"' + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(32) + '"';
}
