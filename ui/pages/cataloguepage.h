// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

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
class FieldError;
class QCheckBox;
class QDateEdit;
class QListWidget;
class StarRatingEdit;
class YearBox;

// The catalogue: search as you type (served by the API's q), genre and year filters, sorting
// by clicking any column header (kept, with the column widths, across launches), a detail
// panel for the selected film and the count of matches. Each user rates films in place (a
// click on the stars, or keys 1 to 5, + and -, 0 clears), filters to what they watched or not,
// their watchlist or favourites, and in the panel marks a film watched (today or on a date),
// sees and removes their viewings, and puts it on the watchlist or among the favourites.
// Administrators also get add, edit and delete. Keyboard: Tab goes search → filters → table →
// details; Enter opens the selected film (the editor for administrators), Delete deletes it
// (administrators, after confirming), Escape in the search box clears it; the rows have a context
// menu.
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit CataloguePage(ApiClient *api, QWidget *parent = nullptr);
    ~CataloguePage() override;

    void setAdmin(bool admin);
    void focusSearch();
    // Loads again, keeping the selected film selected when it is still there.
    void refresh();
    void clear();
    void clearFilters();

    MovieTableModel *model() const { return m_model; }
    CatalogueView *view() const { return m_view; }
    qint64 selectedId() const;
    // Tests answer the delete confirmation through this.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    static QStringList genres();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void showDetails();
    void openMovie();
    void addMovie();
    void editMovie();
    void deleteMovie();
    void updateCount();
    void updateEmptyText();
    QJsonObject selectedMovie() const;
    void openEditor(const QJsonObject &movie);
    // Selects (and scrolls to) this film once its row is loaded; looks through further pages
    // for it, up to a bound. notFound: said when it is not in the result.
    void reselect(qint64 id, const QString &notFound = {});
    void lookForPending(int firstRow);
    void saveLayout() const;
    void restoreLayout();
    // The caller's own part of the panel: rating, watchlist, favourite, viewings.
    QWidget *createYours();
    void showYours(const QJsonObject &movie);
    void changeMine(const QJsonObject &change);
    void markWatched(const QDate &date);
    void loadViewings(qint64 movieId);
    void removeViewing();
    void refreshMine(qint64 movieId);

    ApiClient *m_api;
    MovieTableModel *m_model;
    CatalogueView *m_view;
    QLineEdit *m_search;
    QComboBox *m_genre;
    QComboBox *m_mine;
    YearBox *m_yearFrom;
    YearBox *m_yearTo;
    QPushButton *m_clearFilters;
    QLabel *m_count;
    QTimer *m_debounce;
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
    QWidget *m_yours = nullptr;
    StarRatingEdit *m_myRating = nullptr;
    QCheckBox *m_watchlist = nullptr;
    QCheckBox *m_favourite = nullptr;
    QDateEdit *m_watchedOn = nullptr;
    QListWidget *m_viewings = nullptr;
    QLineEdit *m_tags = nullptr;
    class QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_removeViewing = nullptr;
    FieldError *m_yoursError = nullptr;
    Banner *m_banner;
    Confirm m_confirm;
    bool m_admin = false;
    qint64 m_pendingId = 0;
    QString m_pendingNotFound;
    int m_pagesSearched = 0;
};
