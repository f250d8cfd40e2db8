// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthead.h"

namespace {

constexpr qsizetype MaxChunkLine = 4096;
constexpr qsizetype MaxTrailerBytes = 16 * 1024;

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// field-value characters (RFC 9110 §5.5): visible ASCII, obs-text, SP and HTAB.
bool isFieldValue(QByteArrayView s)
{
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c != '\t' && (c < 0x20 || c == 0x7f))
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Comma-separated list members (RFC 9110 §5.6.1), trimmed, empty ones skipped.
bool listContains(QByteArrayView list, QByteArrayView member)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = trimmedOws(comma < 0 ? list : list.first(comma));
        if (equalsIgnoringCase(item, member))
            return true;
        if (comma < 0)
            break;
        list = list.sliced(comma + 1);
    }
    return false;
}

HeadError fail(Fault::Kind kind, const char *detail)
{
    return HeadError{kind, detail};
}

const HeadError BareLf = fail(Fault::Kind::MalformedRequest,
                              "Lines of a request end in CR LF; a bare LF is not accepted.");

} // namespace

QByteArray RequestHead::canonical(qint64 bodyLength) const
{
    QByteArray out;
    out.reserve(256);
    out += method + ' ' + target + " HTTP/1.1\r\n";
    if (!host.isEmpty())
        out += "Host: " + host + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(bodyLength) + "\r\n\r\n";
    return out;
}

qsizetype RequestHeadParser::findEnd(const QByteArray &bytes, qsizetype *skipped, HeadError *error)
{
    qsizetype start = 0;
    while (start + 1 < bytes.size() && bytes[start] == '\r' && bytes[start + 1] == '\n')
        start += 2;
    *skipped = start;
    const qsizetype limit = qMin(bytes.size(), start + MaxHeadBytes);
    for (qsizetype i = start; i < limit; ++i) {
        if (bytes[i] != '\n')
            continue;
        if (i == 0 || bytes[i - 1] != '\r') {
            *error = BareLf;
            return -1;
        }
        if (i - start >= 3 && bytes[i - 2] == '\n' && bytes[i - 3] == '\r')
            return i + 1;
    }
    if (bytes.size() - start >= MaxHeadBytes) {
        *error = fail(Fault::Kind::HeadersTooLarge,
                      "The request's header section is larger than 32 KiB.");
        return -1;
    }
    return 0;
}

