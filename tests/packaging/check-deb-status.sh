#!/usr/bin/env bash
# Runs the unpacked .deb's `parkbar --status` against the simulator:
# parkbar-sim --port 0 prints "parkbar-sim listening on http://127.0.0.1:PORT";
# the status must exit 0, list PARK_CUSTOMER, print nothing on stderr and never
# show the password; with a wrong password it says so in one line and exits 4.
#   check-deb-status.sh DEB_ROOT PARKBAR_SIM WORK_DIR
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 3 ] || fail "usage: check-deb-status.sh DEB_ROOT PARKBAR_SIM WORK_DIR"
root="$1" sim="$2" work="$3"
parkbar="$root/usr/bin/parkbar"
[ -x "$parkbar" ] || fail "$parkbar is missing (packaging_deb unpacks it)"
[ -x "$sim" ] || fail "$sim is missing (build parkbar-sim)"
rm -rf "$work"
mkdir -p "$work/config" "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
# A throwaway home: nothing read from or written to the real user's settings.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime"
unset DISPLAY WAYLAND_DISPLAY

coproc SIM { exec "$sim" --port 0 2>"$work/sim.err"; }
# shellcheck disable=SC2153 # set by coproc
sim_pid=$SIM_PID
trap 'kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true' EXIT

line=""
if ! read -r -t 10 line <&"${SIM[0]}"; then
    fail "parkbar-sim printed no line within 10 s: $(cat "$work/sim.err")"
fi
[[ "$line" =~ ^parkbar-sim\ listening\ on\ (http://127\.0\.0\.1:[0-9]+)$ ]] \
    || fail "parkbar-sim's first line is '$line', expected 'parkbar-sim listening on http://127.0.0.1:PORT'"
url="${BASH_REMATCH[1]}"

status=0
PARKBAR_PASSWORD=1234 timeout 30 "$parkbar" --status --server "$url" --user 6666 --agent 1000 \
    >"$work/status.out" 2>"$work/status.err" || status=$?
# First, so that no failure message below can repeat the password.
if grep -qw '1234' "$work/status.out" "$work/status.err"; then
    fail "parkbar --status showed the password (see $work/status.out and status.err)"
fi
[ "$status" -ne 124 ] || fail "parkbar --status did not finish within 30 s"
[ "$status" -eq 0 ] \
    || fail "parkbar --status exited with $status; stdout: $(cat "$work/status.out"); stderr: $(cat "$work/status.err")"
grep -q 'PARK_CUSTOMER' "$work/status.out" \
    || fail "parkbar --status printed no PARK_CUSTOMER line: $(cat "$work/status.out")"

# Plain http: one line says the password travels unencrypted, and nothing else is written.
http_warning="Warning: $url is plain http, so the API password travels unencrypted; use https:// if the server offers it."
[ "$(cat "$work/status.err")" = "$http_warning" ] \
    || fail "parkbar --status wrote to stderr on success: '$(cat "$work/status.err")', expected only '$http_warning'"

status=0
PARKBAR_PASSWORD=wrong-5678 timeout 30 "$parkbar" --status --server "$url" --user 6666 --agent 1000 \
    >"$work/wrong.out" 2>"$work/wrong.err" || status=$?
if grep -q 'wrong-5678' "$work/wrong.out" "$work/wrong.err"; then
    fail "parkbar --status showed the wrong password (see $work/wrong.out and wrong.err)"
fi
[ "$status" -eq 4 ] || fail "parkbar --status with a wrong password exited with $status, expected 4"
[ ! -s "$work/wrong.out" ] || fail "parkbar --status with a wrong password printed: $(cat "$work/wrong.out")"
expected="$http_warning
parkbar: Signed out: wrong API user or password."
[ "$(cat "$work/wrong.err")" = "$expected" ] \
    || fail "parkbar --status with a wrong password said '$(cat "$work/wrong.err")', expected only '$expected'"

echo "PASS: the packaged parkbar --status against $url lists PARK_CUSTOMER, and a wrong password is one line"
