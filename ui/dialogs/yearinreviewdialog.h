// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>
#include <QJsonObject>

class QLabel;

// A year in review (YearInReview) in a window: the page as it will be saved, "Save as PNG…" (at
// twice the resolution, for sharing), "Copy image" and Close.
class YearInReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // stats: a GET /stats?year= answer.
    explicit YearInReviewDialog(const QJsonObject &stats, QWidget *parent = nullptr);

    QImage image() const { return m_image; }
    bool save(const QString &path) const;

private:
    void saveAs();

    QImage m_image;
    int m_year;
    QLabel *m_status;
};
