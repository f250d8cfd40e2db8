// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QListView>

class ApiClient;
class PosterThumbnails;
class PosterWallDelegate;

// The catalogue as a wall of posters: a QListView in icon mode over the catalogue's own model
// (the same search, filters and sort as the table, the same selection), laid out in rows that
// reflow with the width. Pages of films load as they scroll into view, and thumbnails are made
// off the GUI thread (PosterThumbnails); what is not ready yet shows its genre's colour.
// Keyboard: the arrows, Page Up/Down, Home and End move; Tab leaves. When a search or filter
// matches nothing it says so, like the table.
class PosterWall : public QListView
{
    Q_OBJECT
public:
    // A poster's size on the wall, in logical pixels.
    static constexpr QSize PosterSize{120, 180};

    explicit PosterWall(ApiClient *api, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    PosterThumbnails *thumbnails() const { return m_thumbnails; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    PosterThumbnails *m_thumbnails;
    PosterWallDelegate *m_delegate;
    QString m_emptyText;
    // From being shown to the first frame, and to the first frame with every poster in it (the
    // log says both: tools/measure-wall reads them).
    QElapsedTimer m_shown;
    bool m_firstFrameLogged = false;
};
