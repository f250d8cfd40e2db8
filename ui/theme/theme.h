// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Light or dark: View › Theme. "System" follows the desktop's colour scheme (the freedesktop
// portal's org.freedesktop.appearance color-scheme, read over D-Bus and followed as it changes),
// else the platform's own palette. Light and Dark use the Fusion style with Palette::light() or
// Palette::dark(). The choice is saved in the settings and applies at once.
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static Mode chosen();
    static void choose(Mode mode); // saves and applies
    static void apply(Mode mode);
    // Whether the palette in use now is a dark one.
    static bool isDark();
    static QString name(Mode mode); // "system", "light", "dark" (settings, object names)
};
