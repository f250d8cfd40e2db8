// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconfig.h"

// `reelvault --serve`: the API alone. Prints the contract's ready line
// "Listening on http://HOST:PORT" once it accepts connections, stops cleanly with exit code 0
// on SIGINT or SIGTERM, and fails with one line on stderr and exit code 1 when it cannot start.
class ServeMode
{
public:
    static int run(const ServerConfig &config);
};
