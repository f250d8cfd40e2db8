#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service) and a throwaway HOME, so a test never touches the user's own keyring.
# gnome-keyring needs a non-empty password here: an empty one makes it try a GUI prompt.
set -eu
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    echo reelvault-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' sh "$@"
