// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "import/importreader.h"
#include "store/database.h"
#include "store/importstore.h"
#include "store/personalstore.h"
#include "userrows.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray DiaryHeader = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n";

// A user's own data as a comparable text: each film's row and tags, each viewing.
QString snapshot(const QSqlDatabase &db, qint64 user)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT movie_id, rating, watchlist, favourite, notes, times_watched, "
           u"last_watched_on FROM user_movies WHERE user_id = %1 ORDER BY movie_id"_s.arg(user));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row << (q.value(i).isNull() ? u"null"_s : q.value(i).toString());
        out << u"film "_s + row.join(u',');
    }
    q.exec(u"SELECT movie_id, tag FROM user_tags WHERE user_id = %1 ORDER BY movie_id, tag_key"_s
                   .arg(user));
    while (q.next())
        out << u"tag %1 %2"_s.arg(q.value(0).toString(), q.value(1).toString());
    q.exec(u"SELECT movie_id, watched_on, rewatch, rating, note FROM viewings WHERE user_id = %1 "
           u"ORDER BY movie_id, watched_on, id"_s.arg(user));
    while (q.next())
        out << u"viewing %1 %2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString(), q.value(3).toString(),
                                               q.value(4).toString());
    return out.join(u'\n');
}

} // namespace

// Importing a film history into a user's data, on a real SQLite file with the bundled
// catalogue: what each file does, the preview being exactly the import, idempotence, choices
// remembered, and undo.
class TestImportStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewChangesNothingAndSaysWhatImportWould();
    void eachFileDoesWhatItMeans();
    void theSameFileTwiceAddsNothing();
    void choicesDecideAndAreRemembered();
    void undoRestoresExactly();
    void undoKeepsWhatTheUserChangedSince();
    void undoOfWatchlistFavouritesAndExactState();
    void undoIsTheUsersOwn();
    void aLargeDiary();

private:
    ImportSet read(const QByteArray &data, const QString &name = {});
    qint64 idOf(const QString &title);
    qint64 addUser(const QString &email);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PersonalStore> m_personal;
    std::unique_ptr<ImportStore> m_imports;
    qint64 m_user = 0;
};

void TestImportStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"reelvault.sqlite"_s));
    QVERIFY(m_db->open());
    m_clock = std::make_unique<ManualClock>(1'700'000'000);
    m_personal = std::make_unique<PersonalStore>(*m_db, *m_clock);
    m_imports = std::make_unique<ImportStore>(*m_db, *m_clock, *m_personal);
    m_user = addUser(u"ada@example.com"_s);
}

