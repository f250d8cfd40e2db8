// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/moviefilter.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

class ApiClient;

// The catalogue as a table, loaded from GET /moviedata a page at a time as the view scrolls
// (canFetchMore / fetchMore), so 3,201 or 100,000 films cost only what is on screen. Sorting by
// a column asks the API for that order (title, year, rating); other columns do not sort.
class MovieTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Year, Genre, Director, Rating, Tomatoes, Runtime, ColumnCount };
    enum Role { MovieRole = Qt::UserRole + 1, IdRole };
    static constexpr int PageSize = 100;

    explicit MovieTableModel(ApiClient *api, QObject *parent = nullptr);

    void setFilter(const MovieFilter &filter);
    MovieFilter filter() const { return m_filter; }
    // Drops what is loaded and starts again from the first page.
    void reload();

    qint64 total() const { return m_total; } // -1 until the first page arrived
    bool isLoading() const { return m_loading; }
    QJsonObject movie(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void setLoading(bool loading);

    ApiClient *m_api;
    MovieFilter m_filter;
    QList<QJsonObject> m_rows;
    qint64 m_total = -1;
    int m_nextPage = 1;
    bool m_loading = false;
    quint64 m_generation = 0; // answers to an older filter are dropped
};
