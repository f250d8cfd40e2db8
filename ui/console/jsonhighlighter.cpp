#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1f, 0x4e, 0x8c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x1a, 0x7f, 0x37));
    m_number.setForeground(QColor(0xb0, 0x5a, 0x00));
    m_literal.setForeground(QColor(0x8a, 0x2b, 0xa8));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression strings(uR"("(?:[^"\\]|\\.)*"(\s*:)?)"_s);
    static const QRegularExpression numbers(uR"((?<![\w."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"_s);
    static const QRegularExpression literals(uR"(\b(?:true|false|null)\b)"_s);
    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_number);
    }
    for (auto it = literals.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_literal);
    }
    // Strings last: digits or "null" inside a string stay string-coloured.
    for (auto it = strings.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool isKey = !m.captured(1).isEmpty();
        setFormat(int(m.capturedStart()), int(m.capturedLength() - m.captured(1).size()),
                  isKey ? m_key : m_string);
    }
}

QPlainTextEdit *JsonHighlighter::codeView(QWidget *parent, bool readOnly)
{
    auto *view = new QPlainTextEdit(parent);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setReadOnly(readOnly);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(view->document());
    return view;
}
