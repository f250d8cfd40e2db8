// SPDX-License-Identifier: GPL-3.0-or-later
#include "movietablemodel.h"

#include "client/apiclient.h"
#include "client/apierrors.h"

#include "widgets/starrating.h"

#include <QDate>
#include <QIcon>
#include <QJsonArray>
#include <QLocale>
#include <QPalette>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// The API's sort names, by column.
const char *const SortNames[MovieTableModel::ColumnCount]
        = {"title",          "year",    "genre",    "director",   "rating",
           "rottenTomatoes", "runtime", "myRating", "lastWatched"};
} // namespace

MovieTableModel::MovieTableModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    m_filter.sort = sortKey(Title, Qt::AscendingOrder);
}

QString MovieTableModel::sortKey(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    const QString name = QString::fromLatin1(SortNames[column]);
    return order == Qt::DescendingOrder ? u'-' + name : name;
}

std::pair<int, Qt::SortOrder> MovieTableModel::sortColumn(const QString &key)
{
    const bool descending = key.startsWith(u'-');
    const QString name = descending ? key.mid(1) : key;
    for (int c = 0; c < ColumnCount; ++c) {
        if (name == QLatin1StringView(SortNames[c]))
            return {c, descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    }
    return {-1, Qt::AscendingOrder};
}

QString MovieTableModel::ratingText(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QString() : QLocale().toString(v.toDouble(), 'f', 1);
}

QString MovieTableModel::tomatoesText(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QString() : tr("%1%").arg(QLocale().toString(v.toInt()));
}

QString MovieTableModel::runtimeText(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QString()
                                         : tr("%1 min").arg(QLocale().toString(v.toInt()));
}

void MovieTableModel::setFilter(const MovieFilter &filter)
{
    if (filter == m_filter && m_total >= 0)
        return;
    m_filter = filter;
    reload();
}

void MovieTableModel::reload()
{
    const bool wasLoading = isLoading();
    beginResetModel();
    m_pages.clear();
    m_wanted.clear();
    m_requested.clear();
    m_total = -1;
    m_totalExact = true;
    m_inFlight = 0;
    ++m_generation;
    endResetModel();
    Q_EMIT totalChanged(m_total);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    if (m_api->isConnected())
        request(0);
}

QJsonObject MovieTableModel::movie(int row) const
{
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend())
        return {};
    return page->value(row % PageSize);
}

int MovieTableModel::rowOf(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).value("id"_L1).toInteger() == id)
                return int(it.key() * PageSize + i);
        }
    }
    return -1;
}

int MovieTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_total < 0 ? 0 : int(qMin<qint64>(m_total, INT_MAX));
}

int MovieTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovieTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Title || index.column() == Genre || index.column() == Director
                        || index.column() == MyRating
                ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const qint64 pageNumber = index.row() / PageSize;
    const auto page = m_pages.constFind(pageNumber);
    if (page == m_pages.cend()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            want(pageNumber);
            return index.column() == Title ? QVariant(tr("Loading…")) : QVariant();
        }
        if (role == Qt::ForegroundRole)
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    }
    const QJsonObject m = page->value(index.row() % PageSize);
    if (role == MovieRole)
        return m;
    if (role == IdRole)
        return m.value("id"_L1).toInteger();
    const QJsonObject mine = m.value("mine"_L1).toObject();
    if (role == RatingRole)
        return mine.value("rating"_L1).isDouble() ? QVariant(mine.value("rating"_L1).toDouble())
                                                  : QVariant();
    if (role == Qt::DecorationRole && index.column() == Title
        && mine.value("watchlist"_L1).toBool())
        return QIcon(u":/icons/bookmark.svg"_s);
    if (role == Qt::ToolTipRole && index.column() == Title && mine.value("watchlist"_L1).toBool())
        return tr("%1 (on your watchlist)").arg(m.value("title"_L1).toString());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    auto text = [&](const char *key) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isString() ? QVariant(v.toString()) : QVariant();
    };
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    switch (index.column()) {
    case Title:
        return text("title");
    case Year:
        return m.value("year"_L1).isDouble() ? QVariant(m.value("year"_L1).toInt()) : QVariant();
    case Genre:
        return text("genre");
    case Director:
        return text("director");
    case Rating:
        return orNull(ratingText(m.value("imdbRating"_L1)));
    case Tomatoes:
        return orNull(tomatoesText(m.value("rottenTomatoesRating"_L1)));
    case Runtime:
        return orNull(runtimeText(m.value("runtimeMinutes"_L1)));
    case MyRating:
        return orNull(StarRating::text(mine.value("rating"_L1).isDouble()
                                               ? std::optional(mine.value("rating"_L1).toDouble())
                                               : std::nullopt));
    case LastWatched: {
        const QDate last
                = QDate::fromString(mine.value("lastWatchedOn"_L1).toString(), Qt::ISODate);
        return last.isValid() ? QVariant(QLocale().toString(last, QLocale::ShortFormat))
                              : QVariant();
    }
    }
    return {};
}

