// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/jwtcodec.h"
#include "auth/tokencheckqueue.h"
#include "auth/tokenservice.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "testserver.h"
#include "userrows.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'800'000'000;
const QString DatabaseName = u"tokenchecks"_s;

// A queue whose one thread is held until release(): the checks made meanwhile wait together.
class HeldQueue
{
public:
    explicit HeldQueue(TokenService &tokens)
        : queue(tokens, m_pool, &m_context)
    {
        m_pool.setMaxThreadCount(1);
        m_pool.start([this] { m_held.acquire(); });
    }
    ~HeldQueue()
    {
        release();
        m_pool.waitForDone(); // the queue's last round may still be under way
    }
    void release()
    {
        if (!m_released)
            m_held.release();
        m_released = true;
    }

private:
    QThreadPool m_pool;
    QSemaphore m_held;
    bool m_released = false;
    QObject m_context;

public:
    TokenCheckQueue queue;
};

} // namespace

// Token checks made together (TokenService::authenticateAll, TokenCheckQueue), on a real SQLite
// file and, as tst_tokenchecks_pg, on the tests' PostgreSQL: one statement answers each check as
// a check of its own would, and the queue takes the checks that waited in one read.
class TestTokenChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void togetherAnswersAsAlone_data();
    void togetherAnswersAsAlone();
    void queueReadsTheWaitingChecksTogether();
    void queueSplitsWhatExceedsOneStatement();

private:
    qint64 addUser(const QString &email);
    // One token of each kind, by name: "ada" and "bob" live, "ended" (a session revoked),
    // "borrowed" (ada's jti claimed for bob), "expired", "forged" (another key), "malformed",
    // "basic" (not a bearer token), "none" (no header).
    QByteArray authorization(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<JwtCodec> m_codec;
    std::unique_ptr<TokenService> m_tokens;
    QHash<QString, QByteArray> m_authorizations;
    qint64 m_ada = 0;
    qint64 m_bob = 0;
};

void TestTokenChecks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (TestServer::postgres()) {
        TestServer::dropDatabase(DatabaseName);
        const auto url = TestServer::createDatabase(DatabaseName);
        QVERIFY(url);
        m_db = std::make_unique<Database>(*url);
    } else {
        m_db = std::make_unique<Database>(m_dir->filePath(u"reelvault.sqlite"_s));
    }
    QVERIFY(m_db->open());
    m_sessions = std::make_unique<SessionStore>(*m_db);
    m_codec = std::make_unique<JwtCodec>(QByteArray(32, 'k'));
    m_tokens = std::make_unique<TokenService>(*m_codec, *m_sessions, 900);
    m_ada = addUser(u"ada@example.com"_s);
    m_bob = addUser(u"bob@example.com"_s);
    QVERIFY(m_ada > 0 && m_bob > 0);

    const auto bearer = [](const QByteArray &token) { return "Bearer " + token; };
    const auto issue = [this](qint64 id, const QString &email) {
        User user;
        user.id = id;
        user.email = email;
        user.role = u"user"_s;
        const auto issued = m_tokens->issue(user, Now);
        return issued ? issued->accessToken : QByteArray();
    };
    const QByteArray ada = issue(m_ada, u"ada@example.com"_s);
    const QByteArray bob = issue(m_bob, u"bob@example.com"_s);
    const QByteArray ended = issue(m_bob, u"bob@example.com"_s);
    QVERIFY(!ada.isEmpty() && !bob.isEmpty() && !ended.isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
            u"UPDATE sessions SET revoked_at = %1 WHERE id = (SELECT MAX(id) FROM sessions)"_s.arg(
                    Now)));
    const QJsonObject adaClaims = m_codec->verify(ada, Now).claims;
    QJsonObject borrowed = adaClaims;
    borrowed.insert(u"sub"_s, QString::number(m_bob));
    QJsonObject expired = adaClaims;
    expired.insert(u"exp"_s, Now - 3600);
    m_authorizations = {
            {u"ada"_s, bearer(ada)},
            {u"bob"_s, bearer(bob)},
            {u"ended"_s, bearer(ended)},
            {u"borrowed"_s, bearer(m_codec->sign(borrowed))},
            {u"expired"_s, bearer(m_codec->sign(expired))},
            {u"forged"_s, bearer(JwtCodec(QByteArray(32, 'x')).sign(adaClaims))},
            {u"malformed"_s, "Bearer not.a.token"},
            {u"basic"_s, "Basic YWRhOnB3"},
            {u"none"_s, QByteArray()},
    };
}

void TestTokenChecks::cleanup()
{
    m_tokens.reset();
    m_codec.reset();
    m_sessions.reset();
    m_db.reset();
    if (TestServer::postgres())
        TestServer::dropDatabase(DatabaseName);
    m_dir.reset();
}

qint64 TestTokenChecks::addUser(const QString &email)
{
    return insertUser(m_db->connection(), email);
}

QByteArray TestTokenChecks::authorization(const QString &name) const
{
    return m_authorizations.value(name);
}

