#include "fielderror.h"

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldError::show(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldError::clear()
{
    show({});
}
