// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewingdialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "models/filmtext.h"
#include "widgets/fielderror.h"
#include "widgets/starrating.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The note's limit in the API (Mine::MaxNotesLength): kept by the field, never refused.
constexpr int MaxNoteLength = 10000;

QWidget *withError(QWidget *field, FieldError *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}
} // namespace

ViewingDialog::ViewingDialog(ApiClient *api, const QJsonObject &viewing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_id(viewing.value("id"_L1).toInteger())
    , m_date(new QDateEdit(this))
    , m_rewatch(new QCheckBox(tr("A &rewatch"), this))
    , m_rating(new StarRatingEdit(this))
    , m_note(new QLineEdit(this))
    , m_dateError(new FieldError(this))
    , m_ratingError(new FieldError(this))
    , m_noteError(new FieldError(this))
    , m_error(new FieldError(this))
    , m_save(nullptr)
{
    setWindowTitle(tr("Edit viewing"));
    setObjectName(u"viewingDialog"_s);
    const QJsonObject movie = viewing.value("movie"_L1).toObject();
    auto *title = new QLabel(this);
    title->setObjectName(u"viewingFilm"_s);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setText(FilmText::titleAndYear(movie));
    title->setVisible(!movie.isEmpty());

    m_date->setObjectName(u"viewingDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMinimumDate(QDate(1870, 1, 1));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::fromString(viewing.value("watchedOn"_L1).toString(), Qt::ISODate));
    m_rewatch->setObjectName(u"viewingRewatch"_s);
    m_rewatch->setChecked(viewing.value("rewatch"_L1).toBool());
    m_rating->setObjectName(u"viewingRating"_s);
    if (viewing.value("rating"_L1).isDouble())
        m_rating->setRating(viewing.value("rating"_L1).toDouble());
    m_note->setObjectName(u"viewingNote"_s);
    m_note->setPlaceholderText(tr("Where, with whom, what you thought"));
    m_note->setMaxLength(MaxNoteLength);
    m_note->setText(viewing.value("note"_L1).toString());
    m_note->setMinimumWidth(320);
    m_dateError->clearWhenEdited(m_date);
    m_noteError->clearWhenEdited(m_note);
    m_error->setObjectName(u"viewingError"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Watched on:"), withError(m_date, m_dateError));
    form->addRow(QString(), m_rewatch);
    form->addRow(tr("Rating that day:"), withError(m_rating, m_ratingError));
    form->addRow(tr("&Note:"), withError(m_note, m_noteError));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ViewingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ViewingDialog::save()
{
    for (FieldError *e : {m_dateError, m_ratingError, m_noteError, m_error})
        e->clear();
    const QString note = m_note->text().trimmed();
    const std::optional<double> rating = m_rating->rating();
    const QJsonObject change{
            {u"watchedOn"_s, m_date->date().toString(Qt::ISODate)},
            {u"rewatch"_s, m_rewatch->isChecked()},
            {u"rating"_s, rating ? QJsonValue(*rating) : QJsonValue()},
            {u"note"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note)},
    };
    m_save->setEnabled(false);
    m_api->updateViewing(
            m_id, change,
            [this](const ApiResult &result) {
                m_save->setEnabled(true);
                if (result.ok()) {
                    Q_EMIT saved(result.object());
                    accept();
                    return;
                }
                bool placed = false;
                for (const auto &[field, error] :
                     {std::pair{u"watchedOn"_s, m_dateError}, std::pair{u"rating"_s, m_ratingError},
                      std::pair{u"note"_s, m_noteError}}) {
                    const QString message = ApiErrors::fieldMessage(result, field);
                    if (!message.isEmpty()) {
                        error->show(message);
                        placed = true;
                    }
                }
                if (!placed)
                    m_error->show(ApiErrors::viewingMessage(result));
            },
            this);
}
