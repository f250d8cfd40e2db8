// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

// The catalogue's table: Tab leaves it (arrows move within it), and when a search or filter
// matches nothing it says so in its own area, with what caused it, rather than staying blank.
class CatalogueView : public QTableView
{
    Q_OBJECT
public:
    explicit CatalogueView(QWidget *parent = nullptr);

    // Shown, centred, while the model has no rows; empty: nothing.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    // How a view of the catalogue (this table, the poster wall) says that nothing matched.
    static void paintEmptyText(QAbstractItemView *view, const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
};
