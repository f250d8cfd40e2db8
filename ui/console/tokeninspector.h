// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class ApiClient;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;
class StateLabel;

// Paste (or take) a token and see its three parts decoded side by side, the claims explained
// (exp as a local date with a live countdown), whether it is well-formed, whether a key you give
// verifies its HS256 signature, and whether the server accepts it. Editing the claims shows
// that the signature no longer matches, and what the server says to the edited token.
class TokenInspector : public QWidget
{
    Q_OBJECT
public:
    explicit TokenInspector(ApiClient *api, QWidget *parent = nullptr);

    void setToken(const QString &token);
    QString token() const; // as pasted
    QString editedToken() const; // the claims as edited, with the original signature
    bool isWellFormed() const { return m_wellFormed; }
    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }
    // With a key: whether the signature matches (of the edited token, if edited).
    enum class Signature { Unknown, Valid, Invalid };
    Signature signatureCheck() const { return m_signature; }
    void setKey(const QString &base64UrlKey);
    void setEditedClaims(const QString &json);
    void askServer();
    QString serverVerdict() const;
    QString explanation() const; // the claims table as text

Q_SIGNALS:
    void serverAnswered(int status);

private:
    void decode();
    void checkSignature();
    void explain();
    void tick();

    ApiClient *m_api;
    QPlainTextEdit *m_input;
    StateLabel *m_formStatus;
    QPlainTextEdit *m_headerView;
    QPlainTextEdit *m_claimsView;
    QLabel *m_signatureView;
    QLineEdit *m_key;
    StateLabel *m_signatureStatus;
    QTableWidget *m_explained;
    QLabel *m_countdown;
    StateLabel *m_server;
    QTimer *m_timer;
    QJsonObject m_header;
    QJsonObject m_claims;
    QByteArray m_parts[3];
    bool m_wellFormed = false;
    bool m_updating = false;
    Signature m_signature = Signature::Unknown;
};
