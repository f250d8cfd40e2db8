// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreader.h"

#include "import/csvreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <zip.h>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Expected = u"Expected a Letterboxd export (the ZIP, or diary.csv, ratings.csv, "
                         u"watched.csv, watchlist.csv, likes/films.csv or reviews.csv from it), "
                         u"an IMDb ratings or list export (CSV), or Reelvault's own JSON export."_s;

Fault unrecognised(const QString &why)
{
    return Fault(Fault::Kind::UnrecognisedFormat, why + u' ' + Expected);
}

using Source = ImportRow::Source;

// The Letterboxd files of an export, by their path in the ZIP.
std::optional<Source> letterboxdFile(const QString &path)
{
    const QString p = path.toLower();
    const auto is = [&p](const QString &name) { return p == name || p.endsWith(u'/' + name); };
    if (p.startsWith(u"deleted/"_s) || p.startsWith(u"orphaned/"_s) || p.contains(u"/deleted/"_s)
        || p.contains(u"/orphaned/"_s) || p.contains(u"lists/"_s))
        return std::nullopt;
    if (is(u"likes/films.csv"_s))
        return Source::Likes;
    if (p.contains(u'/') && !p.endsWith(u"/diary.csv"_s) && !p.endsWith(u"/ratings.csv"_s)
        && !p.endsWith(u"/watched.csv"_s) && !p.endsWith(u"/watchlist.csv"_s)
        && !p.endsWith(u"/reviews.csv"_s))
        return std::nullopt;
    if (is(u"diary.csv"_s))
        return Source::Diary;
    if (is(u"ratings.csv"_s))
        return Source::Ratings;
    if (is(u"watched.csv"_s))
        return Source::Watched;
    if (is(u"watchlist.csv"_s))
        return Source::Watchlist;
    if (is(u"reviews.csv"_s))
        return Source::Reviews;
    return std::nullopt;
}

std::optional<QDate> dateOf(const QString &text)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = part.simplified(); !t.isEmpty())
            out << t;
    }
    return out;
}

class Columns
{
public:
    explicit Columns(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i)
            m_index.insert(header[i].trimmed().toLower(), i);
    }
    bool has(const char *name) const { return m_index.contains(QString::fromLatin1(name)); }
    QString value(const QStringList &row, const char *name) const
    {
        const int i = m_index.value(QString::fromLatin1(name), -1);
        return i >= 0 && i < row.size() ? row[i].trimmed() : QString();
    }

private:
    QHash<QString, int> m_index;
};

// Which file a CSV is, from its header (and its name where the header cannot tell).
Result<Source> sourceOf(const Columns &c, const QString &fileName)
{
    if (c.has("letterboxd uri") && c.has("name")) {
        if (c.has("review"))
            return Source::Reviews;
        if (c.has("watched date") || c.has("rewatch"))
            return Source::Diary;
        if (c.has("rating"))
            return Source::Ratings;
        if (const auto named = letterboxdFile(fileName); named
            && (*named == Source::Watched || *named == Source::Watchlist
                || *named == Source::Likes))
            return *named;
        return unrecognised(u"A file with the columns Date, Name, Year and Letterboxd URI may be "
                            u"watched.csv, watchlist.csv or likes/films.csv; send it with its "
                            u"name (fileName) or inside the export's ZIP."_s);
    }
    if (c.has("const") && c.has("title") && c.has("title type")) {
        if (c.has("position"))
            return Source::ImdbList;
        if (c.has("your rating"))
            return Source::ImdbRatings;
    }
    return unrecognised(u"Its first line is not a header this importer knows."_s);
}

QString fileNameOf(Source source)
{
    switch (source) {
    case Source::Diary:
        return u"diary.csv"_s;
    case Source::Reviews:
        return u"reviews.csv"_s;
    case Source::Ratings:
        return u"ratings.csv"_s;
    case Source::Watched:
        return u"watched.csv"_s;
    case Source::Watchlist:
        return u"watchlist.csv"_s;
    case Source::Likes:
        return u"likes/films.csv"_s;
    case Source::ImdbRatings:
        return u"ratings.csv"_s;
    case Source::ImdbList:
        return u"list.csv"_s;
    case Source::ExportFilm:
    case Source::ExportViewing:
        return u"reelvault.json"_s;
    }
    return {};
}

