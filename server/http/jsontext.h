// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// Checks on JSON text that Qt's parser does not make: it turns a lone UTF-16 surrogate escape
// ("\ud800") or bytes that are not UTF-8 into U+FFFD or "?", so two different passwords or
// emails could become the same string. A body that fails either check is refused, never
// converted with loss.
namespace JsonText {

bool isValidUtf8(QByteArrayView text);
// A \uD800–\uDBFF escape not followed by a \uDC00–\uDFFF one, or a \uDC00–\uDFFF on its own,
// inside a string. Malformed escapes are left for the JSON parser to refuse.
bool hasLoneSurrogateEscape(QByteArrayView text);

} // namespace JsonText