void TestImportStore::cleanup()
{
    m_imports.reset();
    m_personal.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestImportStore::addUser(const QString &email)
{
    return insertUser(m_db->connection(), email);
}

ImportSet TestImportStore::read(const QByteArray &data, const QString &name)
{
    const auto set = ImportReader::read(data, name);
    if (!set)
        qWarning() << set.fault().detail();
    return set ? *set : ImportSet();
}

qint64 TestImportStore::idOf(const QString &title)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT id FROM movies WHERE title = ?"_s);
    q.addBindValue(title);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void TestImportStore::previewChangesNothingAndSaysWhatImportWould()
{
    const ImportSet set
            = read(DiaryHeader
                   + "2024-01-05,Fargo,1996,https://boxd.it/h,4.5,,\"crime, la\","
                     "2024-01-04\n"
                     "2024-01-07,Nonexistent Film,1999,https://boxd.it/n,3,,,2024-01-06\n"
                     "2024-02-01,Alice in Wonderland,,https://boxd.it/ham,,,,2024-01-31\n");
    const QString before = snapshot(m_db->connection(), m_user);
    const auto preview = m_imports->preview(m_user, set, {});
    QVERIFY(preview);
    QCOMPARE(snapshot(m_db->connection(), m_user), before); // nothing changed
    const QJsonObject r = preview->report;
    QCOMPARE(r.value("rows"_L1).toInt(), 3);
    QCOMPARE(r.value("matched"_L1).toArray().size(), 1);
    QCOMPARE(r.value("unmatched"_L1).toArray().size(), 1);
    QCOMPARE(r.value("ambiguous"_L1).toArray().size(), 1); // Alice in Wonderland without a year
    QVERIFY(r.value("ambiguous"_L1).toArray()[0].toObject().value("candidates"_L1).toArray().size()
            > 1);
    const QJsonObject changes = r.value("changes"_L1).toObject();
    QCOMPARE(changes.value("viewings"_L1).toInt(), 1);
    QCOMPARE(changes.value("ratings"_L1).toInt(), 1);
    QCOMPARE(changes.value("tags"_L1).toInt(), 2);
    // The import does exactly what the preview said.
    const auto applied = m_imports->apply(m_user, set, {});
    QVERIFY(applied);
    QVERIFY(applied->importId > 0);
    QCOMPARE(applied->report, r);
    const qint64 heat = idOf(u"Fargo"_s);
    QCOMPARE(
            snapshot(m_db->connection(), m_user),
            u"film %1,4.5,0,0,null,1,2024-01-04\ntag %1 crime\ntag %1 la\nviewing %1 2024-01-04 0 4.5 "_s
                    .arg(heat));
}

void TestImportStore::eachFileDoesWhatItMeans()
{
    const qint64 heat = idOf(u"Fargo"_s), alien = idOf(u"Alien"_s), ran = idOf(u"Jaws"_s);
    QVERIFY(heat && alien && ran);
    QVERIFY(heat < ran && ran < alien); // the snapshot's order
    // IMDb: a rating out of 10; a series skipped.
    auto r = m_imports->apply(
            m_user,
            read("Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),"
                 "Year,Genres,Num Votes,Release Date,Directors\n"
                 "tt1,7,2020-01-01,Alien,u,movie,8.5,117,1979,Horror,1,1979-05-25,Ridley Scott\n"
                 "tt2,9,2020-01-01,Fargo,u,tvSeries,8,100,2014,Crime,1,1995-12-15,\n"),
            {});
    QVERIFY(r);
    QCOMPARE(r->report.value("skipped"_L1).toArray().size(), 1);
    QCOMPARE(r->report.value("changes"_L1).toObject().value("ratings"_L1).toInt(), 1);
    // Letterboxd's watched: a viewing for a film with none only; watchlist and likes.
    const QByteArray four = "Date,Name,Year,Letterboxd URI\n";
    QVERIFY(m_imports->apply(m_user, read(DiaryHeader + "2024-03-01,Fargo,1996,u1,,,,2024-03-01\n"),
                             {}));
    r = m_imports->apply(
            m_user,
            read(four + "2024-05-01,Fargo,1996,u1\n2024-05-02,Alien,1979,u2\n", u"watched.csv"_s),
            {});
    QVERIFY(r);
    QCOMPARE(r->report.value("changes"_L1).toObject().value("viewings"_L1).toInt(),
             1); // Alien only
    QVERIFY(m_imports->apply(m_user, read(four + "2024-05-03,Jaws,1975,u3\n", u"watchlist.csv"_s),
                             {}));
    QVERIFY(m_imports->apply(m_user, read(four + "2024-05-03,Jaws,1975,u3\n", u"likes/films.csv"_s),
                             {}));
    // A review fills the note of the diary's viewing that day.
    r = m_imports->apply(
            m_user,
            read("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
                 "2024-03-02,Fargo,1996,u1,5,,\"Still the best.\nTruly.\",,2024-03-01\n"),
            {});
    QVERIFY(r);
    QCOMPARE(r->report.value("changes"_L1).toObject().value("notes"_L1).toInt(), 1);
    QCOMPARE(r->report.value("changes"_L1).toObject().value("viewings"_L1).toInt(), 0);
    QCOMPARE(snapshot(m_db->connection(), m_user),
             (QStringList{u"film %1,5,0,0,null,1,2024-03-01"_s.arg(heat),
                          u"film %1,null,1,1,null,0,null"_s.arg(ran),
                          u"film %1,3.5,0,0,null,1,2024-05-02"_s.arg(alien),
                          u"viewing %1 2024-03-01 0  Still the best.\nTruly."_s.arg(heat),
                          u"viewing %1 2024-05-02 0  "_s.arg(alien)})
                     .join(u'\n'));
}

void TestImportStore::theSameFileTwiceAddsNothing()
{
    const ImportSet set = read(DiaryHeader
                               + "2024-01-05,Fargo,1996,u,4.5,,noir,2024-01-04\n"
                                 "2024-01-09,Fargo,1996,u,5,Yes,,2024-01-08\n");
    QVERIFY(m_imports->apply(m_user, set, {}));
    const QString once = snapshot(m_db->connection(), m_user);
    const auto again = m_imports->apply(m_user, set, {});
    QVERIFY(again);
    QCOMPARE(snapshot(m_db->connection(), m_user), once);
    const QJsonObject changes = again->report.value("changes"_L1).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        QVERIFY2(it->toInt() == 0, qPrintable(it.key()));
}

void TestImportStore::choicesDecideAndAreRemembered()
{
    const ImportSet set
            = read(DiaryHeader
                   + "2024-02-01,Alice in Wonderland,,https://boxd.it/ham,4,,,2024-01-31\n"
                     "2024-02-02,Unknown Thing,2001,https://boxd.it/u,,,,2024-02-01\n");
    auto preview = m_imports->preview(m_user, set, {});
    QVERIFY(preview);
    const QJsonArray candidates = preview->report.value("ambiguous"_L1)
                                          .toArray()[0]
                                          .toObject()
                                          .value("candidates"_L1)
                                          .toArray();
    const qint64 chosen = candidates.last().toObject().value("id"_L1).toInteger();
    ImportStore::Choices choices{{u"https://boxd.it/ham"_s, chosen}, {u"https://boxd.it/u"_s, 0}};
    const auto applied = m_imports->apply(m_user, set, choices);
    QVERIFY(applied);
    QCOMPARE(applied->report.value("matched"_L1)
                     .toArray()[0]
                     .toObject()
                     .value("movie"_L1)
                     .toObject()
                     .value("id"_L1)
                     .toInteger(),
             chosen);
    QCOMPARE(applied->report.value("skipped"_L1).toArray().size(), 1);
    // The second time nothing is asked: both rows are decided as before.
    preview = m_imports->preview(m_user, set, {});
    QVERIFY(preview);
    QCOMPARE(preview->report.value("ambiguous"_L1).toArray().size(), 0);
    QCOMPARE(preview->report.value("unmatched"_L1).toArray().size(), 0);
    QCOMPARE(preview->report.value("skipped"_L1).toArray().size(), 1);
    QCOMPARE(preview->report.value("changes"_L1).toObject().value("viewings"_L1).toInt(), 0);
}

void TestImportStore::undoRestoresExactly()
{
    const qint64 heat = idOf(u"Fargo"_s);
    // What the user had: a rating the import will overwrite, a tag, a viewing on another day.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
            u"INSERT INTO user_movies (user_id, movie_id, rating, notes) VALUES (%1, %2, 2, 'mine')"_s
                    .arg(m_user)
                    .arg(heat)));
    QVERIFY(q.exec(
            u"INSERT INTO user_tags (user_id, movie_id, tag_key, tag) VALUES (%1, %2, 'old', 'Old')"_s
                    .arg(m_user)
                    .arg(heat)));
    QVERIFY(q.exec(
            u"INSERT INTO viewings (user_id, movie_id, watched_on, created_at) VALUES (%1, %2, '2020-01-01', 0)"_s
                    .arg(m_user)
                    .arg(heat)));
    const QString before = snapshot(m_db->connection(), m_user);
    const auto applied = m_imports->apply(m_user,
                                          read(DiaryHeader
                                               + "2024-01-05,Fargo,1996,u,4.5,Yes,noir,2024-01-04\n"
                                                 "2024-01-05,Alien,1979,u2,3,,,2024-01-03\n"),
                                          {});
    QVERIFY(applied);
    QVERIFY(snapshot(m_db->connection(), m_user) != before);
    const auto listed = m_imports->list(m_user);
    QVERIFY(listed);
    const QJsonArray imports = QJsonDocument::fromJson(*listed).array();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports[0].toObject().value("id"_L1).toInteger(), applied->importId);
    QCOMPARE(imports[0].toObject().value("applied"_L1).toObject().value("viewings"_L1).toInt(), 2);
    QVERIFY(m_imports->undo(m_user, applied->importId));
    QCOMPARE(snapshot(m_db->connection(), m_user), before);
    QCOMPARE(QJsonDocument::fromJson(*m_imports->list(m_user)).array().size(), 0);
    QVERIFY(m_imports->undo(m_user, applied->importId).is(Fault::Kind::NotFound));
}

