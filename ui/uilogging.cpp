#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "reelvault.ui", QtInfoMsg)
