// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme/palette.h"

#include <QLabel>

#include <optional>

// A line of text in a state's colour (success, error, …), from Palette, in the light and the
// dark theme alike: it recolours itself when the palette changes. No state: the normal text
// colour.
class StateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StateLabel(QWidget *parent = nullptr);
    explicit StateLabel(const QString &text, QWidget *parent = nullptr);

    void setState(std::optional<Palette::State> state);
    // Text and state at once.
    void setMessage(const QString &text, std::optional<Palette::State> state);

    // Eliding: each line of the message that does not fit ends in "…" (the whole message in
    // the tooltip), so no text, however long (a token, a curl command), ever widens the window.
    void setElided(bool elided);
    QString message() const { return m_message; }
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void recolour();
    void elide();

    bool m_elided = false;
    QString m_message;

    std::optional<Palette::State> m_state;
};
