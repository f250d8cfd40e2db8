// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the query string of GET /moviedata, as the server reads it (ApiRequest's
// target handling, then MovieQuery::parse and the FTS5 expression), and the same string read as
// GET /viewings's and as POST /imports's choices (a JSON object in a parameter). Invariants: a
// query is either accepted within the contract's bounds or refused with a code for each bad
// parameter; the FTS5 expression quotes every term, so user text is never FTS5 syntax; a choice
// is a film id from 1, or 0 for a skip. Then the query runs against a real SQLite catalogue (the
// bundled films, made once): whatever MovieSql builds from it must be SQL that SQLite accepts,
// and the page must keep its bounds.
#include "core/fielderrors.h"
#include "domain/moviequery.h"
#include "domain/viewing.h"
#include "http/apirequest.h"
#include "import/importchoices.h"
#include "store/database.h"
#include "store/moviestore.h"
#include "store/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

namespace {

Database &catalogue()
{
    // Made once and kept for the process (libFuzzer never returns from its loop).
    static QTemporaryDir *dir = new QTemporaryDir;
    static Database *db = [] {
        auto *d = new Database(dir->filePath(QStringLiteral("fuzz.sqlite")));
        if (!d->open())
            abort();
        return d;
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiRequest request;
    request.setTarget(QUrl::fromEncoded("/moviedata?" + raw));
    // GET /viewings reads the same kind of query string.
    if (const auto diary = Viewing::parseFilter(request.query); diary) {
        if (diary->page < 1 || diary->pageSize < 1 || diary->pageSize > 200 || diary->movieId < 0
            || (diary->from && diary->to && *diary->from > *diary->to))
            abort();
    } else if (diary.fault().fields().isEmpty()) {
        abort();
    }
    if (const auto choices = ImportChoices::parse(request.query); choices) {
        for (const qint64 film : *choices) {
            if (film < 0)
                abort();
        }
    } else if (!choices.fault().fields().entries().contains(QStringLiteral("choices"))) {
        abort();
    }
    const auto query = MovieQuery::parse(request.query);
    if (!query) {
        const FieldErrors &errors = query.fault().fields();
        if (errors.isEmpty())
            abort();
        for (auto it = errors.entries().cbegin(); it != errors.entries().cend(); ++it) {
            if (!FieldErrors::knownCodes().contains(it->code) || it->message.isEmpty())
                abort();
        }
        return 0;
    }
    if (query->page < 1 || query->page > MovieQuery::MaxPage || query->pageSize < 1
        || query->pageSize > MovieQuery::MaxPageSize || query->offset() < 0)
        abort();
    if (query->yearFrom && query->yearTo && *query->yearFrom > *query->yearTo)
        abort();
    // Every term is "…"* (FTS5) or '…':* (a tsquery) with no quote inside: nothing of the
    // user's is search syntax on either engine.
    const QStringList words = query->searchWords();
    const QString fts = SqlDialect::of(DatabaseUrl::Engine::Sqlite).searchText(words);
    for (const QString &term : fts.split(u' ', Qt::SkipEmptyParts)) {
        if (term.size() < 4 || !term.startsWith(u'"') || !term.endsWith(QStringLiteral("\"*"))
            || term.sliced(1, term.size() - 3).contains(u'"'))
            abort();
    }
    const QString ts = SqlDialect::of(DatabaseUrl::Engine::Postgres).searchText(words);
    for (const QString &term : ts.split(QStringLiteral(" & "), Qt::SkipEmptyParts)) {
        if (term.size() < 5 || !term.startsWith(u'\'') || !term.endsWith(QStringLiteral("':*"))
            || term.sliced(1, term.size() - 4).contains(u'\'')
            || term.sliced(1, term.size() - 4).contains(u' '))
            abort();
    }
    MovieStore movies(catalogue());
    const auto page = movies.find(*query, 1);
    if (!page || page->total < 0)
        abort();
    const QJsonArray items = QJsonDocument::fromJson(page->items).array();
    if (items.size() > query->pageSize || (items.isEmpty() && query->offset() < page->total))
        abort();
    return 0;
}
