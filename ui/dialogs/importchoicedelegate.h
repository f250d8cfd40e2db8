// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

class QComboBox;

// The import preview's "film in the catalogue" column for the rows the matching left open: the
// film chosen for a row, or none ("Skip this row"). The choice lives in the item (ChoiceRole: a
// film id, 0 for none; the text shown); its editor, a combo box, is made only for the rows being
// edited, so a preview with thousands of open rows holds a few dozen widgets, not thousands.
// An ambiguous row offers its candidates (CandidatesRole); a row no film matched gets a finder
// (an editable combo box the dialog makes, searching the catalogue). A pick is kept at once.
class ImportChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        ChoiceRole = Qt::UserRole + 1, // qint64: the film chosen, 0 for none
        CandidatesRole, // QVariantList of {"text", "id"}: an ambiguous row's films
        TitleRole, // the row's title in the file: where a finder starts its search
    };
    // Makes the finder of a row no film matched, searching for title.
    using FinderFactory = std::function<QComboBox *(QWidget *parent, const QString &title)>;

    explicit ImportChoiceDelegate(FinderFactory finder, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // Every row as tall as a combo box, editor or not: the rows stay put when one opens.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString skipText();

private:
    FinderFactory m_finder;
    mutable int m_editorHeight = 0;
};