// The rows of one CSV file into set; its format is said in *format.
Done readRows(const QByteArray &data, const QString &fileName, ImportSet *set, QString *format)
{
    CsvReader reader(data);
    QStringList header;
    if (!reader.next(&header)) {
        if (reader.hasError())
            return unrecognised(reader.error() + u'.');
        return unrecognised(u"The file is empty."_s);
    }
    const Columns c(header);
    const auto source = sourceOf(c, fileName);
    if (!source)
        return source.fault();
    const bool imdb = *source == Source::ImdbRatings || *source == Source::ImdbList;
    *format = imdb ? (*source == Source::ImdbList ? u"imdb-list"_s : u"imdb-ratings"_s)
                   : u"letterboxd"_s;
    const QString file = fileName.isEmpty() ? fileNameOf(*source) : fileName;
    set->files << file;
    QStringList fields;
    while (reader.next(&fields)) {
        ImportRow row;
        row.source = *source;
        row.file = file;
        row.line = reader.line();
        const QString year = c.value(fields, "year");
        bool numeric = false;
        const int y = year.toInt(&numeric);
        if (numeric && y > 0)
            row.year = y;
        if (imdb) {
            row.title = c.value(fields, "title");
            row.originalTitle = c.value(fields, "original title");
            row.externalId = c.value(fields, "const");
            row.directors = listOf(c.value(fields, "directors"));
            row.titleType = c.value(fields, "title type");
            row.isFilm = ImportReader::isFilmType(row.titleType);
            row.rating = ImportReader::halfStars(c.value(fields, "your rating"), 10);
            row.date = dateOf(
                    c.value(fields, *source == Source::ImdbList ? "created" : "date rated"));
        } else {
            row.title = c.value(fields, "name");
            row.externalId = c.value(fields, "letterboxd uri");
            row.date = dateOf(c.value(fields, "date"));
            row.rating = ImportReader::halfStars(c.value(fields, "rating"), 5);
            row.rewatch = c.value(fields, "rewatch").compare(u"yes"_s, Qt::CaseInsensitive) == 0;
            row.tags = listOf(c.value(fields, "tags"));
            row.review = c.value(fields, "review");
            if (*source == Source::Diary || *source == Source::Reviews)
                row.watchedOn = dateOf(c.value(fields, "watched date"));
            if (*source == Source::Watched)
                row.watchedOn = row.date;
        }
        if (row.title.isEmpty() && row.originalTitle.isEmpty())
            continue; // nothing to match
        set->rows << row;
    }
    if (reader.hasError())
        return unrecognised(file + u": "_s + reader.error() + u'.');
    return {};
}

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

} // namespace

std::optional<double> ImportReader::halfStars(const QString &text, int outOf)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > outOf)
        return std::nullopt;
    const double stars = outOf == 10 ? value / 2 : value;
    const double rounded = std::round(stars * 2) / 2;
    return rounded < 0.5 ? std::nullopt : std::optional(rounded);
}

bool ImportReader::isFilmType(const QString &titleType)
{
    static const QSet<QString> films{u"movie"_s,   u"tvmovie"_s, u"video"_s, u"short"_s,
                                     u"feature"_s, u"film"_s,    u""_s};
    QString key = titleType.toLower();
    key.remove(u' ');
    return films.contains(key);
}

