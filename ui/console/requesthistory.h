// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/consolerequest.h"

#include <QList>

// The console's sent requests, newest first, kept across launches in QSettings. Never a token
// or a password: Authorization (and Cookie) headers are dropped, and secret fields of JSON
// bodies (password, currentPassword, refreshToken, token) are blanked before anything is kept.
class RequestHistory
{
public:
    static constexpr int MaxEntries = 50;

    static QList<ConsoleRequest> load();
    static void add(const ConsoleRequest &request);
    static void clear();
    static ConsoleRequest withoutSecrets(const ConsoleRequest &request);
};
