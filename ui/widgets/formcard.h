// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class FieldError;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class Banner;

// A centred card for a short form (sign in, sign up): a title, a line of explanation, fields
// each with its label above and its error below, a busy bar, the main button and an error for
// the form as a whole.
class FormCard : public QWidget
{
    Q_OBJECT
public:
    FormCard(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    // Adds a labelled field (below: an optional hint, then its error, which goes when the field
    // is edited); returns the error label. A composite editor passes the widget its errors are
    // about as `input` (e.g. a password field with a strength meter below it).
    FieldError *addField(const QString &label, QWidget *editor, const QString &hint = {},
                         QWidget *input = nullptr);
    QPushButton *setSubmit(const QString &text);
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    // A link-like button under the form (e.g. "Create an account").
    void addFooter(QPushButton *button);

    Banner *banner() const { return m_banner; }
    FieldError *formError() const { return m_formError; }
    void setBusy(bool busy);
    bool isBusy() const;

protected:
    bool event(QEvent *event) override;

private:
    void colourFooters();

    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_fields;
    QVBoxLayout *m_card;
    Banner *m_banner;
    FieldError *m_formError;
    QProgressBar *m_busy;
    QPushButton *m_submit = nullptr;
    QList<QPushButton *> m_footers;
};
