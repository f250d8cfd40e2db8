// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "core/clock.h"
#include "core/fielderrors.h"
#include "domain/moviequery.h"
#include "http/router.h"
#include "http/uploadspool.h"
#include "import/importchoices.h"
#include "import/importreader.h"
#include "store/exportstore.h"
#include "store/importstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QHttpServerResponse json(const QJsonObject &o,
                         QHttpServerResponse::StatusCode status
                         = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

} // namespace

ImportController::ImportController(const ServerContext &context)
    : m_ctx(context)
{ }

void ImportController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(M::Post, u"/imports"_s, A::User, [this](ApiRequest &r) { return importFile(r); });
    router.add(M::Get, u"/imports"_s, A::User, [this](ApiRequest &r) { return listImports(r); });
    router.add(M::Delete, u"/imports/{id}"_s, A::User,
               [this](ApiRequest &r) { return undoImport(r); });
    router.add(M::Get, u"/export"_s, A::User, [this](ApiRequest &r) { return exportData(r); });
}

Reply ImportController::importFile(ApiRequest &request)
{
    const QString dryRun = request.query.queryItemValue(u"dryRun"_s).toLower();
    if (!dryRun.isEmpty() && dryRun != u"true"_s && dryRun != u"false"_s) {
        FieldErrors errors;
        errors.add(u"dryRun"_s, u"wrong_type"_s, u"dryRun must be true or false."_s,
                   {{u"type"_s, u"boolean"_s}});
        return Problem::response(
                Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s));
    }
    const auto choices = ImportChoices::parse(request.query);
    if (!choices)
        return Problem::response(choices.fault());
    const QString fileName = request.query.queryItemValue(u"fileName"_s, QUrl::FullyDecoded);
    const bool preview = dryRun == u"true"_s;
    // Reading, matching and writing all happen off the HTTP thread, on the one writer.
    return QtConcurrent::run(
            m_ctx.writer,
            [this, preview, fileName, choices = *choices, user = request.identity->user.id,
             body = std::move(request.body), upload = std::move(request.upload)]() mutable {
                // An upload arrives spooled: its file is read mapped, never copied whole.
                const auto set = [&]() -> Result<ImportSet> {
                    const QByteArray data = upload ? upload->bytes() : body;
                    if (data.isNull() && upload)
                        return Fault(Fault::Kind::StorageFailed,
                                     u"The uploaded file could not be read back."_s);
                    return ImportReader::read(data, fileName);
                }();
                upload.reset(); // the rows are what is kept now
                body.clear();
                if (!set)
                    return Problem::response(set.fault());
                const auto outcome = preview ? m_ctx.imports->preview(user, *set, choices)
                                             : m_ctx.imports->apply(user, *set, choices);
                if (!outcome)
                    return Problem::response(outcome.fault());
                QJsonObject report = outcome->report;
                if (preview)
                    return json(report);
                report.insert(u"id"_s, outcome->importId);
                report.insert(u"applied"_s, report.value(u"changes"_s));
                QHttpServerResponse response
                        = json(report, QHttpServerResponse::StatusCode::Created);
                response.addHeader(QByteArrayLiteral("Location"),
                                   "/imports/" + QByteArray::number(outcome->importId));
                return response;
            });
}

Reply ImportController::listImports(ApiRequest &request)
{
    const auto items = m_ctx.imports->list(request.identity->user.id);
    if (!items)
        return Problem::response(items.fault());
    return QHttpServerResponse(QByteArrayLiteral("application/json"), "{\"items\":" + *items + '}');
}

Reply ImportController::undoImport(ApiRequest &request)
{
    const qint64 id = request.pathParams.value(0).toLongLong();
    return QtConcurrent::run(m_ctx.writer, [this, id, user = request.identity->user.id] {
        if (Done done = m_ctx.imports->undo(user, id); !done)
            return Problem::response(done.fault(), u"You have no import with this id."_s);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

Reply ImportController::exportData(ApiRequest &request)
{
    const QString format = request.query.queryItemValue(u"format"_s);
    const qint64 user = request.identity->user.id;
    Result<QByteArray> file = Fault::Kind::NotFound;
    QByteArray type, name;
    if (format == u"json"_s) {
        file = m_ctx.exports->json(user, m_ctx.clock->now());
        type = "application/json";
        name = "reelvault-export.json";
    } else if (format == u"letterboxd"_s) {
        file = m_ctx.exports->letterboxd(user);
        type = "text/csv; charset=utf-8";
        name = "reelvault-letterboxd.csv";
    } else if (format == u"csv"_s) {
        // The catalogue view the other parameters describe, as GET /moviedata takes them.
        const auto query = MovieQuery::parse(request.query);
        if (!query)
            return Problem::response(query.fault());
        file = m_ctx.exports->view(*query, user);
        type = "text/csv; charset=utf-8";
        name = "reelvault-films.csv";
    } else {
        FieldErrors errors;
        errors.add(u"format"_s, u"unknown_value"_s, u"format must be letterboxd, json or csv."_s,
                   {{u"allowed"_s, QJsonArray{u"letterboxd"_s, u"json"_s, u"csv"_s}}});
        return Problem::response(
                Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s));
    }
    if (!file)
        return Problem::response(file.fault());
    QHttpServerResponse response(type, *file);
    response.addHeader(QByteArrayLiteral("Content-Disposition"),
                       "attachment; filename=\"" + name + '"');
    return response;
}
