// SPDX-License-Identifier: GPL-3.0-or-later
#include "filmtext.h"

using namespace Qt::StringLiterals;

QString FilmText::titleAndYear(const QJsonObject &movie)
{
    const QJsonValue title = movie.value("title"_L1);
    const QString text = title.isString() ? title.toString() : tr("(untitled)");
    const QJsonValue year = movie.value("year"_L1);
    return year.isDouble() ? tr("%1 (%2)").arg(text, QString::number(year.toInt())) : text;
}