Result<ImportSet> ImportReader::read(const QByteArray &data, const QString &fileName)
{
    if (data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06"))
        return readZip(data);
    const QByteArray start = data.left(64).trimmed();
    if (start.startsWith('{') || start.startsWith("\xEF\xBB\xBF{"))
        return readJson(data);
    return readCsv(data, fileName);
}

Result<ImportSet> ImportReader::readJson(const QByteArray &data)
{
    QJsonParseError error{};
    const QJsonDocument doc
            = QJsonDocument::fromJson(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || root.value("format"_L1).toString() != QLatin1StringView(ExportFormat))
        return unrecognised(u"This JSON is not a Reelvault export."_s);
    if (root.value("version"_L1).toInt() != ExportVersion)
        return unrecognised(u"This Reelvault export is of version %1; this Reelvault reads "
                            u"version %2."_s.arg(root.value("version"_L1).toInt())
                                    .arg(ExportVersion));
    ImportSet set;
    set.format = u"reelvault"_s;
    set.files << u"reelvault.json"_s;
    int index = 0;
    const auto text = [](const QJsonValue &v) { return v.isString() ? v.toString() : QString(); };
    for (const auto &item : root.value("films"_L1).toArray()) {
        ++index;
        const QJsonObject film = item.toObject();
        ImportRow base;
        base.file = set.files.first();
        base.line = index + 1; // "line": the film's place in the file, after the header's
        base.title = text(film.value("title"_L1)).left(1000);
        if (film.value("year"_L1).isDouble())
            base.year = film.value("year"_L1).toInt();
        if (const QString d = text(film.value("director"_L1)); !d.isEmpty())
            base.directors << d;
        if (base.title.isEmpty())
            continue;
        for (const auto &v : film.value("viewings"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            ImportRow row = base;
            row.source = Source::ExportViewing;
            row.watchedOn = dateOf(text(o.value("watchedOn"_L1)));
            if (!row.watchedOn)
                continue;
            row.rewatch = o.value("rewatch"_L1).toBool();
            if (o.value("rating"_L1).isDouble())
                row.rating = halfStars(QString::number(o.value("rating"_L1).toDouble()), 5);
            row.review = text(o.value("note"_L1));
            set.rows << row;
        }
        ImportRow row = base;
        row.source = Source::ExportFilm;
        if (film.value("rating"_L1).isDouble())
            row.rating = halfStars(QString::number(film.value("rating"_L1).toDouble()), 5);
        row.watchlist = film.value("watchlist"_L1).toBool();
        row.favourite = film.value("favourite"_L1).toBool();
        for (const auto &t : film.value("tags"_L1).toArray()) {
            if (const QString tag = text(t).simplified(); !tag.isEmpty())
                row.tags << tag;
        }
        row.notes = text(film.value("notes"_L1));
        set.rows << row;
    }
    return set;
}

Result<ImportSet> ImportReader::readCsv(const QByteArray &data, const QString &fileName)
{
    ImportSet set;
    if (Done done = readRows(data, fileName, &set, &set.format); !done)
        return done.fault();
    return set;
}

Result<ImportSet> ImportReader::readZip(const QByteArray &data)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
            = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return unrecognised(u"The ZIP cannot be read."_s);
    }
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    if (!archive) {
        zip_source_free(source);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return unrecognised(u"The ZIP cannot be read (%1)."_s.arg(why));
    }
    zip_error_fini(&error);
    ImportSet set;
    set.format = u"letterboxd"_s;
    qint64 unpacked = 0;
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    // Files in the order a history is best applied: viewings, then ratings over them, then the
    // rest.
    const QList<Source> order{Source::Diary,   Source::Reviews,   Source::Watched,
                              Source::Ratings, Source::Watchlist, Source::Likes};
    QHash<Source, zip_int64_t> found;
    for (zip_int64_t i = 0; i < entries; ++i) {
        const char *name = zip_get_name(archive.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!name)
            continue;
        if (const auto kind = letterboxdFile(QString::fromUtf8(name));
            kind && !found.contains(*kind))
            found.insert(*kind, i);
    }
    if (found.isEmpty())
        return unrecognised(u"The ZIP holds none of a Letterboxd export's files."_s);
    for (const Source kind : order) {
        if (!found.contains(kind))
            continue;
        const zip_uint64_t index = zip_uint64_t(found.value(kind));
        std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive.get(), index, 0));
        const QString name
                = QString::fromUtf8(zip_get_name(archive.get(), index, ZIP_FL_ENC_GUESS));
        if (!file)
            return unrecognised(u"%1 in the ZIP cannot be read."_s.arg(name));
        // Read as it unpacks, whatever the sizes the ZIP claims: a bomb stops at the limit.
        QByteArray content;
        char buffer[64 * 1024];
        while (true) {
            const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0)
                return unrecognised(u"%1 in the ZIP is damaged."_s.arg(name));
            if (n == 0)
                break;
            unpacked += n;
            if (unpacked > MaxUnpackedBytes)
                return Fault(Fault::Kind::BodyTooLarge,
                             u"The ZIP unpacks to more than 64 MiB; a Letterboxd export is "
                             u"far smaller."_s);
            content.append(buffer, qsizetype(n));
        }
        QString format;
        const QString fileName = fileNameOf(kind);
        if (Done done = readRows(content, fileName, &set, &format); !done)
            return done.fault();
        if (format != u"letterboxd"_s)
            return unrecognised(u"%1 in the ZIP is not a Letterboxd file."_s.arg(name));
    }
    return set;
}
