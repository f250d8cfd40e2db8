// SPDX-License-Identifier: GPL-3.0-or-later
#include "moviedialog.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "pages/cataloguepage.h"
#include "widgets/fielderror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text.trimmed());
}

QJsonValue numberOrNull(const QString &digits)
{
    return digits.isEmpty() ? QJsonValue() : QJsonValue(digits.toDouble());
}

} // namespace

MovieDialog::MovieDialog(ApiClient *api, const QJsonObject &movie, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_title(new QLineEdit(this))
    , m_releaseDate(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_genre(new QComboBox(this))
    , m_director(new QLineEdit(this))
    , m_runtime(new QSpinBox(this))
    , m_mpaa(new QComboBox(this))
    , m_imdb(new QDoubleSpinBox(this))
    , m_tomatoes(new QSpinBox(this))
    , m_distributor(new QLineEdit(this))
    , m_usGross(new QLineEdit(this))
    , m_worldwideGross(new QLineEdit(this))
    , m_budget(new QLineEdit(this))
    , m_formError(new FieldError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(movie.isEmpty() ? tr("Add film") : tr("Edit film"));
    setObjectName(u"movieDialog"_s);
    m_title->setObjectName(u"title"_s);
    m_releaseDate->setObjectName(u"releaseDate"_s);
    m_releaseDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_releaseDate->setValidator(new QRegularExpressionValidator(
            QRegularExpression(u"\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?"_s), this));
    m_year->setRange(1869, 2100);
    m_year->setSpecialValueText(tr("from the release date"));
    m_year->setObjectName(u"year"_s);
    m_genre->setEditable(true);
    m_genre->addItem(QString());
    m_genre->addItems(CataloguePage::genres());
    m_genre->setObjectName(u"genre"_s);
    m_director->setObjectName(u"director"_s);
    m_runtime->setRange(0, 1000);
    m_runtime->setSpecialValueText(tr("unknown"));
    m_runtime->setSuffix(tr(" min"));
    m_mpaa->setEditable(true);
    m_mpaa->addItems({QString(), u"G"_s, u"PG"_s, u"PG-13"_s, u"R"_s, u"NC-17"_s, u"Not Rated"_s});
    m_imdb->setRange(-0.1, 10.0);
    m_imdb->setDecimals(1);
    m_imdb->setSingleStep(0.1);
    m_imdb->setSpecialValueText(tr("unknown"));
    m_imdb->setValue(-0.1);
    m_imdb->setObjectName(u"imdbRating"_s);
    m_tomatoes->setRange(-1, 100);
    m_tomatoes->setSpecialValueText(tr("unknown"));
    m_tomatoes->setSuffix(tr("%"));
    m_tomatoes->setValue(-1);
    const auto digits = new QRegularExpressionValidator(QRegularExpression(u"\\d{0,13}"_s), this);
    for (QLineEdit *money : {m_usGross, m_worldwideGross, m_budget}) {
        money->setValidator(digits);
        money->setPlaceholderText(tr("in US dollars"));
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), withError(m_title, u"title"_s));
    form->addRow(tr("&Released:"), withError(m_releaseDate, u"releaseDate"_s));
    form->addRow(tr("&Year:"), withError(m_year, u"year"_s));
    form->addRow(tr("&Genre:"), withError(m_genre, u"genre"_s));
    form->addRow(tr("&Director:"), withError(m_director, u"director"_s));
    form->addRow(tr("Running &time:"), withError(m_runtime, u"runtimeMinutes"_s));
    form->addRow(tr("Rat&ed:"), withError(m_mpaa, u"mpaaRating"_s));
    form->addRow(tr("&IMDb rating:"), withError(m_imdb, u"imdbRating"_s));
    form->addRow(tr("R&otten Tomatoes:"), withError(m_tomatoes, u"rottenTomatoesRating"_s));
    form->addRow(tr("Distri&butor:"), withError(m_distributor, u"distributor"_s));
    form->addRow(tr("&US gross:"), withError(m_usGross, u"usGross"_s));
    form->addRow(tr("&Worldwide gross:"), withError(m_worldwideGross, u"worldwideGross"_s));
    form->addRow(tr("B&udget:"), withError(m_budget, u"productionBudget"_s));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MovieDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(movie);
}

QWidget *MovieDialog::withError(QWidget *editor, const QString &field)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    auto *error = new FieldError(box);
    error->setObjectName(field + u"Error"_s);
    error->clearWhenEdited(editor);
    v->addWidget(error);
    m_errors.insert(field, error);
    return box;
}

