// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/moviefilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

class ApiClient;

// The catalogue as a table over GET /moviedata. Once the first page is in, the model has as
// many rows as the result has films (the API's total), so the scroll bar, Ctrl+End and dragging
// reach the true end in one step; a page of rows is fetched when the view first asks for one of
// its rows (only what is on screen), and rows not in yet show "Loading…". Every column sorts
// through the API; the default is title A to Z (without a leading article).
class MovieTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        Year,
        Genre,
        Director,
        Rating,
        Tomatoes,
        Runtime,
        MyRating,
        LastWatched,
        ColumnCount
    };
    // RatingRole: the caller's own rating (a double, or invalid); settable on MyRating.
    enum Role { MovieRole = Qt::UserRole + 1, IdRole, RatingRole };
    static constexpr int PageSize = 100;
    // Pages asked for at once; while scrolling fast only the most recently shown ones are.
    static constexpr int MaxPagesInFlight = 3;

    explicit MovieTableModel(ApiClient *api, QObject *parent = nullptr);

    void setFilter(const MovieFilter &filter);
    MovieFilter filter() const { return m_filter; }
    // Drops what is loaded and starts again from the first page.
    void reload();

    qint64 total() const { return m_total; } // -1 until the first page arrived
    // False while total() is a lower bound: the rows grow as deeper pages arrive.
    bool isTotalExact() const { return m_totalExact; }
    bool isLoading() const { return m_inFlight > 0; }
    // Empty while the row's page is not in.
    QJsonObject movie(int row) const;
    bool isLoaded(int row) const { return m_pages.contains(row / PageSize); }
    // The row of a film among the loaded pages, or -1.
    int rowOf(qint64 id) const;

    // The API's sort parameter for a column ("title", "-year", ...).
    static QString sortKey(int column, Qt::SortOrder order);
    // The column and order a sort parameter stands for; column -1 when none.
    static std::pair<int, Qt::SortOrder> sortColumn(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A rating set in the table: shown at once, sent to the API, put back if it refuses.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // The caller's "mine" of a film changed elsewhere (the detail panel): every loaded row of
    // it shows the new one.
    void setMine(qint64 id, const QJsonObject &mine);

    // How a value reads in the table and the detail panel alike.
    static QString ratingText(const QJsonValue &imdbRating); // "7.0"
    static QString tomatoesText(const QJsonValue &rating); // "85%"
    static QString runtimeText(const QJsonValue &minutes); // "120 min"

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // A page arrived (first: its first row); views waiting for a film look again.
    void pageLoaded(int firstRow);
    // A change of the caller's own data was refused; it was put back.
    void changeFailed(const QString &message);

private:
    void want(qint64 page) const;
    void sendWanted();
    void request(qint64 page);
    void received(qint64 page, const QJsonObject &answer);
    void setTotal(qint64 total);

    ApiClient *m_api;
    MovieFilter m_filter;
    QHash<qint64, QList<QJsonObject>> m_pages;
    mutable QList<qint64> m_wanted; // most recently shown last
    mutable bool m_sendQueued = false;
    QList<qint64> m_requested; // in flight
    qint64 m_total = -1;
    bool m_totalExact = true;
    int m_inFlight = 0;
    quint64 m_generation = 0; // answers to an older filter are dropped
};
