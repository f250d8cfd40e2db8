// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

class ApiClient;
class MovieTableModel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class Banner;

// The catalogue: search as you type (served by the API's q), genre and year filters, sorting
// by clicking a column header, a detail panel for the selected film and the count of matches.
// Administrators also get add, edit and delete.
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit CataloguePage(ApiClient *api, QWidget *parent = nullptr);

    void setAdmin(bool admin);
    void focusSearch();
    void refresh();
    void clear();

    MovieTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Tests answer the delete confirmation through this.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    static QStringList genres();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void showDetails();
    void addMovie();
    void editMovie();
    void deleteMovie();
    void updateCount();
    QJsonObject selectedMovie() const;
    void openEditor(const QJsonObject &movie);

    ApiClient *m_api;
    MovieTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_genre;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QLabel *m_count;
    QTimer *m_debounce;
    QWidget *m_adminBar;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QWidget *m_details;
    QLabel *m_detailTitle;
    QFormLayout *m_detailForm;
    QLabel *m_emptyDetails;
    Banner *m_banner;
    Confirm m_confirm;
};
