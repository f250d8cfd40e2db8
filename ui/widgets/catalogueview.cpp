// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueview.h"

#include <QPainter>

CatalogueView::CatalogueView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(false);
}

void CatalogueView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void CatalogueView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}
