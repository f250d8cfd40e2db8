// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/apiconsole.h"
#include "console/consolerequest.h"
#include "console/consolewindow.h"
#include "console/flowwalkthrough.h"
#include "console/requesthistory.h"
#include "console/tokeninspector.h"
#include "guitestsupport.h"
#include "testserver.h"
#include "widgets/statelabel.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString Email = u"ada@example.com"_s;
const QString Password = u"correct horse battery"_s;

// RFC 7515 Appendix A.1: the HS256 example token and its key.
const QString A1Token = u"eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
                        u"eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvb"
                        u"S9pc19yb290Ijp0cnVlfQ."
                        u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString A1Key
        = u"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"_s;
} // namespace

// The API console, the guided walk-through and the token inspector, on real widgets against
// the real in-process server.
class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { m_server.reset(); }

    void sendsAndShowsTheAnswer();
    void loginFromHereIsTheConsolesSession();
    void unauthorizedThenWithMySession();
    void historySurvivesARelaunchWithoutSecrets();
    void copyAsCurlRunsWithCurl_data();
    void copyAsCurlRunsWithCurl();
    void inspectorDecodesRfc7515A1();
    void inspectorFlagsATamperedToken();
    void inspectorAsksTheServer();
    void walkThroughTheFlow();
    void walkThroughStartedOverLeavesNothing();
    void presetsDoNotSendTheSessionUnasked();
    void longTextNeverWidensTheWindow();
    void openedFromTheMainWindow();

private:
    ApiConsole *console() const { return m_window->console(); }
    int sendAndWait();
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ConsoleWindow> m_window;
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings (the history) in a test location
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_server->registerAndLogin(Email, Password);
}

void TestConsole::init()
{
    RequestHistory::clear();
    m_api = std::make_unique<ApiClient>();
    m_api->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
    bool done = false;
    m_api->login(Email, Password, [&](const ApiResult &r) { done = r.ok(); });
    QTRY_VERIFY(done);
    m_window = std::make_unique<ConsoleWindow>(m_api.get());
    m_window->show();
}

int TestConsole::sendAndWait()
{
    QSignalSpy finished(console(), &ApiConsole::finished);
    console()->send();
    if (!finished.wait(10000))
        return -1;
    return finished.first().first().toInt();
}

void TestConsole::sendsAndShowsTheAnswer()
{
    console()->setRequest({u"GET"_s, u"/health"_s, {}, {}});
    QCOMPARE(sendAndWait(), 200);
    QVERIFY2(console()->statusText().startsWith(u"200 OK · "_s),
             qPrintable(console()->statusText()));
    QVERIFY(console()->statusText().contains(u" ms · "_s));
    QCOMPARE(console()->responseHeader(u"Cache-Control"_s), u"no-store"_s);
    QCOMPARE(console()->responseHeader(u"X-Content-Type-Options"_s), u"nosniff"_s);
    QVERIFY(console()->prettyBody().contains(u"\"status\": \"ok\""_s)); // pretty-printed
    QVERIFY(console()->rawBody().contains(u"\"status\":\"ok\""_s)); // as sent, compact
}

void TestConsole::loginFromHereIsTheConsolesSession()
{
    console()->setRequest({u"POST"_s,
                           u"/login"_s,
                           {},
                           u"{\"email\": \"%1\", \"password\": \"%2\"}"_s.arg(Email, Password)});
    QCOMPARE(sendAndWait(), 200);
    const QByteArray token = QJsonDocument::fromJson(console()->rawBody().toUtf8())
                                     .object()
                                     .value("token"_L1)
                                     .toString()
                                     .toLatin1();
    const auto sessions = m_server->client().get("/sessions", token);
    QStringList clients;
    for (const auto &s : sessions.json().value("items"_L1).toArray()) {
        if (s.toObject().value("current"_L1).toBool())
            clients << s.toObject().value("client"_L1).toString();
    }
    QCOMPARE(clients, QStringList{u"Reelvault console"_s});
}