void TestImportStore::undoKeepsWhatTheUserChangedSince()
{
    // The import rates Heat 4.5 and tags it; the user then rates it 3 themselves. Undo takes
    // back the tag and the viewing but keeps the 3: a later choice of the user's stands over
    // the import's past (restoring the 2 it had before would undo the user's own edit).
    const qint64 heat = idOf(u"Fargo"_s);
    const auto applied = m_imports->apply(
            m_user, read(DiaryHeader + "2024-01-05,Fargo,1996,u,4.5,,noir,2024-01-04\n"), {});
    QVERIFY(applied);
    Mine::Change rate;
    rate.rating = std::optional<double>(3.0);
    QVERIFY(m_personal->change(m_user, heat, rate));
    QVERIFY(m_imports->undo(m_user, applied->importId));
    QCOMPARE(snapshot(m_db->connection(), m_user), u"film %1,3,0,0,null,0,null"_s.arg(heat));
}

void TestImportStore::undoOfWatchlistFavouritesAndExactState()
{
    const qint64 jaws = idOf(u"Jaws"_s), alien = idOf(u"Alien"_s);
    // Jaws was on the watchlist with notes already; Alien had nothing.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
            u"INSERT INTO user_movies (user_id, movie_id, watchlist, notes) VALUES (%1, %2, 1, 'n')"_s
                    .arg(m_user)
                    .arg(jaws)));
    const QString before = snapshot(m_db->connection(), m_user);
    const QByteArray four = "Date,Name,Year,Letterboxd URI\n";
    const auto likes
            = m_imports->apply(m_user,
                               read(four + "2024-05-03,Jaws,1975,u3\n2024-05-04,Alien,1979,u4\n",
                                    u"likes/films.csv"_s),
                               {});
    QVERIFY(likes);
    QCOMPARE(likes->report.value("changes"_L1).toObject().value("favourites"_L1).toInt(), 2);
    // Reelvault's own export sets a film's state exactly: Jaws off the watchlist, notes gone.
    const QByteArray exported
            = R"({"format":"reelvault-export","version":1,"films":[{"title":"Jaws","year":1975,"rating":2.5,"watchlist":false,"favourite":true,"tags":["shark"],"notes":null,"viewings":[]}]})";
    const auto exact = m_imports->apply(m_user, read(exported), {});
    QVERIFY(exact);
    QCOMPARE(snapshot(m_db->connection(), m_user).split(u'\n').first(),
             u"film %1,2.5,0,1,null,0,null"_s.arg(jaws));
    // Undone newest first: back to exactly what was there.
    QVERIFY(m_imports->undo(m_user, exact->importId));
    QVERIFY(m_imports->undo(m_user, likes->importId));
    QCOMPARE(snapshot(m_db->connection(), m_user), before);
    QVERIFY(!snapshot(m_db->connection(), m_user).contains(QString::number(alien) + u','));
}

