// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// How the app names a film in a sentence or a list: "Title (year)", or the title alone when the
// year is unknown; "(untitled)" for a film without a title. movie is a Movie of the API (or
// anything with its "title" and "year", such as an import's row).
class FilmText
{
    Q_DECLARE_TR_FUNCTIONS(FilmText)
public:
    static QString titleAndYear(const QJsonObject &movie);
};