void TestConsole::unauthorizedThenWithMySession()
{
    console()->setRequest({u"GET"_s, u"/moviedata?pageSize=2"_s, {}, {}});
    QCOMPARE(sendAndWait(), 401);
    QVERIFY(console()->statusText().startsWith(u"401 Unauthorized"_s));
    QVERIFY(console()->statusText().contains(u"Problem unauthorized: Please log in first."_s));
    QCOMPARE(console()->responseHeader(u"WWW-Authenticate"_s), u"Bearer realm=\"reelvault\""_s);
    console()->useSession();
    const QString bearer = u"Bearer "_s + QString::fromLatin1(m_api->session().accessToken);
    QVERIFY(console()->request().headers.contains(qMakePair(u"Authorization"_s, bearer)));
    QCOMPARE(sendAndWait(), 200);
    QVERIFY(console()->prettyBody().contains(u"\"total\": 3201"_s));
    console()->removeAuthorization();
    QCOMPARE(sendAndWait(), 401);
}

void TestConsole::historySurvivesARelaunchWithoutSecrets()
{
    console()->setRequest(
            {u"POST"_s,
             u"/login"_s,
             {{u"Authorization"_s, u"Bearer secret.token.here"_s}},
             u"{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}"_s});
    QCOMPARE(sendAndWait(), 200);
    console()->setRequest({u"GET"_s, u"/health"_s, {}, {}});
    QCOMPARE(sendAndWait(), 200);
    m_window.reset(); // "relaunch"
    m_window = std::make_unique<ConsoleWindow>(m_api.get());
    const QList<ConsoleRequest> history = RequestHistory::load();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].path, u"/health"_s);
    QCOMPARE(history[1].path, u"/login"_s);
    QVERIFY(history[1].headers.isEmpty());
    QVERIFY(history[1].body.contains(u"ada@example.com"_s));
    // Nothing secret was kept, anywhere in the settings.
    const QByteArray stored = QSettings().value(u"console/history"_s).toByteArray();
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains("correct horse battery"));
    QVERIFY(!stored.contains("secret.token.here"));
    QVERIFY(!stored.contains(m_api->session().accessToken));
}

void TestConsole::copyAsCurlRunsWithCurl_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("withToken");
    QTest::addRow("health") << u"GET"_s << u"/health"_s << QString() << false;
    QTest::addRow("401 without token")
            << u"GET"_s << u"/moviedata?pageSize=1"_s << QString() << false;
    QTest::addRow("200 with token")
            << u"GET"_s << u"/moviedata?pageSize=1&q=star"_s << QString() << true;
    QTest::addRow("body with quotes")
            << u"POST"_s << u"/login"_s
            << u"{\"email\":\"o'brien@example.com\",\"password\":\"it's wrong\"}"_s << false;
}

void TestConsole::copyAsCurlRunsWithCurl()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(bool, withToken);
    ConsoleRequest r{method, path, {}, body};
    if (!body.isEmpty())
        r.headers.append({u"Content-Type"_s, u"application/json"_s});
    console()->setRequest(r);
    if (withToken)
        console()->useSession();
    const int shown = sendAndWait();
    const QString curl = console()->copyAsCurl();
    QVERIFY(!curl.contains(QString::fromLatin1(m_api->session().accessToken))); // a placeholder
    // Run it for real; $TOKEN comes from the environment, as the placeholder says.
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TOKEN"_s, QString::fromLatin1(m_api->session().accessToken));
    sh.setProcessEnvironment(env);
    sh.start(u"sh"_s, {u"-c"_s, curl + u" -s -o /dev/null -w '%{http_code}'"_s});
    // Wait with the event loop running: the server answering curl lives in this thread.
    QTRY_VERIFY_WITH_TIMEOUT(sh.state() == QProcess::NotRunning, 20000);
    QCOMPARE(sh.readAllStandardOutput().toInt(), shown);
}

void TestConsole::inspectorDecodesRfc7515A1()
{
    TokenInspector *inspector = m_window->inspector();
    inspector->setToken(A1Token);
    QVERIFY(inspector->isWellFormed());
    QCOMPARE(inspector->header().value("alg"_L1).toString(), u"HS256"_s);
    QCOMPARE(inspector->header().value("typ"_L1).toString(), u"JWT"_s);
    QCOMPARE(inspector->claims().value("iss"_L1).toString(), u"joe"_s);
    QCOMPARE(inspector->claims().value("exp"_L1).toInteger(), 1300819380);
    QCOMPARE(inspector->claims().value("http://example.com/is_root"_L1).toBool(), true);
    QVERIFY(inspector->explanation().contains(u"exp: 1300819380"_s));
    inspector->setKey(A1Key);
    QCOMPARE(inspector->signatureCheck(), TokenInspector::Signature::Valid);
    QVERIFY(inspector->findChild<QLabel *>(u"countdown"_s)->text().startsWith(u"Expired"_s));
}

