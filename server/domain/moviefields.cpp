#include "moviefields.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<MovieFields::Field, MovieFields::Count> fields {{
        {"title", "title", MovieFields::Kind::Text},
        {"year", "year", MovieFields::Kind::Integer},
        {"releaseDate", "release_date", MovieFields::Kind::Date},
        {"genre", "genre", MovieFields::Kind::Text},
        {"director", "director", MovieFields::Kind::Text},
        {"runtimeMinutes", "runtime_minutes", MovieFields::Kind::Integer},
        {"mpaaRating", "mpaa_rating", MovieFields::Kind::Text},
        {"imdbRating", "imdb_rating", MovieFields::Kind::Real},
        {"rottenTomatoesRating", "rotten_tomatoes_rating", MovieFields::Kind::Integer},
        {"distributor", "distributor", MovieFields::Kind::Text},
        {"usGross", "us_gross", MovieFields::Kind::Integer},
        {"worldwideGross", "worldwide_gross", MovieFields::Kind::Integer},
        {"productionBudget", "production_budget", MovieFields::Kind::Integer},
}};
} // namespace

const std::array<MovieFields::Field, MovieFields::Count> &MovieFields::all()
{
    return fields;
}

QString MovieFields::selectList(const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    QStringList columns {prefix + u"id"_s};
    for (const Field &f : fields)
        columns << prefix + QLatin1StringView(f.column);
    return columns.join(u", "_s);
}

QJsonObject MovieFields::fromRow(const QSqlQuery &row)
{
    QJsonObject movie {{u"id"_s, row.value(0).toLongLong()}};
    int column = 1;
    for (const Field &f : fields) {
        const QVariant v = row.value(column++);
        QJsonValue value;
        if (!v.isNull()) {
            switch (f.kind) {
            case Kind::Text:
            case Kind::Date:
                value = v.toString();
                break;
            case Kind::Integer:
                value = v.toLongLong();
                break;
            case Kind::Real:
                value = v.toDouble();
                break;
            }
        }
        movie.insert(QLatin1StringView(f.json), value);
    }
    return movie;
}
