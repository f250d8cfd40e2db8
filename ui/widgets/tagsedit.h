// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QStringListModel;

// Tags typed as one line, separated by commas ("cosy, noir"), with completion of the tag being
// typed from the user's existing tags (case-insensitive, anywhere in the name): choosing one
// replaces only the last tag and leaves the cursor ready for the next.
class TagsEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TagsEdit(QWidget *parent = nullptr);

    // The tags as typed: trimmed, empty ones dropped, the first of names differing only in case.
    QStringList tags() const;
    void setTags(const QStringList &tags);
    void setKnownTags(const QStringList &known);
    QStringList knownTags() const;

    // The text with its last tag replaced by completion ("cosy, no" + "noir" → "cosy, noir, ").
    static QString completed(const QString &text, const QString &completion);
    // The tag being typed: what follows the last comma, trimmed.
    static QString lastTag(const QString &text);

private:
    QStringListModel *m_known;
};
