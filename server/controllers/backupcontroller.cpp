// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcontroller.h"

#include "backup/backups.h"
#include "core/clock.h"
#include "domain/user.h"
#include "http/router.h"
#include "http/uploadspool.h"
#include "logging.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

std::optional<Fault> checkPassphrase(const QByteArray &passphrase, const QString &field)
{
    FieldErrors errors;
    if (passphrase.isEmpty())
        errors.add(field, u"required"_s, u"A passphrase is required."_s);
    else if (QString::fromUtf8(passphrase).size() < BackupFormat::MinPassphraseLength)
        errors.add(field, u"too_short"_s,
                   u"The passphrase must be at least %1 characters."_s.arg(
                           BackupFormat::MinPassphraseLength),
                   {{u"min"_s, BackupFormat::MinPassphraseLength}});
    if (errors.isEmpty())
        return std::nullopt;
    return Fault::invalid(std::move(errors));
}

} // namespace

BackupController::BackupController(const ServerContext &context)
    : m_ctx(context)
{ }

void BackupController::registerRoutes(Router &router)
{
    using M = Router::Method;
    using A = Router::Access;
    router.add(M::Post, u"/backup"_s, A::Admin, [this](ApiRequest &r) { return backup(r); });
    router.add(M::Post, u"/restore"_s, A::Admin, [this](ApiRequest &r) { return restore(r); });
}

Reply BackupController::backup(ApiRequest &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return Problem::response(body.fault());
    FieldErrors errors;
    const auto passphrase = errors.requiredString(*body, u"passphrase"_s);
    if (!passphrase)
        return Problem::response(Fault::invalid(std::move(errors)));
    if (auto fault = checkPassphrase(passphrase->toUtf8(), u"passphrase"_s))
        return Problem::response(*fault);
    return QtConcurrent::run(
            m_ctx.workers,
            [this, passphrase = passphrase->toUtf8(), by = request.identity->user.id] {
                QByteArray file;
                QBuffer out(&file);
                out.open(QIODevice::WriteOnly);
                if (Done made = Backups::create(*m_ctx.database, m_ctx.signingKey, passphrase, out);
                    !made)
                    return Problem::response(made.fault());
                qCInfo(lcDb) << "administrator" << by << "made a backup of" << file.size()
                             << "bytes";
                const QString name = u"reelvault-%1%2"_s.arg(
                        QDateTime::fromSecsSinceEpoch(m_ctx.clock->now(), Qt::UTC)
                                .toString(u"yyyy-MM-dd-HHmmss"_s),
                        QLatin1StringView(BackupFormat::FileSuffix));
                QHttpServerResponse response(QByteArrayLiteral("application/octet-stream"), file);
                response.addHeader(QByteArrayLiteral("Content-Disposition"),
                                   "attachment; filename=\"" + name.toLatin1() + '"');
                return response;
            });
}

Reply BackupController::restore(ApiRequest &request)
{
    const QByteArray passphrase = request.header(PassphraseHeader);
    if (auto fault = checkPassphrase(passphrase, u"Backup-Passphrase"_s))
        return Problem::response(*fault);
    // On the writer: nothing of this server writes while the database is replaced.
    return QtConcurrent::run(
            m_ctx.writer,
            [this, passphrase, body = std::move(request.body), upload = std::move(request.upload),
             by = request.identity->user.id]() mutable {
                QByteArray data = upload ? upload->bytes() : body;
                QBuffer in(&data);
                in.open(QIODevice::ReadOnly);
                auto prepared = Backups::prepare(in, passphrase, m_ctx.dataDir);
                if (!prepared)
                    return Problem::response(prepared.fault());
                const auto kept = Backups::keepBeforeRestore(*m_ctx.database, m_ctx.signingKey,
                                                             passphrase, m_ctx.dataDir);
                if (!kept)
                    return Problem::response(kept.fault());
                if (Done replaced
                    = Backups::replace(*m_ctx.database, prepared->database->fileName());
                    !replaced)
                    return Problem::response(replaced.fault());
                qCInfo(lcDb).noquote() << "administrator" << by << "restored a backup made"
                                       << User::timestamp(prepared->manifest.createdAt)
                                       << "; the replaced data is kept in" << *kept;
                m_ctx.restored(prepared->manifest.signingKey);
                return jsonResponse(QJsonObject{
                        {u"restoredBackupOf"_s, User::timestamp(prepared->manifest.createdAt)},
                        {u"madeBy"_s, prepared->manifest.app},
                        {u"previousDataKeptAs"_s,
                         QString(u"backups/"_s + QFileInfo(*kept).fileName())}});
            });
}
