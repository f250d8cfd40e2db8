// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class StateLabel;

// How hard a new password is to guess, as the user types it: a bar of four segments and a
// word, from zxcvbn-c's estimate (the estimator KeePassXC uses; computed here, nothing is
// sent). The server decides what it accepts; this helps choose before asking it. Hidden while
// the field is empty.
class StrengthMeter : public QWidget
{
    Q_OBJECT
public:
    enum class Level { VeryWeak, Weak, Fair, Strong, VeryStrong };

    explicit StrengthMeter(QLineEdit *password, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    QString text() const;
    static Level levelFor(double bits);
    static double bitsOf(const QString &password);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void estimate(const QString &password);

    Level m_level = Level::VeryWeak;
    StateLabel *m_label;
};
