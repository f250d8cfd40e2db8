// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/apiresult.h"
#include "console/consolerequest.h"

#include <QWidget>

class ApiClient;
class QCheckBox;
class QComboBox;
class QLabel;
class StateLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

// Send any request to the built-in API and see exactly what comes back: the lesson's flow,
// poked by hand. Requests run asynchronously and can be cancelled; the history (without tokens
// or passwords) survives relaunches; any request can be copied as a curl command.
class ApiConsole : public QWidget
{
    Q_OBJECT
public:
    explicit ApiConsole(ApiClient *api, QWidget *parent = nullptr);

    ConsoleRequest request() const;
    void setRequest(const ConsoleRequest &request);
    void send();
    void cancel();
    bool isBusy() const { return m_exchange != 0; }
    void useSession();
    void removeAuthorization();
    QString copyAsCurl(); // also put on the clipboard

    // What the last answer showed (for tests and for people reading the screen).
    QString statusText() const;
    QString prettyBody() const;
    QString rawBody() const;
    QString responseHeader(const QString &name) const;

    struct Preset
    {
        QString name;
        ConsoleRequest request;
        bool authenticated;
    };
    static QList<Preset> presets();
    // index 1..presets().size() (0 is the combo box's "Presets…"): a protected route's preset
    // does not add the session; the status line says it needs a token and how to send one.
    void applyPreset(int index);

Q_SIGNALS:
    void finished(int status);

private:
    void validateBody();
    void formatBody();
    void showResult(const ApiResult &result);
    void reloadHistory();
    void loadRouteCompletion();
    void setHeader(const QString &name, const QString &value);

    ApiClient *m_api;
    quint64 m_exchange = 0; // the request on its way, if any
    QComboBox *m_method;
    QLineEdit *m_path;
    QComboBox *m_preset;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QTableWidget *m_headers;
    QPlainTextEdit *m_body;
    StateLabel *m_bodyStatus;
    QCheckBox *m_revealToken;
    StateLabel *m_status;
    QTabWidget *m_responseTabs;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
    QTableWidget *m_responseHeaders;
    QListWidget *m_history;
};
