// SPDX-License-Identifier: GPL-3.0-or-later
#include "mine.h"

#include "store/sqldialect.h"

#include "core/jsonwriter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Tags are joined with the unit separator, which a tag cannot contain (no control characters).
constexpr char16_t TagSeparator = 0x1f;

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

QString Mine::selectList(const SqlDialect &dialect)
{
    return u"um.rating, um.watchlist, um.favourite, um.notes, um.times_watched, "
           u"um.last_watched_on, (SELECT "_s
            + dialect.joined(u"t.tag"_s, u"t.tag_key"_s)
            + u" FROM user_tags t WHERE t.user_id = um.user_id AND t.movie_id = um.movie_id)"_s;
}

void Mine::write(JsonWriter &out, const QSqlQuery &row, int first)
{
    out.key("mine"_L1);
    writeObject(out, row, first);
}

void Mine::writeObject(JsonWriter &out, const QSqlQuery &row, int first)
{
    const int times = row.value(first + 4).toInt();
    out.beginObject();
    out.key("watched"_L1);
    out.boolean(times > 0);
    out.key("timesWatched"_L1);
    out.integer(times);
    out.key("lastWatchedOn"_L1);
    const QVariant last = row.value(first + 5);
    if (last.isNull())
        out.null();
    else
        out.string(last.toString());
    out.key("rating"_L1);
    const QVariant rating = row.value(first);
    if (rating.isNull())
        out.null();
    else
        out.number(rating.toDouble());
    out.key("watchlist"_L1);
    out.boolean(row.value(first + 1).toInt() != 0);
    out.key("favourite"_L1);
    out.boolean(row.value(first + 2).toInt() != 0);
    out.key("tags"_L1);
    out.beginArray();
    QStringList tags
            = row.value(first + 6).toString().split(QChar(TagSeparator), Qt::SkipEmptyParts);
    tags.sort(Qt::CaseInsensitive);
    for (const QString &tag : std::as_const(tags))
        out.string(tag);
    out.endArray();
    out.key("notes"_L1);
    const QVariant notes = row.value(first + 3);
    if (notes.isNull())
        out.null();
    else
        out.string(notes.toString());
    out.endObject();
}

std::optional<FieldErrors::Entry> Mine::checkRating(const QJsonValue &value)
{
    if (value.isNull())
        return std::nullopt;
    const double d = value.toDouble();
    if (!value.isDouble() || d < MinRating || d > MaxRating || std::floor(d * 2) != d * 2)
        return FieldErrors::Entry{
                u"out_of_range"_s,
                u"rating must be from 0.5 to 5 in steps of 0.5 (half stars), or null."_s,
                {{u"min"_s, MinRating}, {u"max"_s, MaxRating}, {u"step"_s, 0.5}}};
    return std::nullopt;
}

std::optional<FieldErrors::Entry> Mine::checkNotes(const QJsonValue &value)
{
    if (value.isNull())
        return std::nullopt;
    if (!value.isString())
        return FieldErrors::Entry{
                u"wrong_type"_s, u"Must be a string or null."_s, {{u"type"_s, u"string"_s}}};
    if (value.toString().size() > MaxNotesLength)
        return FieldErrors::Entry{u"too_long"_s,
                                  u"Must be at most %1 characters."_s.arg(MaxNotesLength),
                                  {{u"max"_s, MaxNotesLength}}};
    return std::nullopt;
}

Result<Mine::Change> Mine::parse(const QJsonObject &body)
{
    Change change;
    FieldErrors errors;
    const auto flag = [&](const QString &key, const QJsonValue &v, std::optional<bool> &into) {
        if (v.isNull() || v.isBool())
            into = v.toBool(false);
        else
            errors.add(key, u"wrong_type"_s, u"%1 must be true, false or null."_s.arg(key),
                       {{u"type"_s, u"boolean"_s}});
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == "rating"_L1) {
            if (auto bad = checkRating(v))
                errors.add(key, bad->code, bad->message, bad->limits);
            else
                change.rating = v.isNull() ? std::nullopt : std::optional(v.toDouble());
        } else if (key == "watchlist"_L1) {
            flag(key, v, change.watchlist);
        } else if (key == "favourite"_L1) {
            flag(key, v, change.favourite);
        } else if (key == "notes"_L1) {
            if (auto bad = checkNotes(v))
                errors.add(key, bad->code, bad->message, bad->limits);
            else
                change.notes = v.toString().trimmed();
        } else if (key == "tags"_L1) {
            if (!v.isNull() && !v.isArray()) {
                errors.add(key, u"wrong_type"_s, u"tags must be an array of strings or null."_s,
                           {{u"type"_s, u"array"_s}});
                continue;
            }
            QStringList tags;
            QStringList keys;
            std::optional<FieldErrors::Entry> bad;
            const QJsonArray list = v.toArray();
            for (const QJsonValue t : list) {
                const QString tag = t.toString().trimmed();
                if (!t.isString())
                    bad = FieldErrors::Entry{u"wrong_type"_s,
                                             u"Each tag must be a string."_s,
                                             {{u"type"_s, u"string"_s}}};
                else if (tag.isEmpty())
                    bad = FieldErrors::Entry{u"empty"_s, u"A tag must not be empty."_s, {}};
                else if (tag.size() > MaxTagLength)
                    bad = FieldErrors::Entry{
                            u"too_long"_s,
                            u"A tag must be at most %1 characters."_s.arg(MaxTagLength),
                            {{u"max"_s, MaxTagLength}}};
                else if (hasControlCharacter(tag))
                    bad = FieldErrors::Entry{u"forbidden_character"_s,
                                             u"A tag must not contain control characters."_s,
                                             {}};
                if (bad)
                    break;
                if (!keys.contains(tagKey(tag))) {
                    keys << tagKey(tag);
                    tags << tag;
                }
            }
            if (!bad && tags.size() > MaxTags)
                bad = FieldErrors::Entry{u"too_long"_s,
                                         u"A film has at most %1 tags."_s.arg(MaxTags),
                                         {{u"max"_s, MaxTags}}};
            if (bad)
                errors.add(key, bad->code, bad->message, bad->limits);
            else
                change.tags = tags;
        } else {
            errors.add(key, u"unknown_field"_s,
                       u"Unknown field: rating, watchlist, favourite, tags and notes can be "
                       u"changed."_s);
        }
    }
    if (errors.isEmpty() && body.isEmpty())
        errors.add(u"rating"_s, u"nothing_to_change"_s,
                   u"Give at least one of rating, watchlist, favourite, tags and notes."_s);
    if (!errors.isEmpty())
        return Fault::invalid(std::move(errors));
    return change;
}