void TestImportStore::undoIsTheUsersOwn()
{
    const auto applied = m_imports->apply(
            m_user, read(DiaryHeader + "2024-01-05,Fargo,1996,u,4.5,,,2024-01-04\n"), {});
    QVERIFY(applied);
    const qint64 bob = addUser(u"bob@example.com"_s);
    QVERIFY(m_imports->undo(bob, applied->importId).is(Fault::Kind::NotFound));
    QCOMPARE(QJsonDocument::fromJson(*m_imports->list(bob)).array().size(), 0);
    QVERIFY(!snapshot(m_db->connection(), m_user).isEmpty());
}

void TestImportStore::aLargeDiary()
{
    // 10,000 diary rows over the bundled films (each film many times, on different days).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT title, year FROM movies WHERE title IS NOT NULL AND year IS NOT NULL "
                   u"ORDER BY id LIMIT 2000"_s));
    QList<std::pair<QString, int>> films;
    while (q.next())
        films.append({q.value(0).toString(), q.value(1).toInt()});
    QByteArray csv = DiaryHeader;
    const QDate start(2000, 1, 1);
    for (int i = 0; i < 10'000; ++i) {
        const auto &[title, year] = films[i % films.size()];
        QString quoted = title;
        quoted.replace(u'"', u"\"\""_s);
        csv += u"%1,\"%2\",%3,https://boxd.it/%4,%5,,,%1\n"_s
                       .arg(start.addDays(i).toString(Qt::ISODate), quoted)
                       .arg(year)
                       .arg(i % films.size())
                       .arg(1 + i % 5)
                       .toUtf8();
    }
    QElapsedTimer timer;
    timer.start();
    const ImportSet set = read(csv);
    QCOMPARE(set.rows.size(), 10'000);
    const auto preview = m_imports->preview(m_user, set, {});
    QVERIFY(preview);
    const qint64 previewMs = timer.restart();
    const auto applied = m_imports->apply(m_user, set, {});
    QVERIFY(applied);
    const qint64 applyMs = timer.elapsed();
    QCOMPARE(applied->report.value("changes"_L1).toObject(),
             preview->report.value("changes"_L1).toObject());
    const int viewings
            = applied->report.value("changes"_L1).toObject().value("viewings"_L1).toInt();
    // Each matched row is one viewing (distinct days); the unmatched and ambiguous are not.
    QCOMPARE(viewings, applied->report.value("matched"_L1).toArray().size());
    QVERIFY(viewings > 9'000);
    qInfo().noquote() << u"10,000 diary rows: read and preview %1 ms, apply %2 ms (a figure, not "
                         u"a timed test)"_s.arg(previewMs)
                                 .arg(applyMs);
    QVERIFY(m_imports->undo(m_user, applied->importId));
    QCOMPARE(snapshot(m_db->connection(), m_user), QString());
}

QTEST_GUILESS_MAIN(TestImportStore)
#include "tst_importstore.moc"
