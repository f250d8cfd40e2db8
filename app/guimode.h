// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

// `reelvault`: the desktop window, with the API started in-process on its own thread
// (127.0.0.1:8765, or a free port when that one is taken).
class GuiMode
{
public:
    static int run(const ServerConfig &config, bool portFixed);
};