std::optional<RequestHead> RequestHeadParser::parse(QByteArrayView head, HeadError *error)
{
    if (!head.endsWith("\r\n\r\n")) {
        *error = fail(Fault::Kind::MalformedRequest, "The request head is not complete.");
        return std::nullopt;
    }
    head.chop(2); // every line now ends in CRLF
    RequestHead r;

    // request-line = method SP request-target SP HTTP-version
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView line = head.first(lineEnd);
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        *error = fail(Fault::Kind::MalformedRequest,
                      "The request line is not METHOD TARGET HTTP/1.1.");
        return std::nullopt;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        *error = fail(Fault::Kind::MalformedRequest, "The method is not a token.");
        return std::nullopt;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9') {
        *error = fail(Fault::Kind::MalformedRequest, "The HTTP version is malformed.");
        return std::nullopt;
    }
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1')) {
        *error = fail(Fault::Kind::HttpVersionNotSupported,
                      "Only HTTP/1.1 and HTTP/1.0 are spoken.");
        return std::nullopt;
    }
    r.minorVersion = version[7] - '0';
    for (char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f) {
            *error = fail(Fault::Kind::MalformedRequest,
                          "The request target has a character it may not.");
            return std::nullopt;
        }
    }
    QByteArray authority;
    bool absoluteForm = false;
    if (target.startsWith('/')) {
        r.target = target.toByteArray();
    } else {
        // absolute-form (RFC 9112 §3.2.2): its authority is the host the request is for.
        qsizetype schemeEnd = -1;
        if (target.size() > 7 && equalsIgnoringCase(target.first(7), "http://"))
            schemeEnd = 7;
        else if (target.size() > 8 && equalsIgnoringCase(target.first(8), "https://"))
            schemeEnd = 8;
        if (schemeEnd < 0) {
            *error = fail(Fault::Kind::MalformedRequest,
                          "The request target must be a path (origin-form) or an http URL.");
            return std::nullopt;
        }
        QByteArrayView rest = target.sliced(schemeEnd);
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != '/' && rest[end] != '?' && rest[end] != '#')
            ++end;
        authority = rest.first(end).toByteArray();
        if (authority.isEmpty() || authority.contains('@')) {
            *error = fail(Fault::Kind::MalformedRequest,
                          "The URL's authority is empty or has user info.");
            return std::nullopt;
        }
        rest = rest.sliced(end);
        if (rest.startsWith('#')) {
            *error = fail(Fault::Kind::MalformedRequest, "A request target has no fragment.");
            return std::nullopt;
        }
        r.target = rest.startsWith('/') ? rest.toByteArray() : '/' + rest.toByteArray();
        absoluteForm = true;
    }
    r.method = method.toByteArray();

    int hostCount = 0;
    int lengthCount = 0;
    int codingCount = 0;
    QByteArray connection;
    QByteArrayView rest = head.sliced(lineEnd + 2);
    int fields = 0;
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf("\r\n");
        const QByteArrayView field = rest.first(end);
        rest = rest.sliced(end + 2);
        if (++fields > MaxFields) {
            *error = fail(Fault::Kind::HeadersTooLarge,
                          "The request has more than 96 header fields.");
            return std::nullopt;
        }
        if (field.startsWith(' ') || field.startsWith('\t')) {
            *error = fail(Fault::Kind::MalformedRequest,
                          "Folded header lines (obs-fold) are not accepted.");
            return std::nullopt;
        }
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0 || !isToken(field.first(colon))) {
            *error = fail(Fault::Kind::MalformedRequest,
                          "A header line is not NAME: VALUE (no space before the colon).");
            return std::nullopt;
        }
        const QByteArrayView name = field.first(colon);
        const QByteArrayView value = trimmedOws(field.sliced(colon + 1));
        if (!isFieldValue(value)) {
            *error = fail(Fault::Kind::MalformedRequest, "A header value has a control character.");
            return std::nullopt;
        }
        if (equalsIgnoringCase(name, "host")) {
            if (++hostCount > 1) {
                *error = fail(Fault::Kind::DuplicateHost,
                              "The request has more than one Host header.");
                return std::nullopt;
            }
            r.host = value.toByteArray();
            continue;
        }
        if (equalsIgnoringCase(name, "content-length")) {
            bool ok = ++lengthCount == 1 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok) {
                *error = fail(Fault::Kind::InvalidContentLength,
                              "Content-Length must be one decimal number, sent once.");
                return std::nullopt;
            }
            if (value.size() > 15) {
                *error = fail(Fault::Kind::BodyTooLarge, "The body is larger than 64 KiB.");
                return std::nullopt;
            }
            r.contentLength = value.toLongLong();
            r.framing = RequestHead::Framing::Length;
            continue;
        }
        if (equalsIgnoringCase(name, "transfer-encoding")) {
            if (++codingCount > 1 || !equalsIgnoringCase(value, "chunked")) {
                *error = fail(Fault::Kind::UnsupportedTransferEncoding,
                              "The only transfer coding accepted is a single \"chunked\".");
                return std::nullopt;
            }
            continue;
        }
        if (equalsIgnoringCase(name, "expect")) {
            if (!equalsIgnoringCase(value, "100-continue")) {
                *error = fail(Fault::Kind::ExpectationFailed,
                              "Only Expect: 100-continue is understood.");
                return std::nullopt;
            }
            r.expectContinue = true;
            continue;
        }
        if (equalsIgnoringCase(name, "connection"))
            connection = value.toByteArray();
        r.headers.append({name.toByteArray(), value.toByteArray()});
    }
    if (codingCount > 0) {
        if (lengthCount > 0 || r.minorVersion == 0) {
            *error = fail(Fault::Kind::InvalidFraming,
                          "Content-Length and Transfer-Encoding together (or chunked in "
                          "HTTP/1.0) are refused.");
            return std::nullopt;
        }
        r.framing = RequestHead::Framing::Chunked;
    }
    // HTTP/1.1 requires Host (RFC 9112 §3.2); for HTTP/1.0 the API needs it all the same, to
    // check whom the request is for, unless an absolute-form target names the host.
    // An empty Host names no one, like none at all.
    if ((hostCount == 0 && (r.minorVersion == 1 || !absoluteForm))
        || (hostCount == 1 && r.host.isEmpty() && !absoluteForm)) {
        *error = fail(Fault::Kind::MissingHost, "The request has no Host header.");
        return std::nullopt;
    }
    if (absoluteForm)
        r.host = authority;
    r.closeAfter = listContains(connection, "close")
            || (r.minorVersion == 0 && !listContains(connection, "keep-alive"));
    if (r.minorVersion == 0)
        r.expectContinue = false; // RFC 9110 §10.1.1: ignore it from HTTP/1.0 clients
    return r;
}

