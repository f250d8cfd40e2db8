// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the request head and chunked body exactly as HttpConnection parses them.
#include "http/problem.h"
#include "http/requesthead.h"

#include <cstdint>
#include <cstdlib>

namespace {
// The status the connection answers a refused head with.
int statusOf(const HeadError &error)
{
    return int(Problem::from(error.fault()).status());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype skipped = 0;
    HeadError error;
    const qsizetype end = RequestHeadParser::findEnd(bytes, &skipped, &error);
    if (end < 0) {
        if (statusOf(error) < 400 || statusOf(error) > 599)
            abort();
        return 0;
    }
    if (end == 0)
        return 0;
    if (end <= skipped || end > bytes.size())
        abort();
    const auto head = RequestHeadParser::parse(
            QByteArrayView(bytes.constData() + skipped, end - skipped), &error);
    if (!head)
        return 0;
    // What QHttpServer is given must parse again to the same request.
    // (It may be a line longer than the parser's own limits, never longer than QHttpServer's.)
    const QByteArray canonical = head->canonical(0);
    if (canonical.count("\r\n") > 100 + 2 || canonical.size() > 64 * 1024)
        abort();
    qsizetype again = 0;
    const qsizetype canonicalEnd = RequestHeadParser::findEnd(canonical, &again, &error);
    if (canonicalEnd < 0 && statusOf(error) == 431)
        return 0;
    if (canonicalEnd != canonical.size())
        abort();
    const auto reparsed = RequestHeadParser::parse(canonical, &error);
    if (!reparsed && statusOf(error) == 431)
        return 0;
    if (!reparsed || reparsed->method != head->method || reparsed->target != head->target
        || reparsed->host != head->host || !reparsed->target.startsWith('/'))
        abort();
    if (head->framing == RequestHead::Framing::Chunked) {
        ChunkedDecoder decoder(64 * 1024);
        QByteArray body;
        qsizetype offset = end;
        const auto state = decoder.feed(bytes, &offset, &body, &error);
        if (offset > bytes.size() || body.size() > 64 * 1024)
            abort();
        (void)state;
    }
    return 0;
}
