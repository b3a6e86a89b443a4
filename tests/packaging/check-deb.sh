#!/usr/bin/env bash
# Builds the .deb with CPack from the build tree, checks its control fields
# and contents, unpacks it and runs the unpacked `parkbar --version`. Leaves
# the unpacked tree in WORK/root for check-deb-status.sh.
#   check-deb.sh BUILD_DIR VERSION HOMEPAGE WORK_DIR APP_ID
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 5 ] || fail "usage: check-deb.sh BUILD_DIR VERSION HOMEPAGE WORK_DIR APP_ID"
build="$1" version="$2" homepage="$3" work="$4" app_id="$5"
for tool in cpack dpkg-deb dpkg-shlibdeps fakeroot; do
    command -v "$tool" >/dev/null || fail "$tool not found (Debian packages cmake, dpkg-dev, fakeroot)"
done
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake is missing (configure the project first)"
rm -rf "$work"
mkdir -p "$work"

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb="$work/cpack/parkbar_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "cpack did not write $(basename "$deb"); it wrote: $(ls "$work/cpack")"

field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {
    local value
    value="$(field "$1")"
    [ "$value" = "$2" ] || fail "control field $1 is '$value', expected '$2'"
}
expect_field Package parkbar
expect_field Version "$version"
expect_field Section comm
expect_field Priority optional
expect_field Homepage "$homepage"
[[ "$(field Maintainer)" =~ ^.+\ \<.+@.+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
[ -n "$(field Description | sed -n 2p)" ] || fail "the Description has no extended text"

depends="$(field Depends)"
# qt6-qpa-plugins and libqt6svg6 are loaded as plugins, invisible to dpkg-shlibdeps;
# libqt6core6 with a version proves that dpkg-shlibdeps did run.
for dependency in 'qt6-qpa-plugins' 'libqt6svg6' 'adduser' 'libqt6core6 (>= '; do
    [[ "$depends" == *"$dependency"* ]] || fail "Depends lacks '$dependency': $depends"
done
[[ "$(field Recommends)" == *libsecret-1-0* ]] || fail "Recommends lacks libsecret-1-0: $(field Recommends)"

dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's#^\./#/#' >"$work/contents.txt"
for path in \
    /usr/bin/parkbar \
    /usr/bin/parkbar-sim \
    /usr/bin/parkbar-hub \
    /lib/systemd/system/parkbar-hub.service \
    /etc/parkbar-hub/parkbar-hub.conf.example \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/16x16/apps/$app_id.png" \
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    /usr/share/doc/parkbar/copyright; do
    grep -qxF "$path" "$work/contents.txt" || fail "the package does not install $path"
done
! grep -q '^/usr/lib\|/include/\|\.a$' "$work/contents.txt" || fail "the package ships build leftovers: $(grep '^/usr/lib\|/include/\|\.a$' "$work/contents.txt")"

# The hub's unit is installed, never enabled by the package; its example configuration is a conffile.
! grep -q '\.wants/' "$work/contents.txt" || fail "the package enables a systemd unit: $(grep '\.wants/' "$work/contents.txt")"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles 2>/dev/null | grep -qxF /etc/parkbar-hub/parkbar-hub.conf.example \
    || fail "the hub's example configuration is not a conffile"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst 2>/dev/null | grep -q 'adduser --system' \
    || fail "the postinst does not make the parkbar-hub system user"

dpkg-deb -x "$deb" "$work/root"
hub_output="$("$work/root/usr/bin/parkbar-hub" --version 2>"$work/hub-version.err")" \
    || fail "the unpacked parkbar-hub --version failed: $(cat "$work/hub-version.err")"
[ "$hub_output" = "parkbar-hub $version" ] || fail "the unpacked parkbar-hub --version printed '$hub_output'"
output="$(env -u DISPLAY "$work/root/usr/bin/parkbar" --version 2>"$work/version.err")" \
    || fail "the unpacked parkbar --version failed: $(cat "$work/version.err")"
[ "$output" = "parkbar $version" ] || fail "the unpacked parkbar --version printed '$output', expected 'parkbar $version'"

echo "PASS: $(basename "$deb"): control fields, contents and --version ($output)"
