// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortranks.h"

#include "database.h"
#include "logging.h"
#include "moviesql.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <limits>

using namespace Qt::StringLiterals;

SortRanks::SortRanks(Database &db, std::function<quint64()> version)
    : m_db(db)
    , m_version(std::move(version))
{ }

SortRanks::Snapshot SortRanks::ranks(MovieQuery::Sort sort, qint64 films)
{
    const quint64 version = m_version();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_ranks.find(sort);
            it != m_ranks.end() && it->second->version == version)
            return it->second;
        if (m_background && films > MadeInline) {
            makeInBackground(sort);
            return nullptr;
        }
    }
    const auto made = make(sort);
    if (!made)
        return nullptr;
    QMutexLocker lock(&m_mutex);
    m_ranks[sort] = *made;
    return *made;
}

void SortRanks::warm()
{
    QMutexLocker lock(&m_mutex);
    if (!m_background)
        return;
    for (const MovieQuery::Sort sort :
         {MovieQuery::Sort::Title, MovieQuery::Sort::Year, MovieQuery::Sort::Rating,
          MovieQuery::Sort::Director, MovieQuery::Sort::Runtime, MovieQuery::Sort::RottenTomatoes,
          MovieQuery::Sort::Genre})
        makeInBackground(sort);
}

void SortRanks::makeInBackground(MovieQuery::Sort sort)
{
    if (!m_pending.insert(sort).second) {
        m_again.insert(sort); // the catalogue may have changed since they were begun
        return;
    }
    m_background->start([this, sort] {
        const auto made = make(sort);
        QMutexLocker done(&m_mutex);
        m_pending.erase(sort);
        if (made)
            m_ranks[sort] = *made;
        if (m_again.erase(sort) != 0 && (!made || (*made)->version != m_version()))
            makeInBackground(sort);
    });
}

Result<SortRanks::Snapshot> SortRanks::make(MovieQuery::Sort sort)
{
    QElapsedTimer timer;
    timer.start();
    auto ranks = std::make_shared<Ranks>();
    // Read before the films: a write that lands while they are read makes these stale at once.
    ranks->version = m_version();
    const auto maxId = m_db.value(MovieSql::lastFilmId().sql, {});
    if (!maxId)
        return maxId.fault();
    if (maxId->toLongLong() >= std::numeric_limits<quint32>::max())
        return Fault(Fault::Kind::StorageFailed, u"film ids too large to rank"_s);
    ranks->byId.assign(size_t(qMax(0LL, maxId->toLongLong())) + 1, 0);
    // Films added meanwhile (ids past maxId) are left out: they make the ranks stale anyway.
    quint32 place = 0;
    Done read = m_db.eachRow(MovieSql::sortOrder(m_db.dialect(), sort).sql, {},
                             [&](qint64 id, qint64 known) {
                                 if (id < 0 || quint64(id) >= ranks->byId.size())
                                     return;
                                 ranks->byId[size_t(id)] = ++place;
                                 if (known != 0)
                                     ranks->known = place;
                             });
    if (!read)
        return read.fault();
    ranks->films = place;
    qCDebug(lcDb) << "ranked" << place << "films for sort" << int(sort) << "in" << timer.elapsed()
                  << "ms";
    return Snapshot(std::move(ranks));
}
