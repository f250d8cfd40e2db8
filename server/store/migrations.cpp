// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

struct Migration
{
    int version;
    std::initializer_list<const char *> statements;
};

// Append new versions at the end; never edit one that has shipped.
const Migration migrations[] = {
        {1,
         {
                 R"(CREATE TABLE users (
                    id INTEGER PRIMARY KEY,
                    email TEXT NOT NULL,
                    email_key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'user')),
                    password_hash TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    last_login_at INTEGER))",
                 R"(CREATE TABLE movies (
                    id INTEGER PRIMARY KEY,
                    title TEXT,
                    year INTEGER,
                    release_date TEXT,
                    genre TEXT,
                    director TEXT,
                    runtime_minutes INTEGER,
                    mpaa_rating TEXT,
                    imdb_rating REAL,
                    rotten_tomatoes_rating INTEGER,
                    distributor TEXT,
                    us_gross INTEGER,
                    worldwide_gross INTEGER,
                    production_budget INTEGER))",
                 "CREATE INDEX movies_title ON movies (title COLLATE NOCASE)",
                 "CREATE INDEX movies_year ON movies (year)",
                 "CREATE INDEX movies_rating ON movies (imdb_rating)",
                 "CREATE INDEX movies_genre ON movies (genre COLLATE NOCASE)",
                 // Full-text search over title and director, kept in step by triggers.
                 R"(CREATE VIRTUAL TABLE movies_fts USING fts5 (
                    title, director, content='movies', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2'))",
                 R"(CREATE TRIGGER movies_fts_insert AFTER INSERT ON movies BEGIN
                    INSERT INTO movies_fts (rowid, title, director)
                    VALUES (new.id, new.title, new.director);
                    END)",
                 R"(CREATE TRIGGER movies_fts_delete AFTER DELETE ON movies BEGIN
                    INSERT INTO movies_fts (movies_fts, rowid, title, director)
                    VALUES ('delete', old.id, old.title, old.director);
                    END)",
                 R"(CREATE TRIGGER movies_fts_update AFTER UPDATE OF title, director ON movies BEGIN
                    INSERT INTO movies_fts (movies_fts, rowid, title, director)
                    VALUES ('delete', old.id, old.title, old.director);
                    INSERT INTO movies_fts (rowid, title, director)
                    VALUES (new.id, new.title, new.director);
                    END)",
                 // One row per login; refresh and access tokens hang off it, so revoking the
                 // session refuses all of them at once.
                 R"(CREATE TABLE sessions (
                    id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    created_at INTEGER NOT NULL,
                    revoked_at INTEGER))",
                 "CREATE INDEX sessions_user ON sessions (user_id)",
                 R"(CREATE TABLE refresh_tokens (
                    token_hash BLOB PRIMARY KEY,
                    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                    expires_at INTEGER NOT NULL,
                    used_at INTEGER)
                    WITHOUT ROWID)",
                 "CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)",
                 R"(CREATE TABLE access_tokens (
                    jti TEXT PRIMARY KEY,
                    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                    expires_at INTEGER NOT NULL)
                    WITHOUT ROWID)",
                 "CREATE INDEX access_tokens_session ON access_tokens (session_id)",
         }},
        // 2: sorting by title ignores a leading article ("The Matrix" files under M), and
        // director, running time and Rotten Tomatoes can be sorted; then the 18 bundled titles
        // that were read in the wrong encoding (resources/data/README.md) are repaired in
        // databases seeded before MovieSeeder::repairTitle. Only the exact broken titles are
        // touched; the FTS update trigger re-indexes them, so "deja" finds "Déjà Vu".
        {2,
         {
                 R"(ALTER TABLE movies ADD COLUMN sort_title TEXT GENERATED ALWAYS AS (
                    CASE
                        WHEN title LIKE 'the %' THEN substr(title, 5)
                        WHEN title LIKE 'an %' THEN substr(title, 4)
                        WHEN title LIKE 'a %' THEN substr(title, 3)
                        ELSE title
                    END) VIRTUAL)",
                 "CREATE INDEX movies_sort_title ON movies (sort_title COLLATE NOCASE)",
                 "CREATE INDEX movies_director ON movies (director COLLATE NOCASE)",
                 "CREATE INDEX movies_runtime ON movies (runtime_minutes)",
                 "CREATE INDEX movies_tomatoes ON movies (rotten_tomatoes_rating)",
                 "UPDATE movies SET title = 'Astérix aux Jeux Olympiques' WHERE title = 'AstÈrix "
                 "aux Jeux Olympiques'",
                 "UPDATE movies SET title = 'De battre mon coeur s''est arrêté' WHERE title = 'De "
                 "battre mon coeur s''est arrÍtÈ'",
                 "UPDATE movies SET title = 'Les Bronzés 3: amis pour la vie' WHERE title = 'Les "
                 "BronzÈs 3: amis pour la vie'",
                 "UPDATE movies SET title = 'Per qualche dollaro in più' WHERE title = 'Per "
                 "qualche dollaro in pi˘'",
                 "UPDATE movies SET title = 'I Love You … Don''t Touch Me!' WHERE title = 'I Love "
                 "You Ö Don''t Touch Me!'",
                 "UPDATE movies SET title = 'The Naked Gun 2½: The Smell of Fear' WHERE title = "
                 "'The Naked Gun 2Ω: The Smell of Fear'",
                 "UPDATE movies SET title = 'Léon' WHERE title = 'LÈon'",
                 "UPDATE movies SET title = 'Le Fabuleux destin d''Amélie Poulain' WHERE title = "
                 "'Le Fabuleux destin d''AmÈlie Poulain'",
                 "UPDATE movies SET title = 'Aimée & Jaguar' WHERE title = 'AimÈe & Jaguar'",
                 "UPDATE movies SET title = 'La mala educación' WHERE title = 'La mala educaciÛn'",
                 "UPDATE movies SET title = 'Caché' WHERE title = 'CachÈ'",
                 "UPDATE movies SET title = 'Die Fälscher' WHERE title = 'Die F‰lscher'",
                 "UPDATE movies SET title = 'Déjà Vu' WHERE title = 'DÈj‡ Vu'",
                 "UPDATE movies SET title = 'Indigènes' WHERE title = 'IndigËnes'",
                 "UPDATE movies SET title = 'Obsluhoval jsem anglického krále' WHERE title = "
                 "'Obsluhoval jsem anglickÈho kr·le'",
                 "UPDATE movies SET title = 'La Môme' WHERE title = 'La MÙme'",
                 "UPDATE movies SET title = 'Joyeux Noël' WHERE title = 'Joyeux NoÎl'",
                 "UPDATE movies SET title = 'Molière' WHERE title = 'MoliËre'",
         }},
        // 3: each user's own film life (issue 12). user_movies holds a user's relation to a
        // film (rating, watchlist, favourite, notes) and, kept by triggers on viewings, how often
        // and when last it was watched, so the list can filter and sort on them with an index.
        // Everything personal goes with the user or the film (ON DELETE CASCADE).
        {3,
         {
                 R"(CREATE TABLE user_movies (
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
                    rating REAL CHECK (rating IS NULL OR (rating BETWEEN 0.5 AND 5)),
                    watchlist INTEGER NOT NULL DEFAULT 0,
                    favourite INTEGER NOT NULL DEFAULT 0,
                    notes TEXT,
                    times_watched INTEGER NOT NULL DEFAULT 0,
                    last_watched_on TEXT,
                    PRIMARY KEY (user_id, movie_id))
                    WITHOUT ROWID)",
                 "CREATE INDEX user_movies_rating ON user_movies (user_id, rating)",
                 "CREATE INDEX user_movies_watched ON user_movies (user_id, last_watched_on)",
                 "CREATE INDEX user_movies_movie ON user_movies (movie_id)",
                 R"(CREATE TABLE user_tags (
                    user_id INTEGER NOT NULL,
                    movie_id INTEGER NOT NULL,
                    tag TEXT NOT NULL,
                    tag_key TEXT NOT NULL,
                    PRIMARY KEY (user_id, movie_id, tag_key),
                    FOREIGN KEY (user_id, movie_id) REFERENCES user_movies (user_id, movie_id)
                        ON DELETE CASCADE)
                    WITHOUT ROWID)",
                 "CREATE INDEX user_tags_tag ON user_tags (user_id, tag_key)",
                 R"(CREATE TABLE viewings (
                    id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    movie_id INTEGER NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
                    watched_on TEXT NOT NULL,
                    rewatch INTEGER NOT NULL DEFAULT 0,
                    rating REAL CHECK (rating IS NULL OR (rating BETWEEN 0.5 AND 5)),
                    note TEXT,
                    created_at INTEGER NOT NULL))",
                 "CREATE INDEX viewings_user_date ON viewings (user_id, watched_on, id)",
                 "CREATE INDEX viewings_user_movie ON viewings (user_id, movie_id)",
                 "CREATE INDEX viewings_movie ON viewings (movie_id)",
                 R"(CREATE TRIGGER viewings_insert AFTER INSERT ON viewings BEGIN
                    INSERT INTO user_movies (user_id, movie_id) VALUES (new.user_id, new.movie_id)
                        ON CONFLICT DO NOTHING;
                    UPDATE user_movies SET
                        times_watched = (SELECT COUNT(*) FROM viewings v
                            WHERE v.user_id = new.user_id AND v.movie_id = new.movie_id),
                        last_watched_on = (SELECT MAX(watched_on) FROM viewings v
                            WHERE v.user_id = new.user_id AND v.movie_id = new.movie_id)
                        WHERE user_id = new.user_id AND movie_id = new.movie_id;
                    END)",
                 R"(CREATE TRIGGER viewings_update AFTER UPDATE OF watched_on ON viewings BEGIN
                    UPDATE user_movies SET
                        last_watched_on = (SELECT MAX(watched_on) FROM viewings v
                            WHERE v.user_id = new.user_id AND v.movie_id = new.movie_id)
                        WHERE user_id = new.user_id AND movie_id = new.movie_id;
                    END)",
                 R"(CREATE TRIGGER viewings_delete AFTER DELETE ON viewings BEGIN
                    UPDATE user_movies SET
                        times_watched = (SELECT COUNT(*) FROM viewings v
                            WHERE v.user_id = old.user_id AND v.movie_id = old.movie_id),
                        last_watched_on = (SELECT MAX(watched_on) FROM viewings v
                            WHERE v.user_id = old.user_id AND v.movie_id = old.movie_id)
                        WHERE user_id = old.user_id AND movie_id = old.movie_id;
                    END)",
         }},
        // 4: user_tags with its key columns first. SQLite 3.40's integrity check reports "NULL
        // value in user_tags.tag" for a WITHOUT ROWID table whose NOT NULL column comes before
        // a key column (tag before tag_key), although no such NULL exists; with the key first it
        // does not. Same rows, same index.
        {4,
         {
                 R"(CREATE TABLE user_tags_v4 (
                    user_id INTEGER NOT NULL,
                    movie_id INTEGER NOT NULL,
                    tag_key TEXT NOT NULL,
                    tag TEXT NOT NULL,
                    PRIMARY KEY (user_id, movie_id, tag_key),
                    FOREIGN KEY (user_id, movie_id) REFERENCES user_movies (user_id, movie_id)
                        ON DELETE CASCADE)
                    WITHOUT ROWID)",
                 R"(INSERT INTO user_tags_v4 (user_id, movie_id, tag_key, tag)
                    SELECT user_id, movie_id, tag_key, tag FROM user_tags)",
                 "DROP TABLE user_tags",
                 "ALTER TABLE user_tags_v4 RENAME TO user_tags",
                 "CREATE INDEX user_tags_tag ON user_tags (user_id, tag_key)",
         }},
        // 5: imports of a film history (issue 13), with what each changed so that it can be
        // undone exactly: the viewings it added, the notes it set on viewings already there,
        // and each film's own row before and after it. And the films a person chose for rows
        // the matching could not decide, so a second import asks nothing.
        {5,
         {
                 R"(CREATE TABLE imports (
                    id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    created_at INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    files TEXT NOT NULL,
                    rows INTEGER NOT NULL,
                    summary TEXT NOT NULL))",
                 "CREATE INDEX imports_user ON imports (user_id, id)",
                 R"(CREATE TABLE import_viewings (
                    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
                    viewing_id INTEGER NOT NULL,
                    PRIMARY KEY (import_id, viewing_id))
                    WITHOUT ROWID)",
                 R"(CREATE TABLE import_notes (
                    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
                    viewing_id INTEGER NOT NULL,
                    before_note TEXT,
                    after_note TEXT,
                    PRIMARY KEY (import_id, viewing_id))
                    WITHOUT ROWID)",
                 R"(CREATE TABLE import_mine (
                    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
                    movie_id INTEGER NOT NULL,
                    had_row INTEGER NOT NULL,
                    before_state TEXT NOT NULL,
                    after_state TEXT,
                    PRIMARY KEY (import_id, movie_id))
                    WITHOUT ROWID)",
                 R"(CREATE TABLE import_choices (
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    row_key TEXT NOT NULL,
                    movie_id INTEGER,
                    PRIMARY KEY (user_id, row_key))
                    WITHOUT ROWID)",
         }},
        // 6: posters (issue 14), one per film, stored re-encoded; the ETag is the image's hash.
        {6,
         {
                 R"(CREATE TABLE posters (
                    movie_id INTEGER PRIMARY KEY REFERENCES movies (id) ON DELETE CASCADE,
                    content_type TEXT NOT NULL,
                    etag TEXT NOT NULL,
                    width INTEGER NOT NULL,
                    height INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    image BLOB NOT NULL))",
         }},
        // 7: a session remembers its client (X-Client-Name at login) and when it was last used
        // (issue 15).
        {7,
         {
                 "ALTER TABLE sessions ADD COLUMN client TEXT NOT NULL DEFAULT 'unknown'",
                 "ALTER TABLE sessions ADD COLUMN last_used_at INTEGER",
         }},
        // 8: each account's own security history, its recovery codes (stored as hashes, each
        // spent once), and why a session was ended when its holder should be told (issue 15).
        {8,
         {
                 "ALTER TABLE sessions ADD COLUMN revoked_reason TEXT",
                 R"(CREATE TABLE security_events (
                    id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    at INTEGER NOT NULL,
                    type TEXT NOT NULL,
                    client TEXT NOT NULL,
                    address TEXT NOT NULL))",
                 "CREATE INDEX security_events_user ON security_events (user_id, id)",
                 "CREATE INDEX security_events_at ON security_events (at)",
                 R"(CREATE TABLE recovery_codes (
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    code_hash BLOB NOT NULL,
                    created_at INTEGER NOT NULL,
                    used_at INTEGER,
                    PRIMARY KEY (user_id, code_hash))
                    WITHOUT ROWID)",
         }},
        // 9: a million films at typing speed (issue 16). The search index keeps prefixes of one
        // to three characters, so the first keystrokes read one list instead of merging every
        // word that starts so. Each sort has an index in each direction whose expressions are
        // the ORDER BY's own (MovieSql::orderBy): unknown values last either way, ties by title
        // then id, so a sorted page is read in order from an index at any depth. The size of
        // the catalogue is kept by triggers, so an unfiltered page need not count a million rows.
        {9,
         {
                 "DROP TRIGGER movies_fts_insert",
                 "DROP TRIGGER movies_fts_delete",
                 "DROP TRIGGER movies_fts_update",
                 "DROP TABLE movies_fts",
                 R"(CREATE VIRTUAL TABLE movies_fts USING fts5 (
                    title, director, content='movies', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'))",
                 R"(CREATE TRIGGER movies_fts_insert AFTER INSERT ON movies BEGIN
                    INSERT INTO movies_fts (rowid, title, director)
                    VALUES (new.id, new.title, new.director);
                    END)",
                 R"(CREATE TRIGGER movies_fts_delete AFTER DELETE ON movies BEGIN
                    INSERT INTO movies_fts (movies_fts, rowid, title, director)
                    VALUES ('delete', old.id, old.title, old.director);
                    END)",
                 R"(CREATE TRIGGER movies_fts_update AFTER UPDATE OF title, director ON movies BEGIN
                    INSERT INTO movies_fts (movies_fts, rowid, title, director)
                    VALUES ('delete', old.id, old.title, old.director);
                    INSERT INTO movies_fts (rowid, title, director)
                    VALUES (new.id, new.title, new.director);
                    END)",
                 "INSERT INTO movies_fts (movies_fts) VALUES ('rebuild')",
                 // One segment: a probe of the index for one film reads one b-tree, not several
                 // (three to five times faster at a million films).
                 "INSERT INTO movies_fts (movies_fts) VALUES ('optimize')",
                 "DROP INDEX movies_sort_title",
                 "DROP INDEX movies_tomatoes",
                 // Each filter's index carries the other filters' columns, so that counting the
                 // matches of several filters never looks up a film (at a million films,
                 // maxRuntime=100&minImdb=7 took 200 ms counting through one index and the
                 // films it pointed to).
                 "DROP INDEX movies_year",
                 "DROP INDEX movies_rating",
                 "DROP INDEX movies_genre",
                 "DROP INDEX movies_runtime",
                 "CREATE INDEX movies_year ON movies (year, genre COLLATE NOCASE, "
                 "runtime_minutes, imdb_rating)",
                 "CREATE INDEX movies_genre ON movies (genre COLLATE NOCASE, year, "
                 "runtime_minutes, imdb_rating)",
                 "CREATE INDEX movies_runtime ON movies (runtime_minutes, imdb_rating, year, "
                 "genre COLLATE NOCASE)",
                 "CREATE INDEX movies_rating ON movies (imdb_rating, runtime_minutes, year, "
                 "genre COLLATE NOCASE)",
                 "CREATE INDEX movies_by_title ON movies (sort_title IS NULL, "
                 "sort_title COLLATE NOCASE)",
                 "CREATE INDEX movies_by_title_desc ON movies (sort_title IS NOT NULL, "
                 "sort_title COLLATE NOCASE)",
                 "CREATE INDEX movies_by_year ON movies (year IS NULL, year)",
                 "CREATE INDEX movies_by_year_desc ON movies (year IS NOT NULL, year)",
                 "CREATE INDEX movies_by_rating ON movies (imdb_rating IS NULL, imdb_rating)",
                 "CREATE INDEX movies_by_rating_desc ON movies (imdb_rating IS NOT NULL, "
                 "imdb_rating)",
                 "CREATE INDEX movies_by_runtime ON movies (runtime_minutes IS NULL, "
                 "runtime_minutes)",
                 "CREATE INDEX movies_by_runtime_desc ON movies (runtime_minutes IS NOT NULL, "
                 "runtime_minutes)",
                 "CREATE INDEX movies_by_tomatoes ON movies (rotten_tomatoes_rating IS NULL, "
                 "rotten_tomatoes_rating)",
                 "CREATE INDEX movies_by_tomatoes_desc ON movies (rotten_tomatoes_rating IS NOT "
                 "NULL, rotten_tomatoes_rating)",
                 "CREATE INDEX movies_by_director ON movies (director IS NULL, "
                 "director COLLATE NOCASE, sort_title COLLATE NOCASE)",
                 "CREATE INDEX movies_by_director_desc ON movies (director IS NOT NULL, "
                 "director COLLATE NOCASE, sort_title COLLATE NOCASE)",
                 "CREATE INDEX movies_by_genre ON movies (genre IS NULL, genre COLLATE NOCASE, "
                 "sort_title COLLATE NOCASE)",
                 "CREATE INDEX movies_by_genre_desc ON movies (genre IS NOT NULL, "
                 "genre COLLATE NOCASE, sort_title COLLATE NOCASE)",
                 "CREATE TABLE catalogue_size (films INTEGER NOT NULL)",
                 "INSERT INTO catalogue_size (films) SELECT COUNT(*) FROM movies",
                 R"(CREATE TRIGGER movies_count_insert AFTER INSERT ON movies BEGIN
                    UPDATE catalogue_size SET films = films + 1;
                    END)",
                 R"(CREATE TRIGGER movies_count_delete AFTER DELETE ON movies BEGIN
                    UPDATE catalogue_size SET films = films - 1;
                    END)",
         }},
};

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Fault failed(const Migration &m, const QSqlQuery &q)
{
    return Fault(Fault::Kind::Unusable,
                 u"migration %1 failed: %2"_s.arg(m.version).arg(q.lastError().text()));
}

