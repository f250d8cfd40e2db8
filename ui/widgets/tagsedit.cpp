// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSet>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace {

// Completes the last tag of the line, not the whole line.
class LastTagCompleter : public QCompleter
{
public:
    LastTagCompleter(QAbstractItemModel *model, QObject *parent)
        : QCompleter(model, parent)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    // path is the whole line as typed: kept, so that a completion (highlighted, then chosen)
    // always replaces the tag that was being typed, not the one it put there itself.
    QStringList splitPath(const QString &path) const override
    {
        m_typed = path;
        return {TagsEdit::lastTag(path)};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        return TagsEdit::completed(m_typed, index.data(Qt::EditRole).toString());
    }

private:
    mutable QString m_typed;
};

} // namespace

TagsEdit::TagsEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_known(new QStringListModel(this))
{
    setPlaceholderText(tr("Tags, separated by commas"));
    setCompleter(new LastTagCompleter(m_known, this));
}

QString TagsEdit::lastTag(const QString &text)
{
    const qsizetype comma = text.lastIndexOf(u',');
    return text.mid(comma + 1).trimmed();
}

QString TagsEdit::completed(const QString &text, const QString &completion)
{
    const qsizetype comma = text.lastIndexOf(u',');
    QStringList tags;
    if (comma >= 0) {
        for (const QString &part : text.left(comma).split(u',')) {
            if (!part.trimmed().isEmpty())
                tags << part.trimmed();
        }
    }
    tags << completion;
    return tags.join(u", "_s) + u", "_s;
}

QStringList TagsEdit::tags() const
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &part : text().split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !seen.contains(tag.toCaseFolded())) {
            seen.insert(tag.toCaseFolded());
            out << tag;
        }
    }
    return out;
}

void TagsEdit::setTags(const QStringList &tags)
{
    setText(tags.join(u", "_s));
}

void TagsEdit::setKnownTags(const QStringList &known)
{
    m_known->setStringList(known);
}

QStringList TagsEdit::knownTags() const
{
    return m_known->stringList();
}
