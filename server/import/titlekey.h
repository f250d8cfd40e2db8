// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The form of a film title that two sources agree on when they spell it differently: what
// importing a Letterboxd or IMDb history matches the catalogue with. "The Godfather: Part II",
// "Godfather, The - Part 2" and "GODFATHER PART II" all become "godfather part 2".
//   - case folded, accents and other marks dropped ("Amélie" → "amelie", "Æ" → "ae", "ß" → "ss");
//   - "&" is "and"; punctuation and dashes of every kind are spaces; apostrophes vanish
//     ("Schindler's" → "schindlers");
//   - a leading article goes ("The", "A", "An", and "Le", "La", "Les", "L'", "Der", "Die", "Das",
//     "El", "Il", "Lo"), and so does a trailing one after a comma ("Godfather, The");
//   - Roman numerals from II to XX as words are numbers ("Part II" → "part 2"; "I" alone stays,
//     it is usually the pronoun);
//   - "Ep.", "Pt." and "Vol." are "episode", "part" and "volume";
//   - runs of spaces become one.
class TitleKey
{
public:
    static QString of(const QString &title);
};
