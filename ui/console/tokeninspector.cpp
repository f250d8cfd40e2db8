// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokeninspector.h"

#include "client/apiclient.h"
#include "console/jsonhighlighter.h"
#include "widgets/statelabel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QByteArray> decodePart(const QByteArray &part)
{
    auto r = QByteArray::fromBase64Encoding(part, Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!r || part.isEmpty())
        return std::nullopt;
    return *r;
}

} // namespace

TokenInspector::TokenInspector(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_input(new QPlainTextEdit(this))
    , m_formStatus(new StateLabel(this))
    , m_headerView(JsonHighlighter::codeView(this, true))
    , m_claimsView(JsonHighlighter::codeView(this, false))
    , m_signatureView(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_signatureStatus(new StateLabel(this))
    , m_explained(new QTableWidget(0, 3, this))
    , m_countdown(new QLabel(this))
    , m_server(new StateLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"tokenInspector"_s);
    m_input->setObjectName(u"tokenInput"_s);
    m_input->setPlaceholderText(tr("Paste a JWT here (three base64url parts separated by dots)"));
    m_input->setMaximumHeight(80);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_claimsView->setObjectName(u"claims"_s);
    m_claimsView->setToolTip(tr("Edit the claims to see the signature stop matching"));
    m_signatureView->setWordWrap(true);
    m_signatureView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signatureView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlaceholderText(
            tr("Optional: the HS256 key, base64url, to verify the signature here"));
    m_formStatus->setObjectName(u"formStatus"_s);
    m_signatureStatus->setObjectName(u"signatureStatus"_s);
    m_server->setObjectName(u"serverVerdict"_s);
    m_server->setWordWrap(true);
    m_countdown->setObjectName(u"countdown"_s);
    m_explained->setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("Meaning")});
    m_explained->horizontalHeader()->setStretchLastSection(true);
    m_explained->verticalHeader()->hide();
    m_explained->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *mine = new QPushButton(tr("Use &my token"), this);
    auto *ask = new QPushButton(tr("&Ask the server"), this);
    ask->setObjectName(u"askServer"_s);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(mine);
    buttons->addWidget(ask);
    buttons->addStretch(1);
    inputRow->addLayout(buttons);

    auto part = [this](const QString &title, QWidget *w) {
        auto *box = new QGroupBox(title, this);
        auto *l = new QVBoxLayout(box);
        l->addWidget(w);
        return box;
    };
    auto *signature = new QWidget(this);
    auto *sigLayout = new QVBoxLayout(signature);
    sigLayout->setContentsMargins(0, 0, 0, 0);
    sigLayout->addWidget(m_signatureView);
    sigLayout->addWidget(m_key);
    sigLayout->addWidget(m_signatureStatus);
    sigLayout->addStretch(1);
    auto *parts = new QGridLayout;
    parts->addWidget(part(tr("Header"), m_headerView), 0, 0);
    parts->addWidget(part(tr("Claims (editable)"), m_claimsView), 0, 1);
    parts->addWidget(part(tr("Signature"), signature), 0, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputRow);
    layout->addWidget(m_formStatus);
    layout->addLayout(parts, 2);
    layout->addWidget(m_countdown);
    layout->addWidget(m_explained, 1);
    layout->addWidget(m_server);

    connect(m_input, &QPlainTextEdit::textChanged, this, &TokenInspector::decode);
    connect(m_claimsView, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            checkSignature();
    });
    connect(m_key, &QLineEdit::textChanged, this, &TokenInspector::checkSignature);
    connect(mine, &QPushButton::clicked, this,
            [this] { setToken(QString::fromLatin1(m_api->session().accessToken)); });
    connect(ask, &QPushButton::clicked, this, &TokenInspector::askServer);
    connect(m_timer, &QTimer::timeout, this, &TokenInspector::tick);
    m_timer->start(1000);
    decode();
}

void TokenInspector::setToken(const QString &token)
{
    m_input->setPlainText(token);
}

