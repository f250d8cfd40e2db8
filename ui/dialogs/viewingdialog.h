// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class ApiClient;
class FieldError;
class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class StarRatingEdit;

// Edits one viewing of the diary: its date, whether it was a rewatch, the rating given that
// day and a note (PATCH /viewings/{id}). A refusal is said beside the field it concerns and the
// dialog stays open with what was typed.
class ViewingDialog : public QDialog
{
    Q_OBJECT
public:
    // viewing: a Viewing as the API gives it, with "movie" {title, year} when known.
    ViewingDialog(ApiClient *api, const QJsonObject &viewing, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *rewatchBox() const { return m_rewatch; }
    StarRatingEdit *ratingEdit() const { return m_rating; }
    QLineEdit *noteEdit() const { return m_note; }

    void save();

Q_SIGNALS:
    // The viewing as the server keeps it now.
    void saved(const QJsonObject &viewing);

private:
    ApiClient *m_api;
    qint64 m_id;
    QDateEdit *m_date;
    QCheckBox *m_rewatch;
    StarRatingEdit *m_rating;
    QLineEdit *m_note;
    FieldError *m_dateError;
    FieldError *m_ratingError;
    FieldError *m_noteError;
    FieldError *m_error;
    QPushButton *m_save;
};
