// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QPixmap>
#include <QWidget>

class ApiClient;
struct ApiResult;
class QLabel;
class QPushButton;

// The poster in the film's detail panel: the film's own image when it has one (fetched from the
// API and decoded off the GUI thread), its generated art (PosterArt) until then and otherwise.
// An administrator can drop an image file on it, choose one, or remove the poster; the API
// checks and re-encodes what is sent, and a refusal is said under the poster.
class PosterView : public QWidget
{
    Q_OBJECT
public:
    static constexpr QSize PosterSize{180, 270};

    explicit PosterView(ApiClient *api, QWidget *parent = nullptr);

    void setMovie(const QJsonObject &movie);
    void setAdmin(bool admin);
    // Whether the film's own image is shown (not the generated art).
    bool isShowingPoster() const { return m_showingPoster; }
    QLabel *image() const { return m_image; }
    QLabel *error() const { return m_error; }

    // Sends this image file as the film's poster (what dropping or choosing it does).
    void setPosterFile(const QString &path);
    void removePoster();

Q_SIGNALS:
    // The film's poster was set or removed: its hasPoster changed.
    void posterChanged(qint64 movieId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showArt();
    void fetch();
    void chooseFile();
    // The answer to a set or a removal: said under the poster when refused.
    void changed(qint64 movieId, const ApiResult &result);

    ApiClient *m_api;
    QJsonObject m_movie;
    bool m_admin = false;
    bool m_showingPoster = false;
    quint64 m_generation = 0; // answers for a film no longer shown are dropped
    QLabel *m_image;
    QLabel *m_error;
    QPushButton *m_choose;
    QPushButton *m_remove;
};