Qt::ItemFlags MovieTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == MyRating && isLoaded(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool MovieTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != MyRating || !isLoaded(index.row())
        || (role != RatingRole && role != Qt::EditRole))
        return false;
    QJsonObject movie = this->movie(index.row());
    const qint64 id = movie.value("id"_L1).toInteger();
    const QJsonObject before = movie.value("mine"_L1).toObject();
    QJsonObject after = before;
    const QJsonValue rating = value.isValid() ? QJsonValue(value.toDouble()) : QJsonValue();
    after.insert(u"rating"_s, rating);
    setMine(id, after);
    const quint64 generation = m_generation;
    m_api->updateMine(
            id, {{u"rating"_s, rating}},
            [this, id, before, generation](const ApiResult &result) {
                if (generation != m_generation)
                    return;
                if (result.ok()) {
                    setMine(id, result.object());
                    return;
                }
                setMine(id, before);
                Q_EMIT changeFailed(ApiErrors::message(result));
            },
            this);
    return true;
}

void MovieTableModel::setMine(qint64 id, const QJsonObject &mine)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            QJsonObject &movie = (*it)[i];
            if (movie.value("id"_L1).toInteger() != id)
                continue;
            movie.insert(u"mine"_s, mine);
            const int row = int(it.key() * PageSize + i);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

QVariant MovieTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return section == Title ? tr("Click to sort by title (a leading “The”, “A” or “An” is "
                                     "not counted); click again to reverse")
                                : tr("Click to sort by this column; click again to reverse");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Year:
        return tr("Year");
    case Genre:
        return tr("Genre");
    case Director:
        return tr("Director");
    case Rating:
        return tr("IMDb");
    case Tomatoes:
        return tr("Rotten Tomatoes");
    case Runtime:
        return tr("Runtime");
    case MyRating:
        return tr("My rating");
    case LastWatched:
        return tr("Watched");
    }
    return {};
}

void MovieTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKey(column, order);
    if (key.isEmpty())
        return;
    MovieFilter f = m_filter;
    f.sort = key;
    setFilter(f);
}

void MovieTableModel::want(qint64 page) const
{
    if (m_requested.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    if (m_sendQueued)
        return;
    // data() is called while painting: ask after the paint, for what it showed.
    m_sendQueued = true;
    QTimer::singleShot(0, const_cast<MovieTableModel *>(this), &MovieTableModel::sendWanted);
}

void MovieTableModel::sendWanted()
{
    m_sendQueued = false;
    // Only the most recently shown pages are still worth asking for: a fast scroll passes many.
    while (m_wanted.size() > 2 * MaxPagesInFlight)
        m_wanted.removeFirst();
    while (!m_wanted.isEmpty() && m_inFlight < MaxPagesInFlight && m_api->isConnected())
        request(m_wanted.takeLast());
}

void MovieTableModel::request(qint64 page)
{
    m_requested.append(page);
    if (m_inFlight++ == 0)
        Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    m_api->fetchMovies(
            m_filter.query(int(page + 1), PageSize),
            [this, generation, page](const ApiResult &result) {
                if (generation != m_generation)
                    return; // the filter changed meanwhile
                m_requested.removeOne(page);
                if (--m_inFlight == 0)
                    Q_EMIT loadingChanged(false);
                if (!result.ok()) {
                    if (!result.cancelled)
                        Q_EMIT loadFailed(ApiErrors::message(result));
                    return;
                }
                received(page, result.object());
                sendWanted();
            },
            this);
}

void MovieTableModel::received(qint64 page, const QJsonObject &answer)
{
    const QJsonArray items = answer.value("items"_L1).toArray();
    QList<QJsonObject> rows;
    rows.reserve(items.size());
    for (const auto &item : items)
        rows.append(item.toObject());
    const qint64 total = answer.value("total"_L1).toInteger();
    // A large result is counted only a little beyond the page asked for (the API's totalExact):
    // such a total is a lower bound, and a deeper page moves it further.
    const bool exact = answer.value("totalExact"_L1).toBool(true);
    if (m_total >= 0 && total != m_total && exact && m_totalExact) {
        // The catalogue changed under us: what was loaded may have shifted. Start again.
        m_pages.clear();
    }
    m_pages.insert(page, rows);
    const bool wasExact = m_totalExact;
    m_totalExact = exact;
    setTotal(exact || m_total < 0 ? total : qMax(total, m_total));
    if (wasExact != exact)
        Q_EMIT totalChanged(m_total);
    const int first = int(page * PageSize);
    const int last = qMin(rowCount(), first + int(rows.size())) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(first);
}

void MovieTableModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    const int before = rowCount();
    const int after = int(qMin<qint64>(total, INT_MAX));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_total = total;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_total = total;
        endRemoveRows();
    } else {
        m_total = total;
    }
    if (before > 0 && after > 0)
        Q_EMIT dataChanged(index(0, 0), index(after - 1, ColumnCount - 1));
    Q_EMIT totalChanged(m_total);
}
