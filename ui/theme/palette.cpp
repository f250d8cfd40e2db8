// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

QColor pick(const Pair &pair, const QPalette &palette)
{
    return QColor::fromRgb(Palette::isDark(palette) ? pair.dark : pair.light);
}

// Contrast at least 4.5:1 against the window colour of each theme (WCAG AA for text).
constexpr Pair TextColours[] = {
        {0xff1a7f37, 0xff56d364}, // Success
        {0xffb3261e, 0xffff8a80}, // Error
        {0xff8a5300, 0xffe3b341}, // Warning
        {0xff1f4e8c, 0xff79b8ff}, // Info
};
constexpr Pair FillColours[] = {
        {0xffe6f4ea, 0xff12351d},
        {0xfffce8e6, 0xff3c1618},
        {0xfffff4e5, 0xff3d2e0f},
        {0xffe8f1fb, 0xff102a47},
};
constexpr Pair BorderColours[] = {
        {0xff7cc48f, 0xff2ea043},
        {0xffe8a29d, 0xffb3261e},
        {0xfff0b35b, 0xff9e6a03},
        {0xff8db7e8, 0xff1f6feb},
};
constexpr Pair SyntaxColours[] = {
        {0xff1f4e8c, 0xff79c0ff}, // Key
        {0xff1a7f37, 0xff7ee787}, // String
        {0xffb05a00, 0xffffa657}, // Number
        {0xff8a2ba8, 0xffd2a8ff}, // Literal
};

} // namespace

bool Palette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Palette::text(State state, const QPalette &palette)
{
    return pick(TextColours[int(state)], palette);
}

QColor Palette::fill(State state, const QPalette &palette)
{
    return pick(FillColours[int(state)], palette);
}

QColor Palette::border(State state, const QPalette &palette)
{
    return pick(BorderColours[int(state)], palette);
}

QColor Palette::syntax(Syntax kind, const QPalette &palette)
{
    return pick(SyntaxColours[int(kind)], palette);
}

QPalette Palette::light()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xbf));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette Palette::dark()
{
    const QColor window(0x20, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    // Fields lighter than the window: Fusion outlines them in the window colour darkened, which
    // must stand out against them.
    p.setColor(QPalette::Base, QColor(0x2b, 0x2c, 0x30));
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x33, 0x38));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x2e, 0x31));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2d, 0x2e, 0x31));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3d, 0x41));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x34, 0x38));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Dark, QColor(0x12, 0x12, 0x14));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    return p;
}
