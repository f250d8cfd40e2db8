// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "reelvault.ui", QtInfoMsg)
// Per-frame timings of the views that must stay smooth (off unless asked for:
// QT_LOGGING_RULES="reelvault.ui.frames.debug=true").
Q_LOGGING_CATEGORY(lcUiFrames, "reelvault.ui.frames", QtWarningMsg)
