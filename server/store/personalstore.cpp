// SPDX-License-Identifier: GPL-3.0-or-later
#include "personalstore.h"

#include "core/clock.h"
#include "core/jsonwriter.h"
#include "database.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

PersonalStore::PersonalStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

quint64 PersonalStore::version(qint64 userId) const
{
    QMutexLocker lock(&m_versionsLock);
    return m_versions.value(userId);
}

void PersonalStore::changed(qint64 userId)
{
    QMutexLocker lock(&m_versionsLock);
    ++m_versions[userId];
}

Result<bool> PersonalStore::filmExists(qint64 movieId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT 1 FROM movies WHERE id = ?"_s);
    StatementScope scope(q);
    return Database::fetchOne(q, {movieId});
}

Result<QByteArray> PersonalStore::mine(qint64 userId, qint64 movieId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + Mine::selectList(m_db.dialect())
                                 + u" FROM movies m LEFT JOIN user_movies um ON um.user_id = ? "
                                   u"AND um.movie_id = m.id WHERE m.id = ?"_s);
    StatementScope scope(q);
    const auto found = Database::fetchOne(q, {userId, movieId});
    if (!found)
        return found.fault();
    if (!*found)
        return Fault::Kind::NotFound;
    JsonWriter out(256);
    Mine::writeObject(out, q, 0);
    return out.take();
}

Done PersonalStore::change(qint64 userId, qint64 movieId, const Mine::Change &c)
{
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun;
    const auto exists = filmExists(movieId);
    if (!exists)
        return exists.fault();
    if (!*exists)
        return Fault::Kind::NotFound;
    {
        QSqlQuery &row = m_db.prepared(u"INSERT INTO user_movies (user_id, movie_id) VALUES (?, ?) "
                                       u"ON CONFLICT DO NOTHING"_s);
        StatementScope scope(row);
        if (Done done = Database::run(row, {userId, movieId}); !done)
            return done;
    }
    QStringList sets;
    QVariantList binds;
    if (c.rating) {
        sets << u"rating = ?"_s;
        binds << (*c.rating ? QVariant(**c.rating) : QVariant(QMetaType::fromType<double>()));
    }
    if (c.watchlist) {
        sets << u"watchlist = ?"_s;
        binds << int(*c.watchlist);
    }
    if (c.favourite) {
        sets << u"favourite = ?"_s;
        binds << int(*c.favourite);
    }
    if (c.notes) {
        sets << u"notes = ?"_s;
        binds << (c.notes->isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(*c.notes));
    }
    if (!sets.isEmpty()) {
        QSqlQuery &update = m_db.prepared(u"UPDATE user_movies SET "_s + sets.join(u", "_s)
                                          + u" WHERE user_id = ? AND movie_id = ?"_s);
        StatementScope scope(update);
        if (Done done = Database::run(update, binds + QVariantList{userId, movieId}); !done)
            return done;
    }
    if (c.tags) {
        QSqlQuery &clear
                = m_db.prepared(u"DELETE FROM user_tags WHERE user_id = ? AND movie_id = ?"_s);
        {
            StatementScope scope(clear);
            if (Done done = Database::run(clear, {userId, movieId}); !done)
                return done;
        }
        QSqlQuery &add = m_db.prepared(
                u"INSERT INTO user_tags (user_id, movie_id, tag, tag_key) VALUES (?, ?, ?, ?)"_s);
        for (const QString &tag : *c.tags) {
            StatementScope scope(add);
            if (Done done = Database::run(add, {userId, movieId, tag, Mine::tagKey(tag)}); !done)
                return done;
        }
    }
    if (Done committed = tx.commit(); !committed)
        return committed;
    changed(userId);
    return {};
}

Result<qint64> PersonalStore::addViewing(qint64 userId, qint64 movieId, const Viewing::Change &v)
{
    Transaction tx(m_db.connection());
    if (Done begun = tx.begun(); !begun)
        return begun.fault();
    const auto exists = filmExists(movieId);
    if (!exists)
        return exists.fault();
    if (!*exists)
        return Fault::Kind::NotFound;
    const QString watchedOn = v.watchedOn->toString(Qt::ISODate);
    bool rewatch = v.rewatch.value_or(false);
    if (!v.rewatch) {
        QSqlQuery &before = m_db.prepared(u"SELECT 1 FROM viewings WHERE user_id = ? AND "
                                          u"movie_id = ? AND watched_on <= ? LIMIT 1"_s);
        StatementScope scope(before);
        const auto seen = Database::fetchOne(before, {userId, movieId, watchedOn});
        if (!seen)
            return seen.fault();
        rewatch = *seen;
    }
    const QVariant rating = v.rating && *v.rating ? QVariant(**v.rating)
                                                  : QVariant(QMetaType::fromType<double>());
    const QVariant note = v.note && !v.note->isEmpty() ? QVariant(*v.note)
                                                       : QVariant(QMetaType::fromType<QString>());
    qint64 id = 0;
    {
        QSqlQuery &insert = m_db.prepared(
                u"INSERT INTO viewings (user_id, movie_id, watched_on, rewatch, rating, note, "
                u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        StatementScope scope(insert);
        const auto inserted = Database::fetchOne(
                insert, {userId, movieId, watchedOn, int(rewatch), rating, note, m_clock.now()});
        if (!inserted)
            return inserted.fault();
        if (!*inserted)
            return Database::faultOf(insert.lastError());
        id = insert.value(0).toLongLong();
    }
    if (!rating.isNull()) {
        QSqlQuery &rate = m_db.prepared(
                u"UPDATE user_movies SET rating = ? WHERE user_id = ? AND movie_id = ?"_s);
        StatementScope scope(rate);
        if (Done done = Database::run(rate, {rating, userId, movieId}); !done)
            return done.fault();
    }
    if (Done committed = tx.commit(); !committed)
        return committed.fault();
    changed(userId);
    return id;
}

Result<QByteArray> PersonalStore::viewing(qint64 userId, qint64 viewingId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT "_s + Viewing::selectList()
                                 + u" FROM viewings v WHERE v.id = ? AND v.user_id = ?"_s);
    StatementScope scope(q);
    const auto found = Database::fetchOne(q, {viewingId, userId});
    if (!found)
        return found.fault();
    if (!*found)
        return Fault::Kind::NotFound;
    JsonWriter out(256);
    out.beginObject();
    Viewing::write(out, q, 0);
    out.endObject();
    return out.take();
}

