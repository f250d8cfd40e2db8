// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPaintEvent;

// A message across the top of a page: information or a warning, dismissable.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning };
    explicit Banner(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind = Kind::Info);
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_label;
    Kind m_kind = Kind::Info;
};
