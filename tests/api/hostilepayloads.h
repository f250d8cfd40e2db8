// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Payloads for tst_api_hostile, kept out of the test's own file: moc's tokenizer cannot read
// some of these byte strings, and the test class must be readable by moc.
namespace HostilePayloads {
// JSON values, spliced into bodies byte for byte.
QList<QPair<const char *, QByteArray>> values();
// Whole requests that no well-behaved client sends.
QList<QPair<const char *, QByteArray>> rawRequests();
} // namespace HostilePayloads
