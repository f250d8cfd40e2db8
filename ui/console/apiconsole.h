#pragma once

#include "console/consolerequest.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QWidget>

class ApiClient;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;

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
    bool isBusy() const { return m_reply; }
    void useSession();
    void removeAuthorization();
    QString copyAsCurl(); // also put on the clipboard

    // What the last answer showed (for tests and for people reading the screen).
    int lastStatus() const { return m_lastStatus; }
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

Q_SIGNALS:
    void finished(int status);

private:
    void applyPreset(int index);
    void validateBody();
    void formatBody();
    void showReply(QNetworkReply *reply, qint64 elapsedMs);
    void reloadHistory();
    void loadRouteCompletion();
    void setHeader(const QString &name, const QString &value);

    ApiClient *m_api;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    QComboBox *m_method;
    QLineEdit *m_path;
    QComboBox *m_preset;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QTableWidget *m_headers;
    QPlainTextEdit *m_body;
    QLabel *m_bodyStatus;
    QCheckBox *m_revealToken;
    QLabel *m_status;
    QTabWidget *m_responseTabs;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
    QTableWidget *m_responseHeaders;
    QListWidget *m_history;
    int m_lastStatus = 0;
};
