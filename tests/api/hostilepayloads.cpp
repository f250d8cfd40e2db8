// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilepayloads.h"

namespace HostilePayloads {

QList<QPair<const char *, QByteArray>> values()
{
    return {
            {"NUL", R"("a\u0000b@x.org")"},
            {"raw NUL byte", QByteArray("\"a", 2) + QByteArray(1, '\0') + "b\""},
            {"invalid UTF-8", "\"\xff\xfe\xc3\x28\""},
            {"lone surrogate", R"("\ud800x")"},
            {"20 KB string", '"' + QByteArray(20 * 1024, 'w') + '"'},
            {"SQL", R"("x'); DROP TABLE users; --")"},
            {"SQL OR", R"("' OR '1'='1")"},
            {"nested 10000 deep", QByteArray(10000, '[') + QByteArray(10000, ']')},
            {"number", "1e999"},
            {"object", R"({"$ne":null})"},
    };
}

QList<QPair<const char *, QByteArray>> rawRequests()
{
    const QByteArray host = "Host: 127.0.0.1\r\n";
    return {
            {"not HTTP", QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)},
            {"NUL in the path",
             QByteArray("GET /mov") + QByteArray(1, '\0') + "iedata HTTP/1.1\r\n" + host + "\r\n"},
            {"invalid UTF-8 path", "GET /\xff\xfe HTTP/1.1\r\n" + host + "\r\n"},
            {"20 KB path", "GET /" + QByteArray(20 * 1024, 'p') + " HTTP/1.1\r\n" + host + "\r\n"},
            {"20 KB header",
             "GET /health HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(20 * 1024, 'h')
                     + "\r\n\r\n"},
            {"huge Authorization",
             "GET /userdetails HTTP/1.1\r\n" + host + "Authorization: Bearer "
                     + QByteArray(20 * 1024, 'a') + "\r\n\r\n"},
            {"SQL in the query",
             "GET /moviedata?sort=title;DROP%20TABLE%20movies HTTP/1.1\r\n" + host + "\r\n"},
    };
}

} // namespace HostilePayloads
