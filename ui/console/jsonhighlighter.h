// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;
class QWidget;

// Colours JSON as it is typed or shown: keys, strings, numbers, true/false/null.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // Highlights view's document in the colours of view's palette, and follows its changes.
    explicit JsonHighlighter(QPlainTextEdit *view);
    // A monospaced, unwrapped text view that highlights JSON: the console's editors and views.
    static QPlainTextEdit *codeView(QWidget *parent, bool readOnly);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setColours();

    QPlainTextEdit *m_view;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};
