#include "formcard.h"

#include "widgets/banner.h"
#include "widgets/fielderror.h"

#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

FormCard::FormCard(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_fields(new QVBoxLayout)
    , m_card(new QVBoxLayout)
    , m_banner(new Banner(this))
    , m_formError(new FieldError(this))
    , m_busy(new QProgressBar(this))
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("formCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(440);
    card->setStyleSheet(QStringLiteral("QFrame#formCard { background: palette(base); "
                                       "border: 1px solid palette(mid); border-radius: 10px; }"));
    card->setMinimumWidth(360);

    auto *titleLabel = new QLabel(title, card);
    QFont big = titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    titleLabel->setFont(big);
    auto *subtitleLabel = new QLabel(subtitle, card);
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

FieldError *FormCard::addField(const QString &label, QWidget *editor, const QString &hint)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(editor);
    auto *error = new FieldError(this);
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

void FormCard::addFooter(QWidget *widget)
{
    widget->setStyleSheet(
            QStringLiteral("QPushButton { color: palette(link); border: none; "
                           "padding: 4px; } QPushButton:hover { text-decoration: underline; }"));
    m_card->addWidget(widget, 0, Qt::AlignHCenter);
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
