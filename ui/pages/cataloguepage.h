// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/deleteconfirmation.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWidget>

class ApiClient;
class CatalogueView;
class MovieTableModel;
class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTimer;
class Banner;
class MinePanel;
class PosterView;
class PosterWall;
class QAbstractItemView;
class QStackedWidget;
class YearBox;

// The catalogue: search as you type (served by the API's q), genre and year filters, sorting
// by clicking any column header (kept, with the column widths, across launches), a detail
// panel for the selected film and the count of matches. Each user rates films in place (a
// click on the stars, or keys 1 to 5, + and -, 0 clears) and filters to what they watched or
// not, their watchlist or favourites, one of their tags or their rating at least so much; the
// panel's "Yours" (MinePanel) keeps their viewings, watchlist, favourite, tags and notes.
// Administrators also get add, edit and delete. Keyboard: Tab goes search → filters → table →
// details; Enter opens the selected film (the editor for administrators), Delete deletes it
// (administrators, after confirming), Escape in the search box clears it; the rows have a context
// menu. The same films, in the same order and with the same selection, can be shown as a wall of
// posters instead of the table (PosterWall).
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    using Confirm = DeleteConfirmation::Ask;

    explicit CataloguePage(ApiClient *api, QWidget *parent = nullptr);
    ~CataloguePage() override;

    void setAdmin(bool admin);
    void focusSearch();
    // Loads again, keeping the selected film selected when it is still there.
    void refresh();
    void clear();
    void clearFilters();
    // Shows this film: filters cleared, its title searched, its row selected.
    void showMovie(qint64 id, const QString &title);
    // Asks the server again for this film's "mine" (after a change made elsewhere).
    void refreshMine(qint64 id);

    MovieTableModel *model() const { return m_model; }
    MinePanel *minePanel() const { return m_minePanel; }
    PosterView *posterView() const { return m_posterView; }
    CatalogueView *view() const { return m_view; }
    PosterWall *wall() const { return m_wall; }
    // The poster wall in place of the table (View › Poster wall, Ctrl+G); kept across launches.
    void setWallShown(bool shown);
    bool isWallShown() const;
    // The table or the wall, whichever is shown.
    QAbstractItemView *currentView() const;
    qint64 selectedId() const;
    // Tests answer the delete confirmation through this.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    static QStringList genres();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void wallShownChanged(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void resetFilters(); // the filter boxes back to "any", without asking for films
    void showDetails();
    void openMovie();
    void addMovie();
    void editMovie();
    void deleteMovie();
    void updateCount();
    void updateEmptyText();
    QString emptyText() const; // what the views say when nothing matches
    QJsonObject selectedMovie() const;
    void openEditor(const QJsonObject &movie);
    // Selects (and scrolls to) this film once its row is loaded; looks through further pages
    // for it, up to a bound. notFound: said when it is not in the result.
    void reselect(qint64 id, const QString &notFound = {});
    void lookForPending(int firstRow);
    void saveLayout() const;
    void restoreLayout();
    // The caller's tags, for the tag filter and the panel's completion.
    void loadTags();
    void setTagChoices(const QStringList &tags);

    ApiClient *m_api;
    MovieTableModel *m_model;
    CatalogueView *m_view;
    PosterWall *m_wall;
    QStackedWidget *m_views;
    QLineEdit *m_search;
    QComboBox *m_genre;
    QComboBox *m_mine;
    QComboBox *m_tag;
    QComboBox *m_minRating;
    YearBox *m_yearFrom;
    YearBox *m_yearTo;
    QPushButton *m_clearFilters;
    QLabel *m_count;
    QTimer *m_debounce;
    QElapsedTimer m_sinceKeystroke; // valid from a keystroke in the search box to its page
    QWidget *m_adminBar;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QAction *m_openAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QSplitter *m_splitter;
    QScrollArea *m_detailScroll;
    QWidget *m_details;
    QLabel *m_detailTitle;
    QFormLayout *m_detailForm;
    QLabel *m_emptyDetails;
    PosterView *m_posterView;
    MinePanel *m_minePanel;
    Banner *m_banner;
    Confirm m_confirm;
    bool m_admin = false;
    qint64 m_pendingId = 0;
    QString m_pendingNotFound;
    int m_pagesSearched = 0;
};
