// SPDX-License-Identifier: GPL-3.0-or-later
#include "importchoices.h"

#include "core/fielderrors.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

Result<ImportChoices::Map> ImportChoices::parse(const QUrlQuery &query)
{
    Map choices;
    if (!query.hasQueryItem(u"choices"_s))
        return choices;
    const QString text = query.queryItemValue(u"choices"_s, QUrl::FullyDecoded);
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const auto refuse = [](const QString &message, const QString &type) {
        FieldErrors errors;
        errors.add(u"choices"_s, u"wrong_type"_s, message, {{u"type"_s, type}});
        return Fault::invalid(std::move(errors), u"Some query parameters are not valid."_s);
    };
    if (!doc.isObject())
        return refuse(u"choices must be a JSON object: {\"row key\": film id or null}."_s,
                      u"object"_s);
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isNull()) {
            choices.insert(it.key(), 0);
        } else if (it->isDouble() && it->toDouble() >= 1
                   && it->toDouble() == double(it->toInteger())) {
            choices.insert(it.key(), it->toInteger());
        } else {
            return refuse(
                    u"Each choice is a film id (a whole number from 1) or null to skip the row."_s,
                    u"integer"_s);
        }
    }
    return choices;
}
