// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// The app's colours beyond what QPalette names: the colours of a state (success, error, a
// warning, information) and of JSON syntax, each for a light and a dark palette. The one place
// that defines them; widgets ask with the palette they are drawn with, so they follow the theme.
class Palette
{
public:
    enum class State { Success, Error, Warning, Info };
    enum class Syntax { Key, String, Number, Literal };

    static bool isDark(const QPalette &palette);
    // Text in this state.
    static QColor text(State state, const QPalette &palette);
    // A panel (a banner) in this state: its fill and its border.
    static QColor fill(State state, const QPalette &palette);
    static QColor border(State state, const QPalette &palette);
    static QColor syntax(Syntax kind, const QPalette &palette);

    // The palettes of the light and the dark theme (for the Fusion style).
    static QPalette light();
    static QPalette dark();
};