void MovieDialog::load(const QJsonObject &m)
{
    m_id = m.value("id"_L1).toInteger();
    m_title->setText(m.value("title"_L1).toString());
    m_releaseDate->setText(m.value("releaseDate"_L1).toString());
    // A value the film does not have (null, or absent for a new film) stays "unknown".
    const auto number = [&m](const char *key, double unknown) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        return v.isDouble() ? v.toDouble() : unknown;
    };
    m_year->setValue(int(number("year", m_year->minimum())));
    m_genre->setCurrentText(m.value("genre"_L1).toString());
    m_director->setText(m.value("director"_L1).toString());
    m_runtime->setValue(int(number("runtimeMinutes", m_runtime->minimum())));
    m_mpaa->setCurrentText(m.value("mpaaRating"_L1).toString());
    m_imdb->setValue(number("imdbRating", m_imdb->minimum()));
    m_tomatoes->setValue(int(number("rottenTomatoesRating", m_tomatoes->minimum())));
    m_distributor->setText(m.value("distributor"_L1).toString());
    auto money = [](const QJsonValue &v) {
        return v.isNull() || v.isUndefined() ? QString() : QString::number(v.toInteger());
    };
    m_usGross->setText(money(m.value("usGross"_L1)));
    m_worldwideGross->setText(money(m.value("worldwideGross"_L1)));
    m_budget->setText(money(m.value("productionBudget"_L1)));
}

QJsonObject MovieDialog::fields() const
{
    QJsonObject o{
            {u"title"_s, m_title->text().trimmed()},
            {u"releaseDate"_s, textOrNull(m_releaseDate->text())},
            {u"genre"_s, textOrNull(m_genre->currentText())},
            {u"director"_s, textOrNull(m_director->text())},
            {u"runtimeMinutes"_s,
             m_runtime->value() == 0 ? QJsonValue() : QJsonValue(m_runtime->value())},
            {u"mpaaRating"_s, textOrNull(m_mpaa->currentText())},
            {u"imdbRating"_s, m_imdb->value() < 0 ? QJsonValue() : QJsonValue(m_imdb->value())},
            {u"rottenTomatoesRating"_s,
             m_tomatoes->value() < 0 ? QJsonValue() : QJsonValue(m_tomatoes->value())},
            {u"distributor"_s, textOrNull(m_distributor->text())},
            {u"usGross"_s, numberOrNull(m_usGross->text())},
            {u"worldwideGross"_s, numberOrNull(m_worldwideGross->text())},
            {u"productionBudget"_s, numberOrNull(m_budget->text())},
    };
    // The year follows the release date unless set by hand.
    if (m_year->value() != m_year->minimum())
        o.insert(u"year"_s, m_year->value());
    else if (m_releaseDate->text().trimmed().isEmpty())
        o.insert(u"year"_s, QJsonValue());
    return o;
}

void MovieDialog::showErrors(const ApiResult &result)
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        it.value()->show(ApiErrors::fieldMessage(result, it.key()));
    growToFit();
}

void MovieDialog::growToFit()
{
    // The messages wrap; the dialog grows so that none of them is cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void MovieDialog::save()
{
    showErrors(ApiResult());
    m_formError->clear();
    if (m_title->text().trimmed().isEmpty()) {
        m_errors.value(u"title"_s)->show(tr("Every film needs a title."));
        m_title->setFocus();
        return;
    }
    m_buttons->setEnabled(false);
    const bool creating = m_id == 0;
    auto done = [this, creating](const ApiResult &result) {
        m_buttons->setEnabled(true);
        if (result.ok()) {
            Q_EMIT saved(result.object(), creating);
            accept();
            return;
        }
        if (result.code() == "validation_failed"_L1)
            showErrors(result);
        m_formError->show(ApiErrors::message(result));
        growToFit();
    };
    if (creating)
        m_api->createMovie(fields(), done, this);
    else
        m_api->updateMovie(m_id, fields(), done, this);
}
