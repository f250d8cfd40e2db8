// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

#include "theme/palette.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

JsonHighlighter::JsonHighlighter(QPlainTextEdit *view)
    : QSyntaxHighlighter(view->document())
    , m_view(view)
{
    m_key.setFontWeight(QFont::DemiBold);
    setColours();
    view->installEventFilter(this);
}

void JsonHighlighter::setColours()
{
    const QPalette &p = m_view->palette();
    m_key.setForeground(Palette::syntax(Palette::Syntax::Key, p));
    m_string.setForeground(Palette::syntax(Palette::Syntax::String, p));
    m_number.setForeground(Palette::syntax(Palette::Syntax::Number, p));
    m_literal.setForeground(Palette::syntax(Palette::Syntax::Literal, p));
}

bool JsonHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // The theme changed: the same text in the colours of the new one.
    if (watched == m_view && event->type() == QEvent::PaletteChange) {
        setColours();
        rehighlight();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
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
    new JsonHighlighter(view);
    return view;
}
