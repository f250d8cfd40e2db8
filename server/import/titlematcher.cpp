// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlematcher.h"

#include "import/titlekey.h"

#include <QSet>

#include <algorithm>

TitleMatcher::TitleMatcher(QList<Film> films)
    : m_films(std::move(films))
{
    m_byKey.reserve(m_films.size());
    for (int i = 0; i < m_films.size(); ++i) {
        m_byId.insert(m_films[i].id, i);
        const QString key = TitleKey::of(m_films[i].title);
        if (!key.isEmpty())
            m_byKey[key] << i;
    }
}

const TitleMatcher::Film *TitleMatcher::film(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_films[*it];
}

TitleMatcher::Match TitleMatcher::match(const ImportRow &row) const
{
    Match m;
    if (!row.isFilm) {
        m.kind = Match::Kind::Skipped;
        return m;
    }
    // Every film whose title has the row's key (its title's or its original title's), within a
    // year of the row's year (a film or a row without a year fits any).
    QList<int> found;
    QSet<int> seen;
    for (const QString &title : {row.title, row.originalTitle}) {
        const QString key = TitleKey::of(title);
        if (key.isEmpty())
            continue;
        for (const int i : m_byKey.value(key)) {
            const Film &f = m_films[i];
            if (row.year && f.year && std::abs(*f.year - *row.year) > YearTolerance)
                continue;
            if (!seen.contains(i)) {
                seen.insert(i);
                found << i;
            }
        }
    }
    const auto narrow = [&](auto keep) {
        QList<int> kept;
        for (const int i : std::as_const(found)) {
            if (keep(m_films[i]))
                kept << i;
        }
        if (!kept.isEmpty())
            found = kept;
    };
    if (found.size() > 1 && row.year)
        narrow([&](const Film &f) { return f.year == row.year; });
    if (found.size() > 1 && !row.directors.isEmpty()) {
        QSet<QString> directors;
        for (const QString &d : row.directors)
            directors.insert(TitleKey::of(d));
        narrow([&](const Film &f) { return directors.contains(TitleKey::of(f.director)); });
    }
    if (found.isEmpty())
        return m;
    if (found.size() == 1) {
        m.kind = Match::Kind::Matched;
        m.movieId = m_films[found.first()].id;
        return m;
    }
    // Best first: the nearest year, then the catalogue's order.
    std::sort(found.begin(), found.end(), [&](int a, int b) {
        const auto distance = [&](int i) {
            const Film &f = m_films[i];
            return row.year && f.year ? std::abs(*f.year - *row.year) : YearTolerance + 1;
        };
        return std::pair(distance(a), m_films[a].id) < std::pair(distance(b), m_films[b].id);
    });
    m.kind = Match::Kind::Ambiguous;
    for (const int i : std::as_const(found))
        m.candidates << m_films[i].id;
    return m;
}