ChunkedDecoder::State ChunkedDecoder::feed(const QByteArray &bytes, qsizetype *offset,
                                           QByteArray *body, HeadError *error)
{
    qsizetype &at = *offset;
    // Takes the next CRLF-terminated line (without its CRLF): Done when one was taken.
    auto takeLine = [&](QByteArrayView *line) -> State {
        const qsizetype lf = bytes.indexOf('\n', at);
        if (lf < 0) {
            if (bytes.size() - at <= MaxChunkLine)
                return State::NeedMore;
            *error = fail(Fault::Kind::InvalidChunk, "A chunk line is too long.");
            return State::Error;
        }
        if (lf == at || bytes[lf - 1] != '\r') {
            *error = BareLf;
            return State::Error;
        }
        *line = QByteArrayView(bytes.constData() + at, lf - 1 - at);
        at = lf + 1;
        return State::Done;
    };
    for (;;) {
        switch (m_part) {
        case Part::Size: {
            QByteArrayView line;
            if (const State taken = takeLine(&line); taken != State::Done)
                return taken;
            qsizetype digits = 0;
            qint64 size = 0;
            // At most 15 hex digits (a 16th fails the extension check below): the size stays
            // far inside qint64.
            while (digits < line.size() && digits < 15 && isxdigit(uchar(line[digits]))) {
                const char c = line[digits];
                size = size * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
                ++digits;
            }
            const QByteArrayView ext = line.sliced(digits);
            if (digits == 0 || (!ext.isEmpty() && !ext.startsWith(';')) || !isFieldValue(ext)) {
                *error = fail(Fault::Kind::InvalidChunk, "A chunk size line is malformed.");
                return State::Error;
            }
            if (size > m_maxBody - m_decoded) {
                *error = fail(Fault::Kind::BodyTooLarge, m_tooLarge);
                return State::Error;
            }
            m_decoded += size;
            m_remaining = size;
            m_part = size == 0 ? Part::Trailer : Part::Data;
            m_trailerBytes = 0;
            break;
        }
        case Part::Data: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - at);
            body->append(bytes.constData() + at, take);
            at += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return State::NeedMore;
            m_part = Part::DataEnd;
            break;
        }
        case Part::DataEnd:
            if (bytes.size() - at < 2)
                return State::NeedMore;
            if (bytes[at] != '\r' || bytes[at + 1] != '\n') {
                *error = fail(Fault::Kind::InvalidChunk, "A chunk's data does not end in CR LF.");
                return State::Error;
            }
            at += 2;
            m_part = Part::Size;
            break;
        case Part::Trailer: {
            QByteArrayView line;
            if (const State taken = takeLine(&line); taken != State::Done)
                return taken;
            m_trailerBytes += line.size() + 2;
            if (line.isEmpty())
                return State::Done;
            const qsizetype colon = line.indexOf(':');
            if (m_trailerBytes > MaxTrailerBytes || colon <= 0 || !isToken(line.first(colon))
                || !isFieldValue(line.sliced(colon + 1))) {
                *error = fail(Fault::Kind::InvalidChunk, "A trailer field is malformed.");
                return State::Error;
            }
            break;
        }
        }
    }
}
