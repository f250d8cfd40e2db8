// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the JSON body validators, on any bytes as a request body. The body is read
// as the server reads it (JsonText's checks, then Qt's parser), then checked as a film (POST and
// PATCH), as account fields (email, password, name), as a change of "mine" and as a viewing.
// Invariants: a refusal names its fields with known codes; what is accepted holds only known
// columns within their bounds.
#include "auth/accountrules.h"
#include "core/fielderrors.h"
#include "domain/mine.h"
#include "domain/moviefields.h"
#include "domain/viewing.h"
#include "http/jsontext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdint>
#include <cstdlib>

namespace {

void checkRefusal(const Fault &fault)
{
    if (fault.kind() != Fault::Kind::InvalidFields || fault.fields().isEmpty())
        abort();
    for (const auto &entry : fault.fields().entries()) {
        if (!FieldErrors::knownCodes().contains(entry.code) || entry.message.isEmpty())
            abort();
    }
}

void checkFilm(const QJsonObject &body, bool partial)
{
    const auto columns = MovieFields::validate(body, partial);
    if (!columns) {
        checkRefusal(columns.fault());
        return;
    }
    for (auto it = columns->cbegin(); it != columns->cend(); ++it) {
        const auto &all = MovieFields::all();
        const auto field = std::find_if(all.begin(), all.end(), [&](const MovieFields::Field &f) {
            return it.key() == QLatin1StringView(f.column);
        });
        if (field == all.end())
            abort(); // only known columns reach SQL
        if (it->isNull() || field->kind == MovieFields::Kind::Text
            || field->kind == MovieFields::Kind::Date)
            continue;
        const double v = it->toDouble();
        if (v < field->min || v > field->max)
            abort();
    }
    if (!partial && columns->value(QStringLiteral("title")).toString().trimmed().isEmpty())
        abort(); // a new film always has a title
}

void checkAccount(const AccountRules &rules, const QJsonObject &body)
{
    const QString email = body.value(QStringLiteral("email")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    const QString name = body.value(QStringLiteral("name")).toString();
    for (const auto &verdict :
         {rules.checkEmail(email), rules.checkPassword(password, email), rules.checkName(name)}) {
        if (verdict && !FieldErrors::knownCodes().contains(verdict->code))
            abort();
    }
    if (!rules.checkPassword(password, email)) {
        const int n = AccountRules::characterCount(password);
        if (n < AccountRules::MinPasswordLength || n > AccountRules::MaxPasswordLength)
            abort();
    }
    if (!rules.checkName(name)
        && AccountRules::characterCount(name.trimmed()) > AccountRules::MaxNameLength)
        abort();
}

// PATCH /moviedata/{id}/mine: half stars from 0.5 to 5, at most 20 tags of 1-40 characters,
// no repeats.
void checkMine(const QJsonObject &body)
{
    const auto change = Mine::parse(body);
    if (!change) {
        checkRefusal(change.fault());
        return;
    }
    if (change->rating && *change->rating) {
        const double r = **change->rating;
        if (r < Mine::MinRating || r > Mine::MaxRating || r * 2 != double(qint64(r * 2)))
            abort();
    }
    if (change->tags) {
        if (change->tags->size() > Mine::MaxTags)
            abort();
        QSet<QString> keys;
        for (const QString &tag : *change->tags) {
            if (tag.isEmpty() || tag.size() > Mine::MaxTagLength
                || keys.contains(Mine::tagKey(tag)))
                abort();
            keys.insert(Mine::tagKey(tag));
        }
    }
    if (change->notes && change->notes->size() > Mine::MaxNotesLength)
        abort();
}

// POST /moviedata/{id}/viewings (complete) and PATCH /viewings/{id} (partial).
void checkViewing(const QJsonObject &body, bool partial)
{
    const qint64 now = 1'796'000'000; // 2026-12
    const auto viewing = Viewing::parse(body, partial, now);
    if (!viewing) {
        checkRefusal(viewing.fault());
        return;
    }
    if (!partial && !viewing->watchedOn)
        abort();
    if (viewing->watchedOn
        && (viewing->watchedOn->year() < Viewing::FirstYear
            || *viewing->watchedOn > QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date().addDays(1)))
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const AccountRules rules(QSet<QString>{QStringLiteral("password")});
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!JsonText::isValidUtf8(body) || JsonText::hasLoneSurrogateEscape(body))
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return 0;
    const QJsonObject object = doc.object();
    checkFilm(object, false);
    checkFilm(object, true);
    checkAccount(rules, object);
    checkMine(object);
    checkViewing(object, false);
    checkViewing(object, true);
    return 0;
}
