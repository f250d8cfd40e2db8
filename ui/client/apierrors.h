// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/apiresult.h"

#include <QCoreApplication>
#include <QString>

// What an API answer means for a person, in their language: the API's stable `code` values
// mapped to translated sentences (the API's own `detail` is English, for programs and logs).
class ApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrors)
public:
    static QString message(const ApiResult &result);
    // The same, for answers about a viewing: "not found" is said of the diary, not a film.
    static QString viewingMessage(const ApiResult &result);
    // The message for one field of a validation error, for the label beside that field.
    static QString fieldMessage(const ApiResult &result, const QString &field);
    static QString waitText(int seconds);
};
