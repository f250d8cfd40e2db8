// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlekey.h"

#include <QHash>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &articles()
{
    static const QSet<QString> set{u"the"_s, u"a"_s,   u"an"_s,  u"le"_s, u"la"_s, u"les"_s, u"l"_s,
                                   u"der"_s, u"die"_s, u"das"_s, u"el"_s, u"il"_s, u"lo"_s};
    return set;
}

const QHash<QString, QString> &romanNumerals()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const char *numerals[]
                = {"ii",  "iii",  "iv",  "v",  "vi",  "vii",  "viii",  "ix",  "x", "xi",
                   "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
        int value = 2;
        for (const char *n : numerals)
            m.insert(QString::fromLatin1(n), QString::number(value++));
        return m;
    }();
    return map;
}

// Shortened words some sources write ("Star Wars Ep. IV", "Kill Bill: Vol. 1").
const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> map{
            {u"ep"_s, u"episode"_s}, {u"pt"_s, u"part"_s}, {u"vol"_s, u"volume"_s}};
    return map;
}

// Letters that do not decompose into a base letter and a mark.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF:
        return u"ss"_s; // ß
    case 0x00E6:
        return u"ae"_s; // æ
    case 0x0153:
        return u"oe"_s; // œ
    case 0x00F8:
        return u"o"_s; // ø
    case 0x0111:
        return u"d"_s; // đ
    case 0x0142:
        return u"l"_s; // ł
    case 0x00F0:
        return u"d"_s; // ð
    case 0x00FE:
        return u"th"_s; // þ
    case 0x0131:
        return u"i"_s; // dotless i
    default:
        return {};
    }
}

} // namespace

QString TitleKey::of(const QString &title)
{
    // Compatibility decomposition: "é" → "e" + a combining mark, "½" → "1⁄2", "ﬁ" → "fi".
    const QString decomposed = title.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == u'&') {
            plain += u" and "_s;
            continue;
        }
        // Apostrophes join: "Schindler's" → "schindlers"; "L'Atalante" keeps its article apart.
        if (c == u'\'' || c == QChar(0x2019) || c == QChar(0x2018) || c == u'`') {
            if (plain.size() == 1 && plain == u"l"_s)
                plain += u' ';
            continue;
        }
        if (const QString special = foldSpecial(c); !special.isEmpty()) {
            plain += special;
            continue;
        }
        plain += c.isLetterOrNumber() ? c.toLower() : u' ';
    }
    QStringList words = plain.split(u' ', Qt::SkipEmptyParts);
    // A trailing article after a comma ("Godfather, The") was split off like any word: it is
    // found by looking at the original for ", the" at the end.
    if (words.size() > 1) {
        const QString folded = title.toCaseFolded().trimmed();
        const qsizetype comma = folded.lastIndexOf(u',');
        if (comma > 0 && articles().contains(words.last())
            && folded.mid(comma + 1).trimmed().size() <= 3)
            words.removeLast();
    }
    if (words.size() > 1 && articles().contains(words.first()))
        words.removeFirst();
    for (QString &word : words) {
        if (const auto it = romanNumerals().constFind(word); it != romanNumerals().cend())
            word = *it;
        else if (const auto ab = abbreviations().constFind(word); ab != abbreviations().cend())
            word = *ab;
    }
    return words.join(u' ');
}
