// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterview.h"

#include "client/apiclient.h"
#include "client/apierrors.h"
#include "widgets/posterart.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QByteArray contentTypeOf(const QString &path, const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG"))
        return "image/png";
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return "image/webp";
    if (bytes.startsWith("\xFF\xD8"))
        return "image/jpeg";
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"png"_s ? "image/png" : suffix == u"webp"_s ? "image/webp" : "image/jpeg";
}

} // namespace

PosterView::PosterView(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_image(new QLabel(this))
    , m_error(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose poster…"), this))
    , m_remove(new QPushButton(tr("Remove poster"), this))
{
    setObjectName(u"posterView"_s);
    m_image->setObjectName(u"posterImage"_s);
    m_image->setFixedSize(PosterSize);
    m_image->setAlignment(Qt::AlignCenter);
    m_error->setObjectName(u"posterError"_s);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_choose->setObjectName(u"choosePoster"_s);
    m_remove->setObjectName(u"removePoster"_s);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_image, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_choose, &QPushButton::clicked, this, &PosterView::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &PosterView::removePoster);
    setAdmin(false);
}

void PosterView::setAdmin(bool admin)
{
    m_admin = admin;
    setAcceptDrops(admin);
    m_choose->setVisible(admin);
    m_remove->setVisible(admin && m_movie.value("hasPoster"_L1).toBool());
}

void PosterView::setMovie(const QJsonObject &movie)
{
    const bool same = movie.value("id"_L1) == m_movie.value("id"_L1)
            && movie.value("hasPoster"_L1) == m_movie.value("hasPoster"_L1)
            && movie.value("title"_L1) == m_movie.value("title"_L1);
    m_movie = movie;
    setAdmin(m_admin);
    if (same && !movie.isEmpty())
        return; // (a change of "mine" only: the poster stays)
    ++m_generation;
    m_error->hide();
    showArt();
    if (movie.value("hasPoster"_L1).toBool())
        fetch();
}

void PosterView::showArt()
{
    m_showingPoster = false;
    if (m_movie.isEmpty()) {
        m_image->clear();
        return;
    }
    const QImage art = PosterArt::render(m_movie, PosterSize, devicePixelRatioF());
    m_image->setPixmap(QPixmap::fromImage(art));
    m_image->setToolTip({});
}

void PosterView::fetch()
{
    const quint64 generation = m_generation;
    m_api->fetchPoster(
            m_movie.value("id"_L1).toInteger(),
            [this, generation](const ApiResult &result) {
                if (generation != m_generation || !result.ok())
                    return; // another film by now, or none: the art stays
                const QByteArray bytes = result.body;
                const QSize pixels = (QSizeF(PosterSize) * devicePixelRatioF()).toSize();
                auto *watcher = new QFutureWatcher<QImage>(this);
                connect(watcher, &QFutureWatcher<QImage>::finished, this,
                        [this, watcher, generation] {
                            watcher->deleteLater();
                            QImage image = watcher->result();
                            if (generation != m_generation || image.isNull())
                                return;
                            image.setDevicePixelRatio(devicePixelRatioF());
                            m_image->setPixmap(QPixmap::fromImage(image));
                            m_showingPoster = true;
                        });
                watcher->setFuture(QtConcurrent::run([bytes, pixels] {
                    const QImage decoded = QImage::fromData(bytes);
                    return decoded.isNull()
                            ? decoded
                            : decoded.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                }));
            },
            this);
}

void PosterView::setPosterFile(const QString &path)
{
    if (!m_admin || m_movie.isEmpty())
        return;
    m_error->hide();
    QFile file(path);
    if (file.size() > 8 * 1024 * 1024) {
        m_error->setText(tr("This image is larger than 8 MiB."));
        m_error->show();
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        m_error->show();
        return;
    }
    const QByteArray bytes = file.readAll();
    const qint64 id = m_movie.value("id"_L1).toInteger();
    m_api->setPoster(
            id, bytes, contentTypeOf(path, bytes),
            [this, id](const ApiResult &result) { changed(id, result); }, this);
}

void PosterView::removePoster()
{
    if (!m_admin || m_movie.isEmpty())
        return;
    const qint64 id = m_movie.value("id"_L1).toInteger();
    m_api->removePoster(
            id, [this, id](const ApiResult &result) { changed(id, result); }, this);
}

void PosterView::changed(qint64 movieId, const ApiResult &result)
{
    if (!result.ok()) {
        m_error->setText(ApiErrors::message(result));
        m_error->show();
        return;
    }
    Q_EMIT posterChanged(movieId);
}

void PosterView::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a poster"), {},
                                                      tr("Images (*.jpg *.jpeg *.png *.webp)"));
    if (!path.isEmpty())
        setPosterFile(path);
}

void PosterView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_admin && !m_movie.isEmpty() && event->mimeData()->hasUrls()
        && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void PosterView::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    setPosterFile(urls.first().toLocalFile());
}
