// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QStringDecoder>

namespace {

// The four hex digits at text[at], or -1.
int hex4(QByteArrayView text, qsizetype at)
{
    if (at + 4 > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = text[i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool isHigh(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLow(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

} // namespace

bool JsonText::isValidUtf8(QByteArrayView text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    return !decoder.hasError();
}

bool JsonText::hasLoneSurrogateEscape(QByteArrayView text)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
            continue;
        }
        if (c != '\\' || i + 1 >= text.size())
            continue;
        if (text[i + 1] != 'u') {
            ++i; // a one-character escape, \" and \\ included
            continue;
        }
        const int unit = hex4(text, i + 2);
        if (unit < 0) {
            ++i;
            continue;
        }
        if (isLow(unit))
            return true;
        if (isHigh(unit)) {
            const bool paired = i + 7 < text.size() && text[i + 6] == '\\' && text[i + 7] == 'u'
                    && isLow(hex4(text, i + 8));
            if (!paired)
                return true;
            i += 11;
            continue;
        }
        i += 5;
    }
    return false;
}