QString TokenInspector::token() const
{
    return m_input->toPlainText().trimmed();
}

void TokenInspector::setKey(const QString &key)
{
    m_key->setText(key);
}

void TokenInspector::setEditedClaims(const QString &json)
{
    m_claimsView->setPlainText(json);
}

QString TokenInspector::editedToken() const
{
    if (!m_wellFormed)
        return token();
    const QJsonDocument edited = QJsonDocument::fromJson(m_claimsView->toPlainText().toUtf8());
    if (!edited.isObject() || edited.object() == m_claims)
        return token(); // unchanged: keep the original bytes
    return QString::fromLatin1(m_parts[0] + '.'
                               + edited.toJson(QJsonDocument::Compact).toBase64(Url) + '.'
                               + m_parts[2]);
}

void TokenInspector::decode()
{
    m_updating = true;
    m_wellFormed = false;
    m_header = {};
    m_claims = {};
    const QList<QByteArray> parts = token().toLatin1().split('.');
    QString problem;
    if (token().isEmpty())
        problem = tr("No token yet.");
    else if (parts.size() != 3)
        problem = tr("Not well-formed: a JWT has three parts separated by dots; this has %1.")
                          .arg(parts.size());
    else {
        const auto header = decodePart(parts[0]);
        const auto claims = decodePart(parts[1]);
        const auto signature = decodePart(parts[2]);
        const QJsonDocument h = header ? QJsonDocument::fromJson(*header) : QJsonDocument();
        const QJsonDocument c = claims ? QJsonDocument::fromJson(*claims) : QJsonDocument();
        if (!h.isObject())
            problem = tr("Not well-formed: the header is not base64url-encoded JSON.");
        else if (!c.isObject())
            problem = tr("Not well-formed: the claims are not base64url-encoded JSON.");
        else if (!signature)
            problem = tr("Not well-formed: the signature is not base64url.");
        else {
            m_wellFormed = true;
            m_header = h.object();
            m_claims = c.object();
            for (int i = 0; i < 3; ++i)
                m_parts[i] = parts[i];
            m_signatureView->setText(tr("%1\n(%2 bytes: %3)")
                                             .arg(QString::fromLatin1(parts[2]))
                                             .arg(signature->size())
                                             .arg(QString::fromLatin1(signature->toHex(' '))));
        }
    }
    m_headerView->setPlainText(m_wellFormed ? QString::fromUtf8(QJsonDocument(m_header).toJson())
                                            : QString());
    m_claimsView->setPlainText(m_wellFormed ? QString::fromUtf8(QJsonDocument(m_claims).toJson())
                                            : QString());
    if (!m_wellFormed)
        m_signatureView->clear();
    const QString alg = m_header.value("alg"_L1).toString();
    m_formStatus->setText(
            !m_wellFormed ? problem
                    : alg == "HS256"_L1
                    ? tr("Well-formed HS256 token.")
                    : tr("Well-formed, but signed with \"%1\": this server accepts HS256 only.")
                              .arg(alg));
    m_formStatus->setState(m_wellFormed && alg == "HS256"_L1 ? Palette::State::Success
                                                             : Palette::State::Error);
    m_server->setMessage({}, std::nullopt);
    m_updating = false;
    explain();
    checkSignature();
    tick();
}

void TokenInspector::checkSignature()
{
    m_signature = Signature::Unknown;
    const bool edited = editedToken() != token();
    QString text = edited ? tr("The claims were edited: the signature was made for the original "
                               "claims and no longer matches them.")
                          : QString();
    const QByteArray key = QByteArray::fromBase64(m_key->text().trimmed().toLatin1(), Url);
    if (m_wellFormed && !key.isEmpty()) {
        const QList<QByteArray> parts = editedToken().toLatin1().split('.');
        const QByteArray mac = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], key,
                                                                QCryptographicHash::Sha256);
        m_signature = mac.toBase64(Url) == parts[2] ? Signature::Valid : Signature::Invalid;
        text += (text.isEmpty() ? QString() : u" "_s)
                + (m_signature == Signature::Valid
                           ? tr("With this key the signature is valid.")
                           : tr("With this key the signature does not match."));
    }
    m_signatureStatus->setText(text);
    m_signatureStatus->setWordWrap(true);
    m_signatureStatus->setState(m_signature == Signature::Valid && !edited ? Palette::State::Success
                                                                           : Palette::State::Error);
}

