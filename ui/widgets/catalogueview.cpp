// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueview.h"

#include "uilogging.h"

#include <QElapsedTimer>
#include <QPainter>

using namespace Qt::StringLiterals;

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
    QElapsedTimer frame;
    frame.start();
    QTableView::paintEvent(event);
    paintEmptyText(this, m_emptyText);
    qCDebug(lcUiFrames).noquote() << u"table frame %1 ms"_s.arg(double(frame.nsecsElapsed()) / 1e6,
                                                                0, 'f', 2);
}

void CatalogueView::paintEmptyText(QAbstractItemView *view, const QString &text)
{
    if (text.isEmpty() || !view->model() || view->model()->rowCount() > 0)
        return;
    QPainter painter(view->viewport());
    painter.setPen(view->palette().color(QPalette::PlaceholderText));
    const QRect area = view->viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}
