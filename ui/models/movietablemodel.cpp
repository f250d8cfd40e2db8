// SPDX-License-Identifier: GPL-3.0-or-later
#include "movietablemodel.h"

#include "client/apiclient.h"
#include "client/apierrors.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

MovieTableModel::MovieTableModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

bool MovieTableModel::isSortable(int column)
{
    return column == Title || column == Year || column == Rating;
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
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_nextPage = 1;
    ++m_generation;
    setLoading(false);
    endResetModel();
    Q_EMIT totalChanged(m_total);
    fetchMore({});
}

int MovieTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovieTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovieTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &m = m_rows[index.row()];
    if (role == MovieRole)
        return m;
    if (role == IdRole)
        return m.value("id"_L1).toInteger();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Title || index.column() == Genre || index.column() == Director
                ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    auto text = [&](const char *key) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isNull() ? QVariant() : QVariant(v.toString());
    };
    const QLocale locale;
    switch (index.column()) {
    case Title:
        return text("title");
    case Year:
        return m.value("year"_L1).isNull() ? QVariant() : QVariant(m.value("year"_L1).toInt());
    case Genre:
        return text("genre");
    case Director:
        return text("director");
    case Rating:
        return m.value("imdbRating"_L1).isNull()
                ? QVariant()
                : QVariant(locale.toString(m.value("imdbRating"_L1).toDouble(), 'f', 1));
    case Tomatoes:
        return m.value("rottenTomatoesRating"_L1).isNull()
                ? QVariant()
                : QVariant(tr("%1%").arg(m.value("rottenTomatoesRating"_L1).toInt()));
    case Runtime:
        return m.value("runtimeMinutes"_L1).isNull()
                ? QVariant()
                : QVariant(tr("%1 min").arg(m.value("runtimeMinutes"_L1).toInt()));
    }
    return {};
}

QVariant MovieTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted");
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
    }
    return {};
}

bool MovieTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_loading || !m_api->isConnected())
        return false;
    return m_total < 0 || m_rows.size() < m_total;
}

void MovieTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_api->fetchMovies(
            m_filter.query(m_nextPage, PageSize),
            [this, generation](const ApiResult &result) {
                if (generation != m_generation)
                    return; // the filter changed meanwhile
                if (!result.ok()) {
                    setLoading(false);
                    Q_EMIT loadFailed(ApiErrors::message(result));
                    return;
                }
                const QJsonObject page = result.object();
                const QJsonArray items = page.value("items"_L1).toArray();
                // All state moves on before the rows go in: views (and model testers) may ask
                // for the next page from inside rowsInserted.
                ++m_nextPage;
                // A page past the end (the catalogue shrank meanwhile) ends the list.
                m_total = items.isEmpty() ? m_rows.size() : page.value("total"_L1).toInteger();
                if (!items.isEmpty()) {
                    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
                    for (const auto &item : items)
                        m_rows.append(item.toObject());
                    endInsertRows();
                }
                setLoading(false);
                Q_EMIT totalChanged(m_total);
            },
            this);
}

void MovieTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const QString field = column == Title ? u"title"_s : column == Year ? u"year"_s : u"rating"_s;
    MovieFilter f = m_filter;
    f.sort = order == Qt::DescendingOrder ? u'-' + field : field;
    setFilter(f);
}

void MovieTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}
