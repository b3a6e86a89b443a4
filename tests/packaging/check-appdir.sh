#!/usr/bin/env bash
# make-appimage.sh refuses clearly without linuxdeploy, and in --appdir-only
# mode makes a complete AppDir whose AppRun starts the installed parkbar.
#   check-appdir.sh MAKE_APPIMAGE_SCRIPT BUILD_DIR VERSION WORK_DIR APP_ID
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 5 ] || fail "usage: check-appdir.sh MAKE_APPIMAGE_SCRIPT BUILD_DIR VERSION WORK_DIR APP_ID"
script="$1" build="$2" version="$3" work="$4" app_id="$5"
rm -rf "$work"
mkdir -p "$work"

status=0
env -u LINUXDEPLOY -u LINUXDEPLOY_PLUGIN_QT "$script" --build-dir "$build" --appdir "$work/refused" \
    >"$work/refused.out" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "make-appimage.sh succeeded without linuxdeploy"
grep -q 'linuxdeploy not given' "$work/refused.out" \
    || fail "make-appimage.sh without linuxdeploy did not say why: $(cat "$work/refused.out")"
[ ! -e "$work/refused" ] || fail "make-appimage.sh started work before checking for linuxdeploy"

appdir="$work/AppDir"
"$script" --build-dir "$build" --appdir "$appdir" --appdir-only >"$work/make.out" 2>&1 \
    || fail "make-appimage.sh --appdir-only failed: $(cat "$work/make.out")"

[ -x "$appdir/AppRun" ] || fail "the AppDir has no executable AppRun"
for path in "$app_id.desktop" "$app_id.svg" .DirIcon usr/bin/parkbar usr/bin/parkbar-sim \
    "usr/share/metainfo/$app_id.metainfo.xml"; do
    [ -e "$appdir/$path" ] || fail "the AppDir lacks $path (or it is a dangling link)"
done
grep -qx "Icon=$app_id" "$appdir/$app_id.desktop" || fail "the desktop file's Icon is not $app_id"

output="$(env -u DISPLAY "$appdir/AppRun" --version 2>"$work/version.err")" \
    || fail "AppRun --version failed: $(cat "$work/version.err")"
[ "$output" = "parkbar $version" ] || fail "AppRun --version printed '$output', expected 'parkbar $version'"

echo "PASS: AppDir with AppRun --version ($output); refused without linuxdeploy"
