// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class ApiClient;
class FieldError;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

// What to watch tonight (Ctrl+T): one film picked at random (GET /moviedata/random) among
// those not watched yet, or from the watchlist, with a genre, a decade, at most N minutes and
// an IMDb rating at least X. "Another" picks again; the pick can go on the watchlist or be
// marked watched today.
class TonightDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TonightDialog(ApiClient *api, const QStringList &genres, QWidget *parent = nullptr);

    QJsonObject pick() const { return m_pick; }
    void another();

Q_SIGNALS:
    // The pick's "mine" changed (watchlist, watched): views showing it update.
    void mineChanged(qint64 movieId, const QJsonObject &mine);

private:
    QUrlQuery query() const;
    void show(const QJsonObject &movie);
    void addToWatchlist();
    void markWatched();

    ApiClient *m_api;
    QComboBox *m_from;
    QComboBox *m_genre;
    QComboBox *m_decade;
    QSpinBox *m_maxMinutes;
    QDoubleSpinBox *m_minImdb;
    QLabel *m_title;
    QLabel *m_facts;
    FieldError *m_error;
    QPushButton *m_another;
    QPushButton *m_watchlist;
    QPushButton *m_watched;
    QJsonObject m_pick;
    quint64 m_asked = 0; // answers to an older question are dropped
};
