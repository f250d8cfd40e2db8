// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// "Delete this?": a question whose button says Delete, Cancel the default. Pages hold it as an
// Ask so that tests can answer in its place.
class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)
public:
    using Ask = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    // True when the person chose Delete.
    static bool ask(QWidget *parent, const QString &title, const QString &text);
};