Done PersonalStore::updateViewing(qint64 userId, qint64 viewingId, const Viewing::Change &c)
{
    QStringList sets;
    QVariantList binds;
    if (c.watchedOn) {
        sets << u"watched_on = ?"_s;
        binds << c.watchedOn->toString(Qt::ISODate);
    }
    if (c.rewatch) {
        sets << u"rewatch = ?"_s;
        binds << int(*c.rewatch);
    }
    if (c.rating) {
        sets << u"rating = ?"_s;
        binds << (*c.rating ? QVariant(**c.rating) : QVariant(QMetaType::fromType<double>()));
    }
    if (c.note) {
        sets << u"note = ?"_s;
        binds << (c.note->isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(*c.note));
    }
    Transaction tx(m_db.connection());
    {
        QSqlQuery &q = m_db.prepared(u"UPDATE viewings SET "_s + sets.join(u", "_s)
                                     + u" WHERE id = ? AND user_id = ?"_s);
        StatementScope scope(q);
        if (Done done = Database::run(q, binds + QVariantList{viewingId, userId}); !done)
            return done;
        if (q.numRowsAffected() == 0)
            return Fault::Kind::NotFound;
    }
    // As when it was added: a rating given to a viewing becomes the film's.
    if (c.rating && *c.rating) {
        QSqlQuery &rate = m_db.prepared(
                u"UPDATE user_movies SET rating = ? WHERE user_id = ? AND movie_id = "
                u"(SELECT movie_id FROM viewings WHERE id = ?)"_s);
        StatementScope scope(rate);
        if (Done done = Database::run(rate, {**c.rating, userId, viewingId}); !done)
            return done;
    }
    if (Done committed = tx.commit(); !committed)
        return committed;
    changed(userId);
    return {};
}

Done PersonalStore::removeViewing(qint64 userId, qint64 viewingId)
{
    QSqlQuery &q = m_db.prepared(u"DELETE FROM viewings WHERE id = ? AND user_id = ?"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {viewingId, userId}); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return Fault::Kind::NotFound;
    changed(userId);
    return {};
}

Result<PersonalStore::Page> PersonalStore::viewings(qint64 userId, const Viewing::Filter &f)
{
    QString where = u" WHERE v.user_id = ?"_s;
    QVariantList binds{userId};
    if (f.from) {
        where += u" AND v.watched_on >= ?"_s;
        binds << f.from->toString(Qt::ISODate);
    }
    if (f.to) {
        where += u" AND v.watched_on <= ?"_s;
        binds << f.to->toString(Qt::ISODate);
    }
    if (f.movieId) {
        where += u" AND v.movie_id = ?"_s;
        binds << f.movieId;
    }
    Page page;
    page.items = "[]";
    {
        QSqlQuery &count = m_db.prepared(u"SELECT COUNT(*) FROM viewings v"_s + where);
        StatementScope scope(count);
        const auto found = Database::fetchOne(count, binds);
        if (!found)
            return found.fault();
        page.total = count.value(0).toLongLong();
    }
    const qint64 offset = (f.page - 1) * f.pageSize;
    if (offset >= page.total)
        return page;
    QSqlQuery &rows = m_db.prepared(
            u"SELECT "_s + Viewing::selectList()
            + u", m.title, m.year FROM viewings v JOIN movies m ON m.id = v.movie_id"_s + where
            + u" ORDER BY v.watched_on DESC, v.id DESC LIMIT ? OFFSET ?"_s);
    StatementScope scope(rows);
    if (Done done = Database::run(rows, binds + QVariantList{f.pageSize, offset}); !done)
        return done.fault();
    JsonWriter out(f.pageSize * 256);
    out.beginArray();
    while (rows.next()) {
        out.beginObject();
        Viewing::write(out, rows, 0);
        out.key("movie"_L1);
        out.beginObject();
        out.key("id"_L1);
        out.integer(rows.value(1).toLongLong());
        out.key("title"_L1);
        if (rows.value(Viewing::ColumnCount).isNull())
            out.null();
        else
            out.string(rows.value(Viewing::ColumnCount).toString());
        out.key("year"_L1);
        if (rows.value(Viewing::ColumnCount + 1).isNull())
            out.null();
        else
            out.integer(rows.value(Viewing::ColumnCount + 1).toLongLong());
        out.endObject();
        out.endObject();
    }
    out.endArray();
    page.items = out.take();
    return page;
}

Result<QByteArray> PersonalStore::tags(qint64 userId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT MIN(tag), COUNT(*) FROM user_tags WHERE user_id = ? "
                                 u"GROUP BY tag_key ORDER BY COUNT(*) DESC, tag_key"_s);
    StatementScope scope(q);
    if (Done done = Database::run(q, {userId}); !done)
        return done.fault();
    JsonWriter out(1024);
    out.beginArray();
    while (q.next()) {
        out.beginObject();
        out.key("name"_L1);
        out.string(q.value(0).toString());
        out.key("films"_L1);
        out.integer(q.value(1).toLongLong());
        out.endObject();
    }
    out.endArray();
    return out.take();
}