Done applyOne(QSqlDatabase &db, const Migration &m)
{
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return failed(m, q);
    // Another process may have migrated while we waited for the lock.
    if (currentVersion(db) >= m.version)
        return q.exec(u"COMMIT"_s) ? Done() : Done(failed(m, q));
    for (const char *sql : m.statements) {
        if (!q.exec(QString::fromUtf8(sql))) {
            const Fault fault = failed(m, q);
            q.exec(u"ROLLBACK"_s);
            return fault;
        }
    }
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(m.version)) || !q.exec(u"COMMIT"_s)) {
        const Fault fault = failed(m, q);
        q.exec(u"ROLLBACK"_s);
        return fault;
    }
    qCInfo(lcDb) << "database schema now at version" << m.version;
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    return std::size(migrations) ? migrations[std::size(migrations) - 1].version : 0;
}

Done Migrations::apply(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int version = currentVersion(db);
    if (version < 0)
        return Fault(Fault::Kind::Unusable, u"cannot read the schema version"_s);
    if (version > latestVersion())
        return Fault(Fault::Kind::Unusable,
                     u"the database was written by a newer Reelvault (schema %1, this build "
                     u"knows %2)"_s.arg(version)
                             .arg(latestVersion()));
    for (const Migration &m : migrations) {
        if (m.version <= version || m.version > target)
            continue;
        if (Done applied = applyOne(db, m); !applied)
            return applied;
    }
    return {};
}
