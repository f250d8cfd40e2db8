// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycodes.h"

#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr int GroupLength = 4;

} // namespace

QStringList RecoveryCodes::generate(int count)
{
    QStringList codes;
    codes.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString code;
        for (int c = 0; c < Length; ++c) {
            if (c > 0 && c % GroupLength == 0)
                code += u'-';
            code += QLatin1Char(Alphabet[randombytes_uniform(32)]);
        }
        codes << code;
    }
    return codes;
}

QString RecoveryCodes::normalized(const QString &typed)
{
    QString code;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        c = c.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (c.unicode() > 127 || !std::strchr(Alphabet, char(c.unicode())))
            return {};
        code += c;
        if (code.size() > Length)
            return {};
    }
    return code.size() == Length ? code : QString();
}

QByteArray RecoveryCodes::hash(qint64 userId, const QString &typed)
{
    const QString code = normalized(typed);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    static constexpr char Context[] = "reelvault recovery code";
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(Context),
                              sizeof Context); // with its NUL: the context ends here
    uchar account[8];
    qToLittleEndian<qint64>(userId, account);
    crypto_generichash_update(&state, account, sizeof account);
    // Anything that is not a code hashes as "!", which no code is.
    const QByteArray text = code.isEmpty() ? QByteArrayLiteral("!") : code.toLatin1();
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(text.constData()),
                              size_t(text.size()));
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()),
                             size_t(out.size()));
    return out;
}

QList<QByteArray> RecoveryCodes::hashes(qint64 userId, const QStringList &codes)
{
    QList<QByteArray> out;
    out.reserve(codes.size());
    for (const QString &code : codes)
        out << hash(userId, code);
    return out;
}
