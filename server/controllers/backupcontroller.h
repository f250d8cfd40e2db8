// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"
#include "servercontext.h"

class Router;

// POST /backup {passphrase}: the backup file of the whole catalogue (every account, diary,
// import and poster) and the signing key, encrypted (Backups, BackupFormat). POST /restore: the
// file as the body, its passphrase in the Backup-Passphrase header; checked whole before
// anything is replaced, the replaced data kept as a backup with the same passphrase, then the
// server reopens over the restored data (tokens signed by the restored key work, others are
// refused). Administrators only.
class BackupController
{
public:
    explicit BackupController(const ServerContext &context);
    void registerRoutes(Router &router);

    Reply backup(ApiRequest &request);
    Reply restore(ApiRequest &request);

    static constexpr const char *PassphraseHeader = "backup-passphrase";

private:
    ServerContext m_ctx;
};
