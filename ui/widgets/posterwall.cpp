// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterwall.h"

#include "uilogging.h"
#include "widgets/catalogueview.h"
#include "widgets/posterthumbnails.h"
#include "widgets/posterwalldelegate.h"

#include <QScrollBar>

using namespace Qt::StringLiterals;

PosterWall::PosterWall(ApiClient *api, QWidget *parent)
    : QListView(parent)
    , m_thumbnails(new PosterThumbnails(api, this))
    , m_delegate(new PosterWallDelegate(m_thumbnails, this))
{
    setObjectName(u"posterWall"_s);
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static); // the order is the catalogue's sort, not the person's
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true); // one size for every film: the layout never asks each row
    setLayoutMode(QListView::SinglePass);
    setSpacing(0);
    setDragEnabled(false);
    setAcceptDrops(false);
    setSelectionRectVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(m_delegate);
    setMouseTracking(false);
    connect(m_thumbnails, &PosterThumbnails::ready, viewport(), qOverload<>(&QWidget::update));
}

void PosterWall::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void PosterWall::showEvent(QShowEvent *event)
{
    // A wheel notch moves about a third of a row.
    verticalScrollBar()->setSingleStep(PosterSize.height() / 3);
    m_shown.start();
    m_firstFrameLogged = false;
    QListView::showEvent(event);
}

void PosterWall::paintEvent(QPaintEvent *event)
{
    // Thumbnails for this screen's pixel ratio (a move to another screen makes new ones).
    m_thumbnails->setSize(PosterSize, devicePixelRatioF());
    QElapsedTimer frame;
    frame.start();
    m_delegate->resetMissing();
    QListView::paintEvent(event);
    CatalogueView::paintEmptyText(this, m_emptyText);
    qCDebug(lcUiFrames) << "poster wall frame:" << frame.nsecsElapsed() / 1000 << "µs,"
                        << m_delegate->missing() << "posters not ready";
    if (!m_shown.isValid())
        return;
    if (!m_firstFrameLogged) {
        m_firstFrameLogged = true;
        qCInfo(lcUi) << "poster wall first frame:" << m_shown.elapsed() << "ms;"
                     << model()->rowCount() << "films";
    }
    if (m_delegate->missing() == 0 && model()->rowCount() > 0) {
        qCInfo(lcUi) << "poster wall complete:" << m_shown.elapsed() << "ms";
        m_shown.invalidate();
    }
}
