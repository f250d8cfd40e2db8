// SPDX-License-Identifier: GPL-3.0-or-later
#include "importchoicedelegate.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ImportChoiceDelegate::ImportChoiceDelegate(FinderFactory finder, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_finder(std::move(finder))
{ }

QString ImportChoiceDelegate::skipText()
{
    return tr("Skip this row");
}

QWidget *ImportChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    QComboBox *box = nullptr;
    const QVariant candidates = index.data(CandidatesRole);
    if (candidates.isValid()) {
        box = new QComboBox(parent);
        box->setObjectName(u"choice"_s);
        box->addItem(skipText(), 0);
        for (const QVariant &candidate : candidates.toList()) {
            const QVariantMap film = candidate.toMap();
            box->addItem(film.value(u"text"_s).toString(), film.value(u"id"_s));
        }
    } else {
        box = m_finder(parent, index.data(TitleRole).toString());
        box->lineEdit()->setPlaceholderText(tr("Type to find the film"));
        // Typing after a pick undoes it: text that names no film found is no choice.
        connect(box->lineEdit(), &QLineEdit::textEdited, this,
                [this, box] { Q_EMIT const_cast<ImportChoiceDelegate *>(this)->commitData(box); });
    }
    connect(box, &QComboBox::currentIndexChanged, this,
            [this, box] { Q_EMIT const_cast<ImportChoiceDelegate *>(this)->commitData(box); });
    return box;
}

void ImportChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    const qint64 chosen = index.data(ChoiceRole).toLongLong();
    if (chosen == 0 || box->currentData().toLongLong() == chosen)
        return; // nothing chosen (what is typed in a finder stays), or shown already
    int at = box->findData(chosen);
    if (at < 0) { // a finder reopened on a film it found before
        box->addItem(index.data(Qt::DisplayRole).toString(), chosen);
        at = box->count() - 1;
    }
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(at);
}

void ImportChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    const auto *box = static_cast<QComboBox *>(editor);
    // (In a finder, text typed but no film picked is no choice.)
    const bool picked = box->currentIndex() > 0
            && (!box->isEditable() || box->itemText(box->currentIndex()) == box->currentText());
    const qint64 id = picked ? box->currentData().toLongLong() : 0;
    model->setData(index, id, ChoiceRole);
    model->setData(index, picked ? box->itemText(box->currentIndex()) : skipText(),
                   Qt::DisplayRole);
}

void ImportChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

QSize ImportChoiceDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_editorHeight == 0)
        m_editorHeight = QComboBox().sizeHint().height();
    size.setHeight(qMax(size.height(), m_editorHeight));
    return size;
}
