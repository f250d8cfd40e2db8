// SPDX-License-Identifier: GPL-3.0-or-later
#include "metacontroller.h"

#include "http/router.h"
#include "logging.h"
#include "store/userstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

MetaController::MetaController(const QUrl &serverUrl, const ServerContext &context)
    : m_ctx(context)
{
    QFile file(QString::fromLatin1(OpenApiPath));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcApp) << "the OpenAPI document is missing from the resources";
        return;
    }
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    // Point "Try it" tools at the server that is actually answering.
    doc.insert(u"servers"_s,
               QJsonArray{QJsonObject{{u"url"_s, serverUrl.toString()},
                                      {u"description"_s, u"this server"_s}}});
    m_openApi = QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

void MetaController::registerRoutes(Router &router)
{
    router.add(Router::Method::Get, u"/health"_s, Router::Access::Public, [this](ApiRequest &) {
        const auto any = m_ctx.users->any();
        if (!any)
            return Reply(Problem::response(any.fault()));
        return Reply(jsonResponse({{u"status"_s, u"ok"_s},
                                   {u"version"_s, QStringLiteral(REELVAULT_VERSION)},
                                   {u"hasAccounts"_s, *any}}));
    });
    router.add(
            Router::Method::Get, u"/openapi.json"_s, Router::Access::Public, [this](ApiRequest &) {
                return Reply(QHttpServerResponse(QByteArrayLiteral("application/json"), m_openApi));
            });
}
