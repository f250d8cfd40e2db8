// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QJsonObject>
#include <QSize>

// The art a film without a poster gets: its title, year and director laid out on a colour
// derived from its genre, drawn (not scaled) at the size asked for, so it is crisp at every size
// and device pixel ratio. Deterministic: the same film gives the same image. Films of one genre
// share a hue; each film's id varies the shade and the angle of its bands, so two films side by
// side never look the same even when their titles do. Nothing is fetched; nothing copyrighted.
class PosterArt
{
public:
    // The poster's shape (width : height), as film posters are.
    static constexpr double AspectRatio = 2.0 / 3.0;

    // movie: a Movie of the API ("id", "title", "year", "director", "genre").
    static QImage render(const QJsonObject &movie, QSize logicalSize, qreal devicePixelRatio = 1);
    // The genre's hue, 0-359 (a film without a genre gets a neutral grey-blue).
    static int hueOf(const QString &genre);
    static QColor background(const QJsonObject &movie);
};
