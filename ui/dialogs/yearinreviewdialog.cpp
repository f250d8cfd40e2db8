// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearinreviewdialog.h"

#include "widgets/yearinreview.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

YearInReviewDialog::YearInReviewDialog(const QJsonObject &stats, QWidget *parent)
    : QDialog(parent)
    , m_image(YearInReview::render(stats))
    , m_year(stats.value("year"_L1).toInt())
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("%1 in review").arg(m_year));
    setObjectName(u"yearInReviewDialog"_s);
    auto *page = new QLabel(this);
    page->setObjectName(u"yearInReviewImage"_s);
    page->setPixmap(QPixmap::fromImage(m_image));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setAlignment(Qt::AlignHCenter);
    scroll->setMinimumWidth(YearInReview::PageSize.width() + 24);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"status"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save as PNG…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"save"_s);
    QPushButton *copy = buttons->addButton(tr("&Copy image"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copy"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &YearInReviewDialog::saveAs);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setImage(m_image);
        m_status->setText(tr("The image is on the clipboard."));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(YearInReview::PageSize.width() + 60, 760);
}

bool YearInReviewDialog::save(const QString &path) const
{
    return m_image.save(path, "PNG");
}

void YearInReviewDialog::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the year in review"),
                                                tr("Reelvault %1 in review.png").arg(m_year),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    m_status->setText(save(path) ? tr("Saved to %1.").arg(path)
                                 : tr("The image could not be saved to %1.").arg(path));
}
