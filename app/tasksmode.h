// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

// `reelvault --backup FILE`, `--restore FILE`, `--reset-password EMAIL`: asks for the secret,
// runs the task (DataDirTasks), prints one line; 0 when done, 1 when it failed.
class TasksMode
{
public:
    static int run(const CommandLine::Result &options);
};
