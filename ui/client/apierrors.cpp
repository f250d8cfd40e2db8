#include "apierrors.h"

using namespace Qt::StringLiterals;

QString ApiErrors::waitText(int seconds)
{
    if (seconds < 60)
        return tr("%n second(s)", nullptr, qMax(1, seconds));
    return tr("%n minute(s)", nullptr, (seconds + 59) / 60);
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
    if (r.status >= 500)
        return tr("The catalogue service ran into a problem; nothing was changed.");
    return tr("The request was refused (%1).").arg(r.status);
}

QString ApiErrors::fieldMessage(const ApiResult &r, const QString &field)
{
    const QString message = r.fieldErrors().value(field).toString();
    if (message.isEmpty())
        return {};
    // The account rules, in the person's language; anything else as the server said it.
    if (field == "password"_L1) {
        if (message.contains(u"too common"_s))
            return tr("This password is too common. Choose one that is harder to guess.");
        if (message.contains(u"at least"_s))
            return tr("Use at least 8 characters.");
        if (message.contains(u"at most"_s))
            return tr("Use at most 128 characters.");
        if (message.contains(u"same as the email"_s))
            return tr("The password must not be your email.");
    }
    if (field == "email"_L1)
        return tr("Enter an email address like name@example.com.");
    if (field == "name"_L1 && message.contains(u"at most"_s))
        return tr("Use at most 100 characters.");
    if (field == "currentPassword"_L1)
        return tr("Enter your current password.");
    return message;
}
