// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the checks made on every JSON body before Qt parses it. Whatever passes them
// must survive Qt's parser without a lossy replacement: decoded and encoded again, every
// string is the same text.
#include "http/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool utf8 = JsonText::isValidUtf8(text);
    const bool lone = JsonText::hasLoneSurrogateEscape(text);
    if (!utf8 || lone)
        return 0;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    // No U+FFFD may appear that the input did not spell (as the character or as \ufffd).
    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    const QString input = QString::fromUtf8(text);
    if (compact.contains("\xef\xbf\xbd") && !input.contains(QChar(0xfffd))
        && !text.toByteArray().toLower().contains("\\ufffd"))
        abort();
    return 0;
}
