// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importrow.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Finds the catalogue's film for an imported row without ids (the bundled catalogue has no IMDb
// or Letterboxd ids): the same TitleKey (of the title or IMDb's original title) and the year,
// one year either way (release dates differ between sources). Among several, an exact year
// decides, then IMDb's directors; what is still several is ambiguous, with its candidates.
class TitleMatcher
{
public:
    struct Film
    {
        qint64 id = 0;
        QString title;
        std::optional<int> year;
        QString director;
    };
    struct Match
    {
        enum class Kind { Matched, Ambiguous, Unmatched, Skipped };
        Kind kind = Kind::Unmatched;
        qint64 movieId = 0; // Matched
        QList<qint64> candidates; // Ambiguous: the films it could be, best first
    };
    static constexpr int YearTolerance = 1;

    explicit TitleMatcher(QList<Film> films);

    Match match(const ImportRow &row) const;
    const Film *film(qint64 id) const;

private:
    QList<Film> m_films;
    QHash<QString, QList<int>> m_byKey; // title key → indexes into m_films
    QHash<qint64, int> m_byId;
};
