// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstrength.h"

#include <zxcvbn.h>

#include <vector>

PasswordStrength::Estimate PasswordStrength::estimate(const QString &password,
                                                      const QStringList &userWords)
{
    const QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> words;
    words.reserve(userWords.size());
    for (const QString &w : userWords) {
        if (!w.isEmpty())
            words.push_back(w.toCaseFolded().toUtf8());
    }
    std::vector<const char *> dictionary;
    dictionary.reserve(words.size() + 1);
    for (const QByteArray &w : words)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);

    Estimate e;
    e.length = int(utf8.size());
    ZxcMatch_t *info = nullptr;
    e.bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    for (const ZxcMatch_t *m = info; m; m = m->Next) {
        const int type = m->Type & ~MULTIPLE_MATCH;
        if (type == DICTIONARY_MATCH || type == DICT_LEET_MATCH || type == USER_MATCH
            || type == USER_LEET_MATCH)
            e.dictionaryCharacters += m->Length;
    }
    ZxcvbnFreeInfo(info);
    return e;
}
