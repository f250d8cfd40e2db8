// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QJsonObject>

class ApiClient;
class FieldError;
class QCheckBox;
class QDateEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class StarRatingEdit;
class TagsEdit;

// "Yours": the signed-in user's own part of a film in the catalogue's detail panel. Their
// rating (stars), watchlist and favourite toggles, "watched today" or on a chosen date, the list
// of their viewings (rewatch marks, ratings and notes; double-click edits one, "Remove" deletes
// it), tags (completed from the user's existing tags; Enter saves) and notes. Each change goes
// to the API at once; a refusal is said here and the controls show the film as it still is.
class MinePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit MinePanel(ApiClient *api, QWidget *parent = nullptr);

    // The film shown (a Movie with "mine"); an empty object hides the panel.
    void setMovie(const QJsonObject &movie);
    qint64 movieId() const;
    void setKnownTags(const QStringList &tags);
    // Asks the server for the film's "mine" (times watched, last date) and its viewings again.
    void refreshMine(qint64 movieId);
    // Opens the editor of the viewing in this row of the list.
    void editViewing(int row);

    StarRatingEdit *ratingEdit() const { return m_rating; }
    QListWidget *viewingList() const { return m_viewings; }
    TagsEdit *tagsEdit() const { return m_tags; }

Q_SIGNALS:
    // The server's "mine" of a film after a change made here.
    void mineChanged(qint64 movieId, const QJsonObject &mine);
    // The user's set of tags may have changed.
    void tagsChanged();
    void statusMessage(const QString &message);

private:
    void change(const QJsonObject &change);
    void markWatched(const QDate &date);
    void loadViewings(qint64 movieId);
    void removeViewing();

    ApiClient *m_api;
    QJsonObject m_movie;
    StarRatingEdit *m_rating;
    QCheckBox *m_watchlist;
    QCheckBox *m_favourite;
    QDateEdit *m_watchedOn;
    QListWidget *m_viewings;
    QPushButton *m_removeViewing;
    TagsEdit *m_tags;
    QPlainTextEdit *m_notes;
    FieldError *m_error;
    qint64 m_viewingsOf = 0;
    int m_timesWatched = -1;
};
