#!/usr/bin/env bash
# Makes ParkBar's AppDir from `cmake --install` and turns it into an AppImage
# with linuxdeploy and linuxdeploy-plugin-qt, which bundle the Qt runtime.
#
#   make-appimage.sh --build-dir DIR [--output-dir DIR] [--appdir DIR]
#                    [--linuxdeploy PATH] [--linuxdeploy-plugin-qt PATH]
#   make-appimage.sh --build-dir DIR --appdir DIR --appdir-only
#
# The tools are not downloaded here: pass their paths, or set LINUXDEPLOY and
# LINUXDEPLOY_PLUGIN_QT (the release workflow downloads them). QMAKE picks the
# Qt installation (default: qmake6 from PATH). --appdir-only stops before
# linuxdeploy: the AppDir then runs against the system's Qt.
set -euo pipefail

die() { echo "make-appimage: $*" >&2; exit 1; }

script_dir="$(cd "$(dirname "$0")" && pwd)"
build_dir=""
output_dir="$PWD"
appdir=""
appdir_only=0
linuxdeploy="${LINUXDEPLOY:-}"
plugin_qt="${LINUXDEPLOY_PLUGIN_QT:-}"
app_id="io.github.parkbar.ParkBar"

while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir="$2"; shift 2 ;;
        --output-dir) output_dir="$2"; shift 2 ;;
        --appdir) appdir="$2"; shift 2 ;;
        --appdir-only) appdir_only=1; shift ;;
        --linuxdeploy) linuxdeploy="$2"; shift 2 ;;
        --linuxdeploy-plugin-qt) plugin_qt="$2"; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done

[ -n "$build_dir" ] || die "--build-dir is required (a configured and built CMake build tree)"
[ -f "$build_dir/cmake_install.cmake" ] || die "$build_dir is not a CMake build tree (no cmake_install.cmake)"
build_dir="$(cd "$build_dir" && pwd)"
appdir="${appdir:-$build_dir/AppDir}"

if [ "$appdir_only" -eq 0 ]; then
    # Check the tools before doing any work, and say where they come from.
    if [ -z "$linuxdeploy" ]; then
        die "linuxdeploy not given: pass --linuxdeploy PATH or set LINUXDEPLOY
  (download linuxdeploy-x86_64.AppImage from https://github.com/linuxdeploy/linuxdeploy/releases)"
    fi
    [ -x "$linuxdeploy" ] || die "linuxdeploy is not an executable file: $linuxdeploy"
    if [ -z "$plugin_qt" ]; then
        die "linuxdeploy-plugin-qt not given: pass --linuxdeploy-plugin-qt PATH or set LINUXDEPLOY_PLUGIN_QT
  (download linuxdeploy-plugin-qt-x86_64.AppImage from https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases)"
    fi
    [ -x "$plugin_qt" ] || die "linuxdeploy-plugin-qt is not an executable file: $plugin_qt"
    if [ -z "${QMAKE:-}" ]; then
        QMAKE="$(command -v qmake6 || true)"
        [ -n "$QMAKE" ] || die "qmake6 not found: install qt6-base-dev-tools or set QMAKE to Qt 6's qmake"
    fi
    export QMAKE
fi

rm -rf "$appdir"
mkdir -p "$appdir"
appdir="$(cd "$appdir" && pwd)"
DESTDIR="$appdir" cmake --install "$build_dir" --prefix /usr >/dev/null \
    || die "cmake --install $build_dir failed"

desktop="$appdir/usr/share/applications/$app_id.desktop"
metainfo="$appdir/usr/share/metainfo/$app_id.metainfo.xml"
[ -x "$appdir/usr/bin/parkbar" ] || die "the install did not produce usr/bin/parkbar"
[ -f "$desktop" ] || die "the install did not produce $desktop"
[ -f "$metainfo" ] || die "the install did not produce $metainfo"
version="$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)"
[ -n "$version" ] || die "no release version in $metainfo"

if [ "$appdir_only" -eq 1 ]; then
    # What linuxdeploy would add at the top of the AppDir.
    install -m 0755 "$script_dir/AppRun" "$appdir/AppRun"
    ln -s "usr/share/applications/$app_id.desktop" "$appdir/$app_id.desktop"
    ln -s "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "$appdir/$app_id.svg"
    ln -s "usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/.DirIcon"
    echo "make-appimage: AppDir for ParkBar $version in $appdir"
    exit 0
fi

# linuxdeploy finds its plugins on PATH under their plugin names; it finds the
# installed executables, desktop file and icons in the AppDir by itself.
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
ln -s "$(readlink -f "$plugin_qt")" "$tools/linuxdeploy-plugin-qt"
mkdir -p "$output_dir"
output_dir="$(cd "$output_dir" && pwd)"

# Inside containers without FUSE the tools run from their extracted selves.
export APPIMAGE_EXTRACT_AND_RUN="${APPIMAGE_EXTRACT_AND_RUN:-1}"
export LINUXDEPLOY_OUTPUT_VERSION="$version"
(
    cd "$output_dir"
    PATH="$tools:$PATH" "$linuxdeploy" \
        --appdir "$appdir" \
        --custom-apprun "$script_dir/AppRun" \
        --plugin qt \
        --output appimage
) || die "linuxdeploy failed"

image="$output_dir/ParkBar-$version-$(uname -m).AppImage"
[ -f "$image" ] || die "linuxdeploy did not write $image; $output_dir holds: $(ls "$output_dir")"
echo "make-appimage: $image"
