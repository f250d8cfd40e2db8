// SPDX-License-Identifier: GPL-3.0-or-later
#include "postercontroller.h"

#include "domain/posterimage.h"
#include "http/router.h"
#include "http/uploadspool.h"
#include "logging.h"
#include "store/posterstore.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

const QString noSuchFilm = u"There is no film with this id."_s;

} // namespace

PosterController::PosterController(const ServerContext &context)
    : m_ctx(context)
{ }

void PosterController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    const QString path = u"/moviedata/{id}/poster"_s;
    router.add(M::Get, path, A::User, [this](ApiRequest &r) { return poster(r); });
    router.add(M::Put, path, A::Admin, [this](ApiRequest &r) { return put(r); });
    router.add(M::Delete, path, A::Admin, [this](ApiRequest &r) { return remove(r); });
}

bool PosterController::matches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/")) // weak comparison (RFC 9110 §13.1.2)
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

Reply PosterController::poster(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty()) {
        const auto etag = m_ctx.posters->etag(id);
        if (!etag)
            return Problem::response(etag.fault(), noSuchFilm);
        if (matches(ifNoneMatch, *etag)) {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::NotModified);
            response.addHeader(QByteArrayLiteral("ETag"), *etag);
            response.addHeader(QByteArrayLiteral("Cache-Control"),
                               QByteArrayLiteral("private, no-cache"));
            return response;
        }
    }
    auto poster = m_ctx.posters->poster(id);
    if (!poster)
        return Problem::response(poster.fault(), noSuchFilm);
    QHttpServerResponse response(poster->contentType, std::move(poster->data));
    response.addHeader(QByteArrayLiteral("ETag"), poster->etag);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-cache"));
    return response;
}

Reply PosterController::put(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    // Decoding and re-encoding on a worker; then storing on the one writer (waited for here, as
    // a continuation chained with then() across two pools crashes in Qt 6.4).
    return QtConcurrent::run(
            m_ctx.workers,
            [this, id, admin = request.identity->user.id, body = std::move(request.body),
             upload = std::move(request.upload)]() mutable {
                const auto image = [&]() -> Result<PosterImage> {
                    const QByteArray data = upload ? upload->bytes() : body;
                    if (data.isNull() && upload)
                        return Fault(Fault::Kind::StorageFailed,
                                     u"The upload could not be read back."_s);
                    return PosterImage::fromUpload(data);
                }();
                upload.reset();
                body.clear();
                if (!image)
                    return Problem::response(image.fault());
                const Done stored = QtConcurrent::run(m_ctx.writer, [&] {
                                        return m_ctx.posters->put(id, *image);
                                    }).result();
                if (!stored)
                    return Problem::response(stored.fault(), noSuchFilm);
                qCInfo(lcApp) << "poster of film" << id << "set by account" << admin << '('
                              << image->width << 'x' << image->height << ')';
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
            });
}

Reply PosterController::remove(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer, [this, id, admin = request.identity->user.id] {
        if (Done done = m_ctx.posters->remove(id); !done)
            return Problem::response(done.fault(), noSuchFilm);
        qCInfo(lcApp) << "poster of film" << id << "removed by account" << admin;
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}
