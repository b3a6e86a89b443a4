#!/usr/bin/env bash
# Runs one test inside a private D-Bus session with a throw-away, unlocked
# gnome-keyring (a Secret Service that never prompts), as PLATFORM-NOTES.md
# describes. Without dbus-run-session or gnome-keyring-daemon the test runs
# as is and skips with its reason. DISPLAY is unset: with a display and no
# unlocked keyring, gnome-keyring would show a prompt and hang.
set -euo pipefail

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-test-keyring: dbus-run-session or gnome-keyring-daemon is missing; running without a Secret Service" >&2
    exec env -u DISPLAY DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/parkbar-test-bus "$@"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/keyring-data" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# The keyring's own files go to the scratch folder, not to the test's folders.
exec timeout --kill-after=5 90 env -u DISPLAY HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" \
    dbus-run-session -- bash -c '
        echo -n parkbar-test-keyring | XDG_DATA_HOME="$HOME/keyring-data" \
            gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' with-test-keyring "$@"