void TestConsole::inspectorFlagsATamperedToken()
{
    TokenInspector *inspector = m_window->inspector();
    inspector->setToken(A1Token);
    inspector->setKey(A1Key);
    QCOMPARE(inspector->signatureCheck(), TokenInspector::Signature::Valid);
    // Edit a claim: the signature no longer matches.
    inspector->setEditedClaims(
            u"{\"iss\":\"joe\",\"exp\":1300819380,\"http://example.com/is_root\":false}"_s);
    QCOMPARE(inspector->signatureCheck(), TokenInspector::Signature::Invalid);
    QVERIFY(inspector->editedToken() != A1Token);
    QVERIFY(inspector->findChild<QLabel *>(u"signatureStatus"_s)
                    ->text()
                    .contains(u"no longer matches"_s));
    // A token tampered before pasting is flagged too.
    QString tampered = A1Token;
    tampered[tampered.indexOf(u'.') + 5] = u'X';
    inspector->setToken(tampered);
    QVERIFY(inspector->signatureCheck() != TokenInspector::Signature::Valid);
    inspector->setToken(u"not.a.token.at.all"_s);
    QVERIFY(!inspector->isWellFormed());
}

void TestConsole::inspectorAsksTheServer()
{
    TokenInspector *inspector = m_window->inspector();
    inspector->setToken(QString::fromLatin1(m_api->session().accessToken));
    QVERIFY(inspector->isWellFormed());
    QCOMPARE(inspector->claims().value("email"_L1).toString(), Email);
    QSignalSpy answered(inspector, &TokenInspector::serverAnswered);
    inspector->askServer();
    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.takeFirst().first().toInt(), 200);
    QVERIFY(inspector->serverVerdict().contains(u"accepts"_s));
    // Promote ourselves in the claims: the server refuses the edited token.
    QJsonObject claims = inspector->claims();
    claims.insert(u"role"_s, u"superuser"_s);
    inspector->setEditedClaims(QString::fromUtf8(QJsonDocument(claims).toJson()));
    inspector->askServer();
    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.takeFirst().first().toInt(), 401);
    QVERIFY(inspector->serverVerdict().contains(u"signature does not match"_s));
}

namespace {
// The demo account's email and password, as the transcript shows them.
std::pair<QString, QString> demoAccount(const QString &transcript)
{
    static const QRegularExpression email(u"demo-[0-9a-f]+@example\\.com"_s);
    static const QRegularExpression password(u"\"password\": \"(demo passphrase \\d+)\""_s);
    return {email.match(transcript).captured(), password.match(transcript).captured(1)};
}
} // namespace

