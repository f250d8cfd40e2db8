// SPDX-License-Identifier: GPL-3.0-or-later
#include "strengthmeter.h"

#include "widgets/statelabel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>

#include <zxcvbn.h>

namespace {
constexpr int BarHeight = 4;
constexpr int Segments = 4;
} // namespace

StrengthMeter::StrengthMeter(QLineEdit *password, QWidget *parent)
    : QWidget(parent)
    , m_label(new StateLabel(this))
{
    setObjectName(QStringLiteral("strengthMeter"));
    m_label->setObjectName(QStringLiteral("strengthText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, BarHeight + 3, 0, 0);
    layout->addWidget(m_label);
    layout->addStretch(1);
    connect(password, &QLineEdit::textChanged, this, &StrengthMeter::estimate);
    estimate(password->text());
}

double StrengthMeter::bitsOf(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    return ZxcvbnMatch(utf8.constData(), nullptr, nullptr);
}

StrengthMeter::Level StrengthMeter::levelFor(double bits)
{
    // KeePassXC's steps, with one more at the bottom for what any guesser tries first.
    if (bits < 20)
        return Level::VeryWeak;
    if (bits < 40)
        return Level::Weak;
    if (bits < 65)
        return Level::Fair;
    if (bits < 100)
        return Level::Strong;
    return Level::VeryStrong;
}

QString StrengthMeter::text() const
{
    return m_label->text();
}

void StrengthMeter::estimate(const QString &password)
{
    setVisible(!password.isEmpty());
    if (password.isEmpty())
        return;
    m_level = levelFor(bitsOf(password));
    switch (m_level) {
    case Level::VeryWeak:
        m_label->setMessage(tr("Very weak: easy to guess"), Palette::State::Error);
        break;
    case Level::Weak:
        m_label->setMessage(tr("Weak"), Palette::State::Warning);
        break;
    case Level::Fair:
        m_label->setMessage(tr("Fair"), Palette::State::Info);
        break;
    case Level::Strong:
        m_label->setMessage(tr("Strong"), Palette::State::Success);
        break;
    case Level::VeryStrong:
        m_label->setMessage(tr("Very strong"), Palette::State::Success);
        break;
    }
    QWidget::update();
}

QSize StrengthMeter::sizeHint() const
{
    return {160, m_label->sizeHint().height() + BarHeight + 3};
}

void StrengthMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int filled = qMax(1, qMin(Segments, int(m_level)));
    const Palette::State state = m_level == Level::VeryWeak ? Palette::State::Error
            : m_level == Level::Weak                        ? Palette::State::Warning
            : m_level == Level::Fair                        ? Palette::State::Info
                                                            : Palette::State::Success;
    const int gap = 4;
    const qreal width = (rect().width() - gap * (Segments - 1)) / qreal(Segments);
    for (int i = 0; i < Segments; ++i) {
        const QRectF segment(i * (width + gap), 0, width, BarHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(i < filled ? Palette::text(state, palette())
                                    : palette().color(QPalette::Midlight));
        painter.drawRoundedRect(segment, 2, 2);
    }
}
