// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// zxcvbn-c's estimate of how guessable a password is (the estimator KeePassXC uses), read as
// the contract's rule: a password is refused as "a common password or a trivial variant of one"
// when at least half of it is dictionary words (common passwords, names, English words, the
// account's own email and name, also in leetspeak) and zxcvbn estimates it below GuessableBits.
// Measured on 20,000 random 8-character passwords of each alphabet (see the closing note of
// issue 11): 1 in 20,000 mixed-case alphanumeric ones and about 1 in 1,000 lower-case ones are
// refused, each of them half made of real words ("ebtethat"); every listed variant
// ("password123", "Password1!", "qwerty2024", "Summer2024", "P@ssw0rd") is.
class PasswordStrength
{
public:
    static constexpr double GuessableBits = 20.0;

    struct Estimate
    {
        double bits = 0; // zxcvbn's entropy estimate
        int dictionaryCharacters = 0; // how much of it dictionary matches explain
        int length = 0; // in bytes of UTF-8, as zxcvbn counts
    };

    static Estimate estimate(const QString &password, const QStringList &userWords = {});
    static bool isTrivialVariant(const Estimate &e)
    {
        return e.bits < GuessableBits && 2 * e.dictionaryCharacters >= e.length;
    }
};
