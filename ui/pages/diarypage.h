// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/deleteconfirmation.h"

#include <QJsonObject>
#include <QWidget>

class ApiClient;
class Banner;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The diary (Ctrl+3): every viewing of the signed-in user, newest first, grouped by month
// ("December 2026 · 4 films"), each with its date, film, rating that day, rewatch mark and note.
// Loads a page at a time as the list is scrolled. Enter or a double-click edits the selected
// viewing (ViewingDialog), Delete removes it after confirming, "Show in catalogue" jumps to the
// film.
class DiaryPage : public QWidget
{
    Q_OBJECT
public:
    using Confirm = DeleteConfirmation::Ask;

    explicit DiaryPage(ApiClient *api, QWidget *parent = nullptr);

    // Loads from the newest again, keeping the selected viewing selected when it is loaded.
    void refresh();
    void clear();

    QTreeWidget *list() const { return m_list; }
    // The selected viewing (with its "movie"), or an empty object.
    QJsonObject selectedViewing() const;
    // How many viewings are loaded, and how many there are.
    int loaded() const { return m_loaded; }
    qint64 total() const { return m_total; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void editSelected();
    void deleteSelected();
    void showSelectedFilm();

    static constexpr int PageSize = 100;
    static constexpr int MaxPagesToKeep = 20; // how far a selection is looked for after a reload

Q_SIGNALS:
    // A viewing of this film changed or went: views that show the film's "mine" update.
    void movieChanged(qint64 movieId);
    void showMovieRequested(qint64 movieId, const QString &title);
    void statusMessage(const QString &message);
    // A page came (or failed): for tests and the screenshots.
    void pageLoaded();

private:
    void fetchNext();
    void append(const QJsonArray &items);
    void updateActions();
    void updateSummary();
    QTreeWidgetItem *monthItem(const QDate &month);
    void selectFirst(); // the newest viewing, when nothing is selected

    ApiClient *m_api;
    Banner *m_banner;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_show;
    Confirm m_confirm;
    quint64 m_generation = 0; // answers to an older load are dropped
    int m_nextPage = 1;
    int m_loaded = 0;
    qint64 m_total = -1; // -1: not known yet
    bool m_fetching = false;
    qint64 m_keepSelected = 0;
};
