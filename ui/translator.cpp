// SPDX-License-Identifier: GPL-3.0-or-later
#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

QStringList Translator::available()
{
    QStringList codes;
    for (const QString &file : QDir(u":/i18n"_s).entryList({u"reelvault_*.qm"_s}))
        codes << file.mid(10).chopped(3);
    return codes;
}

QString Translator::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Translator::chosen()
{
    return QSettings().value(u"language"_s).toString();
}

void Translator::choose(const QString &code)
{
    QSettings().setValue(u"language"_s, code);
}

QString Translator::install(const QString &requested)
{
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QString code = requested.isEmpty() ? chosen() : requested;
    // The system's languages in order of preference (LANGUAGE, then LANG / LC_*).
    const QStringList wanted = code.isEmpty() ? QLocale().uiLanguages() : QStringList{code};
    for (const QString &language : wanted) {
        QString base = QLocale(language).name().section(u'_', 0, 0);
        if (base == "C"_L1)
            base = u"en"_s;
        // English is the source language; its catalogue holds only the plural forms.
        auto *translator = new QTranslator;
        if (translator->load(u"reelvault_"_s + base, u":/i18n"_s)) {
            QCoreApplication::installTranslator(translator);
            app = translator;
            auto *qtTranslator = new QTranslator;
            if (qtTranslator->load(u"qtbase_"_s + base,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qtTranslator);
                qt = qtTranslator;
            } else {
                delete qtTranslator;
            }
            QLocale::setDefault(base == "en"_L1 ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                : QLocale(language));
            return base;
        }
        delete translator;
    }
    return u"en"_s;
}
