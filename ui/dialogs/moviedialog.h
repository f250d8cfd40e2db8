// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/apiresult.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class ApiClient;
class FieldError;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// Add or edit a film (administrators). Saves through the API and shows the server's
// validation errors beside the fields they concern; stays open until the save succeeds.
class MovieDialog : public QDialog
{
    Q_OBJECT
public:
    // movie: empty to add a film, else the film to edit.
    MovieDialog(ApiClient *api, const QJsonObject &movie, QWidget *parent = nullptr);

    QJsonObject fields() const; // what Save sends
    void save();

Q_SIGNALS:
    void saved(const QJsonObject &movie, bool created);

private:
    QWidget *withError(QWidget *editor, const QString &field);
    void load(const QJsonObject &movie);
    void showErrors(const ApiResult &result);
    void growToFit();

    ApiClient *m_api;
    qint64 m_id = 0;
    QLineEdit *m_title;
    QLineEdit *m_releaseDate;
    QSpinBox *m_year;
    QComboBox *m_genre;
    QLineEdit *m_director;
    QSpinBox *m_runtime;
    QComboBox *m_mpaa;
    QDoubleSpinBox *m_imdb;
    QSpinBox *m_tomatoes;
    QLineEdit *m_distributor;
    QLineEdit *m_usGross;
    QLineEdit *m_worldwideGross;
    QLineEdit *m_budget;
    QHash<QString, FieldError *> m_errors;
    FieldError *m_formError;
    QDialogButtonBox *m_buttons;
};
