// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcHttp, "reelvault.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "reelvault.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "reelvault.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "reelvault.app", QtInfoMsg)