void TestConsole::walkThroughTheFlow()
{
    FlowWalkthrough *flow = m_window->walkthrough();
    QSignalSpy done(flow, &FlowWalkthrough::stepFinished);
    // Each step knows its expected status: 201 200 401 200 200 204 401 204.
    QCOMPARE(flow->stepCount(), 8);
    for (int i = 0; i < flow->stepCount(); ++i) {
        QVERIFY2(flow->findChild<QPushButton *>(u"step%1"_s.arg(i + 1))->isEnabled(),
                 qPrintable(QString::number(i)));
        QTest::mouseClick(flow->findChild<QPushButton *>(u"step%1"_s.arg(i + 1)), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(flow->stepPassed(i), qPrintable(flow->transcript()));
    }
    const QString transcript = flow->transcript();
    QVERIFY(transcript.contains(u"← 401 Unauthorized"_s));
    QVERIFY(transcript.contains(u"Please log in first."_s));
    QVERIFY(transcript.contains(u"← 204"_s));
    QCOMPARE(transcript.count(u"── "_s), 8);
    // The third step went without a token, whatever session the app has.
    QVERIFY(transcript.section(u"── "_s, 3, 3).contains(u"→ GET /moviedata?pageSize=2\n←"_s));
    // Nothing is left in the catalogue's accounts.
    const auto [email, password] = demoAccount(transcript);
    QVERIFY(!email.isEmpty() && !password.isEmpty());
    QCOMPARE(m_server->client()
                     .post("/login", {{u"email"_s, email}, {u"password"_s, password}})
                     .status,
             401);
}

void TestConsole::walkThroughStartedOverLeavesNothing()
{
    FlowWalkthrough *flow = m_window->walkthrough();
    QSignalSpy done(flow, &FlowWalkthrough::stepFinished);
    flow->runStep(0);
    QVERIFY(done.wait(10000));
    QVERIFY(flow->stepPassed(0));
    const auto [email, password] = demoAccount(flow->transcript());
    const QJsonObject credentials{{u"email"_s, email}, {u"password"_s, password}};
    QCOMPARE(m_server->client().post("/login", credentials).status, 200);
    flow->reset();
    QTRY_COMPARE(m_server->client().post("/login", credentials).status, 401);
    // Closing the console half-way does the same.
    flow->runStep(0);
    QVERIFY(done.wait(10000));
    const auto [second, secondPassword] = demoAccount(flow->transcript());
    m_window.reset();
    QTRY_COMPARE(m_server->client()
                         .post("/login", {{u"email"_s, second}, {u"password"_s, secondPassword}})
                         .status,
                 401);
}

void TestConsole::presetsDoNotSendTheSessionUnasked()
{
    const QList<ApiConsole::Preset> presets = ApiConsole::presets();
    int userDetails = -1;
    for (int i = 0; i < presets.size(); ++i) {
        if (presets[i].request.method == "GET"_L1 && presets[i].request.path == "/userdetails"_L1)
            userDetails = i;
    }
    QVERIFY(userDetails >= 0);
    console()->applyPreset(userDetails + 1);
    QVERIFY(console()->request().headers.isEmpty());
    QVERIFY2(console()->statusText().contains(u"needs a token"_s),
             qPrintable(console()->statusText()));
    QCOMPARE(sendAndWait(), 401);
    console()->useSession();
    QCOMPARE(sendAndWait(), 200);
}

// A long token in the status line (Copy as curl with the token) is elided, never widening the
// window past a 1280×800 screen; the whole text is in the tooltip.
void TestConsole::longTextNeverWidensTheWindow()
{
    auto fits = [this] {
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        return minimum.width() <= 1280 && minimum.height() <= 800;
    };
    m_window->resize(1000, 700);
    QVERIFY(fits());
    console()->setRequest({u"GET"_s, u"/moviedata?q="_s + QString(600, u'x'), {}, {}});
    console()->useSession();
    m_window->findChild<QCheckBox *>()->setChecked(true); // with the token itself
    const QString curl = console()->copyAsCurl();
    QVERIFY(curl.size() > 700);
    QVERIFY(fits());
    QCOMPARE(console()->statusText(), u"Copied to the clipboard: "_s + curl);
    auto *status = m_window->findChild<StateLabel *>(u"responseStatus"_s);
    QVERIFY(status->toolTip().contains(curl));
    QVERIFY(status->text().size() < curl.size());
    QCOMPARE(sendAndWait(), 200);
    QVERIFY(fits());
    console()->setRequest({u"POST"_s, u"/login"_s, {}, u"{\"email\": "_s + QString(500, u'y')});
    QVERIFY(fits());
    QCOMPARE(sendAndWait(), 400);
    QVERIFY(fits());
    m_window->resize(900, 600);
    QTRY_VERIFY(m_window->width() <= 1000);
}

void TestConsole::openedFromTheMainWindow()
{
    GuiApp app(m_server->port(), u"console test "_s + QUuid::createUuid().toString());
    QAction *action = app.window->findChild<QAction *>(u"actionConsole"_s);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
    action->trigger();
    auto *window = app.window->findChild<ConsoleWindow *>();
    QVERIFY(window && window->isVisible());
    QCOMPARE(window->windowTitle(), u"API Console — Reelvault"_s);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
