// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The app's languages: English (the source) and its translations in translations/*.ts, built
// into the binary as .qm files under :/i18n. install() loads Qt's own translations and
// Reelvault's for one language; the choice is saved in the settings and applies at the next
// start (Settings › Language); "" follows the system (LANGUAGE / LANG).
class Translator
{
public:
    static QStringList available(); // e.g. "en", "de", "fr", "es"
    static QString nativeName(const QString &code); // "Deutsch"
    static QString chosen(); // from the settings; "" = the system's
    static void choose(const QString &code);
    // Installs the translators for code (or the chosen / system language); returns the code
    // actually used ("en" when there is no translation for it).
    static QString install(const QString &code = {});
};
