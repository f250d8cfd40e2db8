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

    QStringList splitPath(const QString &path) const override { return {TagsEdit::lastTag(path)}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        return TagsEdit::completed(edit ? edit->text() : QString(),
                                   index.data(Qt::EditRole).toString());
    }
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
    const QString before = comma < 0 ? QString() : text.left(comma + 1).trimmed() + u' ';
    return before + completion + u", "_s;
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
