// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierrors.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

QString ApiErrors::waitText(int seconds)
{
    if (seconds < 60)
        return tr("%n second(s)", nullptr, qMax(1, seconds));
    return tr("%n minute(s)", nullptr, (seconds + 59) / 60);
}

QString ApiErrors::viewingMessage(const ApiResult &r)
{
    if (r.code() == "not_found"_L1)
        return tr("This viewing is no longer in your diary.");
    return message(r);
}

QString ApiErrors::message(const ApiResult &r)
{
    if (r.status == 0)
        return tr("The catalogue service did not answer (%1).").arg(r.networkError);
    const QString code = r.code();
    if (code == "invalid_credentials"_L1)
        return tr("Wrong email or password.");
    if (code == "too_many_attempts"_L1)
        return tr("Too many failed attempts. Try again in %1.")
                .arg(waitText(r.retryAfterSeconds()));
    if (code == "email_taken"_L1)
        return tr("An account with this email already exists.");
    if (code == "wrong_password"_L1)
        return tr("The current password is not right.");
    if (code == "forbidden"_L1)
        return tr("Only an administrator can do this.");
    if (code == "not_found"_L1)
        return tr("This film is no longer in the catalogue.");
    if (code == "unauthorized"_L1 || code == "invalid_refresh_token"_L1)
        return tr("Your session has ended. Please sign in again.");
    if (code == "validation_failed"_L1)
        return tr("Some fields need attention.");
    if (code == "payload_too_large"_L1)
        return tr("That is too much text.");
    if (code == "not_an_image"_L1)
        return tr("This file is not an image Reelvault can use: choose a JPEG, PNG or WebP "
                  "image.");
    if (code == "image_too_large"_L1)
        return tr("This image is too large: at most 10,000 pixels a side and 30 megapixels.");
    if (code == "no_poster"_L1)
        return tr("This film has no poster.");
    if (code == "misdirected_host"_L1)
        return tr("This server answers only for the name it listens on. Reach it by that name, "
                  "or through a reverse proxy that sends it Host: localhost (see "
                  "docs/shared-server.md).");
    if (r.status >= 500)
        return tr("The catalogue service ran into a problem; nothing was changed.");
    return tr("The request was refused (%1).").arg(r.status);
}

QString ApiErrors::fieldMessage(const ApiResult &r, const QString &field)
{
    const QJsonObject entry = r.fieldCodes().value(field).toObject();
    const QString code = entry.value("code"_L1).toString();
    if (code.isEmpty())
        return {};
    const QLocale locale;
    const auto limit = [&entry](const char *name) {
        return entry.value(QLatin1StringView(name)).toDouble();
    };
    // The API's stable codes and limits, in the person's language; never its English wording.
    if (code == "required"_L1)
        return field == "currentPassword"_L1 ? tr("Enter your current password.")
                                             : tr("This is required.");
    if (code == "wrong_type"_L1)
        return tr("This is not the right kind of value.");
    if (code == "empty"_L1)
        return tr("This must not be empty.");
    if (code == "too_short"_L1)
        return tr("Use at least %n character(s).", nullptr, int(limit("min")));
    if (code == "too_long"_L1)
        return tr("Use at most %n character(s).", nullptr, int(limit("max")));
    if (code == "forbidden_character"_L1)
        return tr("Remove the control characters.");
    if (code == "invalid_email"_L1)
        return tr("Enter an email address like name@example.com.");
    if (code == "too_common"_L1)
        return tr("This password is too common. Choose one that is harder to guess.");
    if (code == "same_as_email"_L1)
        return tr("The password must not be your email.");
    if (code == "out_of_range"_L1) {
        // Years and small numbers as they are; large amounts (money) grouped as the locale does.
        const auto number = [&locale](double v) {
            return qAbs(v) < 10000 ? QString::number(v) : locale.toString(v, 'f', 0);
        };
        return tr("Enter a number from %1 to %2.").arg(number(limit("min")), number(limit("max")));
    }
    if (code == "invalid_date"_L1)
        return tr("Enter a date in the years %1 to %2.")
                .arg(int(limit("min")))
                .arg(int(limit("max")));
    if (code == "mismatch"_L1)
        return tr("The year must match the release date.");
    if (code == "before_year_from"_L1)
        return tr("The last year must not be before the first.");
    if (code == "nothing_to_change"_L1)
        return tr("Change something first.");
    if (code == "read_only"_L1 || code == "unknown_field"_L1)
        return tr("This cannot be set here.");
    if (code == "unknown_value"_L1)
        return tr("This is not one of the allowed values.");
    // A code this version does not know yet (a newer server): its own words.
    return r.object().value("errors"_L1).toObject().value(field).toString();
}