void TestTokenChecks::togetherAnswersAsAlone_data()
{
    QTest::addColumn<QStringList>("batch");
    // What each answer must be: the account's email, or the refusal's kind.
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one live") << QStringList{u"ada"_s} << QStringList{u"ada@example.com"_s};
    QTest::newRow("two users") << QStringList{u"bob"_s, u"ada"_s}
                               << QStringList{u"bob@example.com"_s, u"ada@example.com"_s};
    QTest::newRow("one token twice") << QStringList{u"ada"_s, u"ada"_s}
                                     << QStringList{u"ada@example.com"_s, u"ada@example.com"_s};
    QTest::newRow("ended between live")
            << QStringList{u"ada"_s, u"ended"_s, u"bob"_s}
            << QStringList{u"ada@example.com"_s, u"invalid"_s, u"bob@example.com"_s};
    QTest::newRow("a jti claimed for another user")
            << QStringList{u"borrowed"_s, u"ada"_s}
            << QStringList{u"invalid"_s, u"ada@example.com"_s};
    QTest::newRow("refused before the database")
            << QStringList{u"expired"_s, u"forged"_s, u"malformed"_s, u"basic"_s, u"none"_s}
            << QStringList{u"invalid"_s, u"invalid"_s, u"invalid"_s, u"signedout"_s,
                           u"signedout"_s};
    QTest::newRow("everything at once")
            << QStringList{u"none"_s, u"ada"_s,      u"forged"_s, u"ended"_s,
                           u"bob"_s,  u"borrowed"_s, u"basic"_s,  u"expired"_s}
            << QStringList{u"signedout"_s, u"ada@example.com"_s, u"invalid"_s,
                           u"invalid"_s,   u"bob@example.com"_s, u"invalid"_s,
                           u"signedout"_s, u"invalid"_s};
}

void TestTokenChecks::togetherAnswersAsAlone()
{
    QFETCH(QStringList, batch);
    QFETCH(QStringList, expected);
    QList<TokenService::Presented> presented;
    for (const QString &name : std::as_const(batch))
        presented.append({authorization(name), Now});
    const auto answers = m_tokens->authenticateAll(presented);
    QCOMPARE(answers.size(), batch.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const auto &answer = answers.at(i);
        const QString what = answer                    ? answer->user.email
                : answer.is(Fault::Kind::InvalidToken) ? u"invalid"_s
                : answer.is(Fault::Kind::NotSignedIn)  ? u"signedout"_s
                                                       : answer.fault().detail();
        QCOMPARE(what, expected.at(i));
        // The same answer, detail included, as the check made alone (which reads the page
        // versions only when asked, and only on PostgreSQL).
        const auto alone = m_tokens->authenticate(presented.at(i).authorization, Now, true);
        QCOMPARE(alone.ok(), answer.ok());
        if (answer) {
            QCOMPARE(answer->user.id, alone->user.id);
            QCOMPARE(answer->sessionId, alone->sessionId);
            QCOMPARE(answer->jti, alone->jti);
            QCOMPARE(answer->versions.has_value(), m_db->isPostgres());
            QCOMPARE(answer->versions.has_value(), alone->versions.has_value());
            const auto plain = m_tokens->authenticate(presented.at(i).authorization, Now, false);
            QVERIFY(plain && !plain->versions && plain->user.id == answer->user.id);
        } else {
            QCOMPARE(answer.fault().kind(), alone.fault().kind());
            QCOMPARE(answer.fault().detail(), alone.fault().detail());
        }
    }
}

void TestTokenChecks::queueReadsTheWaitingChecksTogether()
{
    // The queue's one thread is held while twelve checks arrive: they wait, and then one read
    // takes them all. Each answer reaches its own caller, on this thread.
    HeldQueue held(*m_tokens);
    TokenCheckQueue &queue = held.queue;
    const QStringList names{u"ada"_s, u"bob"_s, u"ended"_s, u"none"_s};
    QStringList answered(12);
    int answers = 0;
    for (int i = 0; i < 12; ++i) {
        const QString &name = names.at(i % names.size());
        queue.check(authorization(name), Now,
                    [&, i, thread = QThread::currentThread()](
                            const Result<TokenService::Identity> &identity) {
                        QCOMPARE(QThread::currentThread(), thread);
                        answered[i] = identity
                                ? identity->user.email
                                : (identity.is(Fault::Kind::NotSignedIn) ? u"signedout"_s
                                                                         : u"invalid"_s);
                        ++answers;
                    });
    }
    QCOMPARE(queue.batches(), 0);
    held.release();
    QTRY_COMPARE(answers, 12);
    QCOMPARE(queue.batches(), 1);
    QCOMPARE(queue.largestBatch(), 12);
    for (int i = 0; i < 12; ++i) {
        const QString expected = QStringList{u"ada@example.com"_s, u"bob@example.com"_s,
                                             u"invalid"_s, u"signedout"_s}
                                         .at(i % 4);
        QCOMPARE(answered.at(i), expected);
    }
    // A check that arrives later is read on its own.
    bool late = false;
    queue.check(authorization(u"bob"_s), Now,
                [&late](const Result<TokenService::Identity> &identity) { late = identity.ok(); });
    QTRY_VERIFY(late);
    QCOMPARE(queue.batches(), 2);
}

void TestTokenChecks::queueSplitsWhatExceedsOneStatement()
{
    HeldQueue held(*m_tokens);
    TokenCheckQueue &queue = held.queue;
    const int total = TokenCheckQueue::MaxBatch + 10;
    int live = 0;
    int answers = 0;
    for (int i = 0; i < total; ++i) {
        queue.check(authorization(i % 2 ? u"ada"_s : u"ended"_s), Now,
                    [&](const Result<TokenService::Identity> &identity) {
                        live += identity ? 1 : 0;
                        ++answers;
                    });
    }
    held.release();
    QTRY_COMPARE(answers, total);
    QCOMPARE(live, total / 2);
    QCOMPARE(queue.batches(), 2);
    QCOMPARE(queue.largestBatch(), TokenCheckQueue::MaxBatch);
}

QTEST_GUILESS_MAIN(TestTokenChecks)
#include "tst_tokenchecks.moc"