void TokenInspector::explain()
{
    static const QList<QPair<const char *, const char *>> meanings{
            {"iss", QT_TR_NOOP("issuer: who made the token (this server says \"reelvault\")")},
            {"sub", QT_TR_NOOP("subject: the id of the account it speaks for")},
            {"email", QT_TR_NOOP("the account's email when the token was made")},
            {"role",
             QT_TR_NOOP("admin or user; the server reads the role fresh from its database")},
            {"iat", QT_TR_NOOP("issued at")},
            {"nbf", QT_TR_NOOP("not before: not valid until then")},
            {"exp", QT_TR_NOOP("expires: refused after this (with at most 60 s leeway)")},
            {"jti", QT_TR_NOOP("token id: what logout revokes")},
    };
    m_explained->setRowCount(0);
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        QString value = it.value().isString()
                ? it.value().toString()
                : QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, it.value()}})
                                            .toJson(QJsonDocument::Compact))
                          .mid(5)
                          .chopped(1);
        QString meaning;
        for (const auto &[claim, text] : meanings) {
            if (it.key() == QLatin1StringView(claim))
                meaning = tr(text);
        }
        if ((it.key() == "exp"_L1 || it.key() == "iat"_L1 || it.key() == "nbf"_L1)
            && it.value().isDouble())
            value += u"  ("_s
                    + QLocale().toString(QDateTime::fromSecsSinceEpoch(it.value().toInteger()),
                                         QLocale::LongFormat)
                    + u')';
        const int row = m_explained->rowCount();
        m_explained->insertRow(row);
        m_explained->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_explained->setItem(row, 1, new QTableWidgetItem(value));
        m_explained->setItem(row, 2, new QTableWidgetItem(meaning));
    }
    m_explained->resizeColumnsToContents();
}

QString TokenInspector::explanation() const
{
    QStringList rows;
    for (int row = 0; row < m_explained->rowCount(); ++row)
        rows << m_explained->item(row, 0)->text() + u": "_s + m_explained->item(row, 1)->text();
    return rows.join(u'\n');
}

void TokenInspector::tick()
{
    if (!m_claims.value("exp"_L1).isDouble()) {
        m_countdown->clear();
        return;
    }
    const qint64 left = m_claims.value("exp"_L1).toInteger() - QDateTime::currentSecsSinceEpoch();
    if (left <= 0)
        m_countdown->setText(tr("Expired %1 s ago.").arg(-left));
    else
        m_countdown->setText(tr("Expires in %1:%2 (minutes:seconds).")
                                     .arg(left / 60)
                                     .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void TokenInspector::askServer()
{
    ApiClient::Request r;
    r.path = u"/userdetails"_s;
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + editedToken().toLatin1());
    m_server->setMessage(tr("Asking the server…"), std::nullopt);
    m_api->exchange(
            r,
            [this](const ApiResult &answer) {
                const QJsonObject o = answer.object();
                if (answer.status == 200)
                    m_server->setMessage(
                            tr("The server accepts this token (GET /userdetails answered "
                               "200 for %1).")
                                    .arg(o.value("email"_L1).toString()),
                            Palette::State::Success);
                else
                    m_server->setMessage(tr("The server refuses this token: %1 %2")
                                                 .arg(answer.status)
                                                 .arg(o.value("detail"_L1).toString()),
                                         Palette::State::Error);
                Q_EMIT serverAnswered(answer.status);
            },
            this);
}

QString TokenInspector::serverVerdict() const
{
    return m_server->text();
}
