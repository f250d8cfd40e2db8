#pragma once

#include <QLabel>

// The message beside a form field: red, word-wrapped, hidden while there is nothing to say.
class FieldError : public QLabel
{
    Q_OBJECT
public:
    explicit FieldError(QWidget *parent = nullptr);
    void show(const QString &message);
    void clear();
};
