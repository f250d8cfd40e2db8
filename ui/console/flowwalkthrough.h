// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <functional>

class ApiClient;
class QLabel;
class StateLabel;
class QPlainTextEdit;
class QPushButton;

// The lesson's sequence against the live API, a button per step: register a demo user, log in,
// /moviedata without a token (401 "please log in first"), with it (200), /userdetails, log out,
// the old token refused, and the demo account deleted again (DELETE /userdetails), so the
// walk-through leaves nothing behind: also when it is started over or closed half-way. Each
// step shows the request it made and the answer it got.
class FlowWalkthrough : public QWidget
{
    Q_OBJECT
public:
    explicit FlowWalkthrough(ApiClient *api, QWidget *parent = nullptr);
    ~FlowWalkthrough() override;

    int stepCount() const { return int(m_steps.size()); }
    void runStep(int index);
    bool stepPassed(int index) const { return m_steps.value(index).passed; }
    QString transcript() const;
    void reset();

Q_SIGNALS:
    void stepFinished(int index, bool passed);

private:
    struct Step
    {
        QString title;
        QPushButton *button = nullptr;
        StateLabel *result = nullptr;
        bool passed = false;
    };
    void request(int index, const QByteArray &method, const QString &path, const QByteArray &token,
                 const QByteArray &body, int expected);
    // Signs the demo user in again and deletes the account; done gets the DELETE's answer (or
    // the login's, when that failed). Runs on without this widget (the client is the context).
    static void deleteDemoAccount(ApiClient *api, const QString &email, const QString &password,
                                  std::function<void(const QByteArray &token)> signedIn);
    void leaveNothingBehind();

    ApiClient *m_api;
    QList<Step> m_steps;
    QPlainTextEdit *m_log;
    QString m_email;
    QString m_password;
    QByteArray m_token;
    QByteArray m_refreshToken;
    bool m_demoExists = false; // registered by step 1, not yet deleted
};
