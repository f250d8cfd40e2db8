// SPDX-License-Identifier: GPL-3.0-or-later
#include "formcard.h"

#include "widgets/banner.h"
#include "widgets/fielderror.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The card itself: a rounded panel in the palette's base colour, drawn rather than styled so
// that it follows a change of theme like every other widget (style sheets stop palette
// propagation at the widget that has one).
class CardFrame : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    }
};

} // namespace

FormCard::FormCard(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_title(nullptr)
    , m_subtitle(nullptr)
    , m_fields(new QVBoxLayout)
    , m_card(new QVBoxLayout)
    , m_banner(new Banner(this))
    , m_formError(new FieldError(this))
    , m_busy(new QProgressBar(this))
{
    auto *card = new CardFrame(this);
    card->setObjectName(QStringLiteral("formCard"));
    card->setMaximumWidth(440);
    card->setMinimumWidth(360);

    auto *titleLabel = m_title = new QLabel(title, card);
    titleLabel->setObjectName(QStringLiteral("cardTitle"));
    titleLabel->setWordWrap(true);
    QFont big = titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    titleLabel->setFont(big);
    auto *subtitleLabel = m_subtitle = new QLabel(subtitle, card);
    subtitleLabel->setObjectName(QStringLiteral("cardSubtitle"));
    subtitleLabel->setWordWrap(true);
    subtitleLabel->setForegroundRole(QPalette::PlaceholderText);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->setVisible(false);

    m_fields->setSpacing(4);
    m_card->setContentsMargins(28, 24, 28, 24);
    m_card->setSpacing(10);
    m_card->addWidget(titleLabel);
    m_card->addWidget(subtitleLabel);
    m_card->addWidget(m_banner);
    m_card->addSpacing(6);
    m_card->addLayout(m_fields);
    m_card->addWidget(m_formError);
    m_card->addWidget(m_busy);
    card->setLayout(m_card);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void FormCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void FormCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

FieldError *FormCard::addField(const QString &label, QWidget *editor, const QString &hint,
                               QWidget *input)
{
    if (!input)
        input = editor;
    auto *l = new QLabel(label, this);
    l->setBuddy(input);
    auto *error = new FieldError(this);
    error->clearWhenEdited(input);
    if (m_fields->count() > 0)
        m_fields->addSpacing(8);
    m_fields->addWidget(l);
    m_fields->addWidget(editor);
    if (!hint.isEmpty()) {
        auto *h = new QLabel(hint, this);
        h->setWordWrap(true);
        h->setForegroundRole(QPalette::PlaceholderText);
        m_fields->addWidget(h);
    }
    m_fields->addWidget(error);
    return error;
}

QPushButton *FormCard::setSubmit(const QString &text)
{
    m_submit = new QPushButton(text, this);
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);
    m_submit->setMinimumHeight(34);
    m_card->addWidget(m_submit);
    return m_submit;
}

void FormCard::addFooter(QPushButton *button)
{
    // A link: flat, in the palette's link colour (kept in step with the theme in event()).
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    m_footers.append(button);
    colourFooters();
    m_card->addWidget(button, 0, Qt::AlignHCenter);
}

void FormCard::colourFooters()
{
    const QColor link = palette().color(QPalette::Link);
    for (QPushButton *button : std::as_const(m_footers)) {
        QPalette p = button->palette();
        p.setColor(QPalette::ButtonText, link);
        button->setPalette(p);
    }
}

bool FormCard::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::PaletteChange)
        colourFooters();
    return handled;
}

void FormCard::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (m_submit)
        m_submit->setEnabled(!busy);
}

bool FormCard::isBusy() const
{
    return m_busy->isVisible();
}
