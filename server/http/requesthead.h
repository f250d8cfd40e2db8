// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fault.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

// One HTTP/1.1 request head (RFC 9112 §2-§7), parsed strictly: the one parser that decides what a
// request on the wire is. Anything two parsers could read differently is refused rather than
// guessed at: bare LF line endings, obs-fold, whitespace before a colon, a repeated Host or
// Content-Length, Content-Length together with Transfer-Encoding, any coding but "chunked".
// What it accepts, it hands on to QHttpServer in a canonical form (canonical()), so both always
// see the same request.
struct RequestHead
{
    enum class Framing { None, Length, Chunked };

    QByteArray method;
    QByteArray target; // origin-form: /path?query (absolute-form is rewritten to it)
    int minorVersion = 1; // HTTP/1.x
    QList<QPair<QByteArray, QByteArray>> headers; // as sent, without the framing headers
    QByteArray host; // the Host header, or the absolute-form authority; empty when none was sent
    Framing framing = Framing::None;
    qint64 contentLength = 0;
    bool expectContinue = false;
    bool closeAfter = false; // Connection: close, or HTTP/1.0 without keep-alive

    // The head as QHttpServer is given it, with the body's final length.
    QByteArray canonical(qint64 bodyLength) const;
};

// Why a head was refused, answered (Problem::from) before the connection closes.
struct HeadError
{
    Fault::Kind kind = Fault::Kind::MalformedRequest;
    const char *detail = "";

    Fault fault() const { return Fault(kind, QString::fromLatin1(detail)); }
};

class RequestHeadParser
{
public:
    static constexpr qsizetype MaxHeadBytes = 32 * 1024;
    // Below QHttpServer's own limit of 100 fields (past which it drops them all), with room for
    // the Content-Length line the canonical form may add.
    static constexpr int MaxFields = 96;

    // Where the head ends in bytes (the index just past its empty line), 0 when it is not
    // complete yet, or an error (a bare LF, or more than MaxHeadBytes without an end). Leading
    // empty lines (CRLF) before the request line are skipped and counted in *skipped.
    static qsizetype findEnd(const QByteArray &bytes, qsizetype *skipped, HeadError *error);

    // Parses bytes[0, end) (ending in CRLF CRLF). The error is set when it returns nullopt.
    static std::optional<RequestHead> parse(QByteArrayView head, HeadError *error);
};

// A chunked body (RFC 9112 §7.1), decoded as it arrives. Chunk extensions are skipped;
// trailer fields are read and dropped.
class ChunkedDecoder
{
public:
    enum class State { NeedMore, Done, Error };

    // tooLarge: the refusal's detail when the body grows past maxBody.
    explicit ChunkedDecoder(qint64 maxBody,
                            const char *tooLarge = "The body is larger than 64 KiB.")
        : m_maxBody(maxBody)
        , m_tooLarge(tooLarge)
    { }

    // Consumes what it can of bytes[*offset, …), advancing *offset and appending to *body (which
    // the caller may empty between calls: the limit counts everything decoded).
    State feed(const QByteArray &bytes, qsizetype *offset, QByteArray *body, HeadError *error);

private:
    enum class Part { Size, Data, DataEnd, Trailer };
    Part m_part = Part::Size;
    qint64 m_remaining = 0;
    qsizetype m_trailerBytes = 0;
    qint64 m_maxBody;
    qint64 m_decoded = 0;
    const char *m_tooLarge;
};
