#!/usr/bin/env bash
# The bar's icons follow the recolouring rule and render; the application
# icon's PNGs were rendered at every hicolor size.
#   check-icons.sh ICON_DIR RENDER_TOOL BUILD_ICON_DIR WORK_DIR APP_ID "SIZES"
#
# Rule for every icon but parkbar.svg: a 24x24 viewBox, no text, colours given
# as fill/stroke attributes only, the main shapes exactly #000000 (the bar
# swaps it for the palette's text colour) and at most one accent of
# #E08A00 (park), #1E9E4A (grab), #2D7FF9 (IVR), #D93025 (hang up).
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 6 ] || fail "usage: check-icons.sh ICON_DIR RENDER_TOOL BUILD_ICON_DIR WORK_DIR APP_ID SIZES"
icon_dir="$1" render="$2" build_icons="$3" work="$4" app_id="$5" sizes="$6"
rm -rf "$work"
mkdir -p "$work"

required=(park-customer grab-customer park-ivr grab-ivr park-xfer grab-xfer swap hangup-xfer-grab
          connected offline signed-out warning timer settings supervisor history parkbar)
for name in "${required[@]}"; do
    [ -f "$icon_dir/$name.svg" ] || fail "resources/icons/$name.svg is missing"
done

accents='^#(E08A00|1E9E4A|2D7FF9|D93025)$'
checked=0
for svg in "$icon_dir"/*.svg; do
    name="$(basename "$svg" .svg)"
    for size in 16 48; do
        "$render" png "$svg" "$size" "$work/$name-$size.png" \
            || fail "$name.svg does not render at ${size}px"
    done
    [ "$name" = parkbar ] && continue

    grep -q 'viewBox="0 0 24 24"' "$svg" || fail "$name.svg: the viewBox is not 0 0 24 24"
    ! grep -q '<text' "$svg" || fail "$name.svg: holds <text>; draw the shape instead"
    ! grep -q 'style=' "$svg" || fail "$name.svg: uses style=; give colours as fill/stroke attributes"
    ! grep -qi 'currentColor\|url(' "$svg" || fail "$name.svg: uses currentColor or a paint server"
    accent=""
    while read -r colour; do
        case "$colour" in
            none|'#000000') ;;
            *)
                [[ "$colour" =~ $accents ]] || fail "$name.svg: colour '$colour' is neither #000000 nor an accent"
                [ -z "$accent" ] || [ "$accent" = "$colour" ] \
                    || fail "$name.svg: two accents, $accent and $colour; use at most one"
                accent="$colour" ;;
        esac
    done < <(grep -o -E '(fill|stroke|stop-color|color)="[^"]*"' "$svg" | sed 's/.*="\(.*\)"/\1/')
    grep -q '"#000000"' "$svg" || [ -n "$accent" ] || fail "$name.svg: draws nothing in #000000 or an accent"
    checked=$((checked + 1))
done

for size in $sizes; do
    png="$build_icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || fail "$png was not rendered (build the parkbar_app_icons target)"
    [[ "$(file -b "$png")" == *"PNG image data, $size x $size,"* ]] || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
[ -f "$build_icons/parkbar.ico" ] || fail "$build_icons/parkbar.ico was not rendered"
[[ "$(file -b "$build_icons/parkbar.ico")" == *"MS Windows icon resource"* ]] || fail "parkbar.ico is not an icon file"

echo "PASS: $checked recolourable icons follow the rule; the application icon exists at $sizes and as .ico"
