#!/usr/bin/env bash
# Builds ParkBar's MSI with wixl (msitools) from a staged Windows tree:
#
#   build-msi.sh --stage DIR --output FILE.msi
#
# DIR/program/          what goes to Program Files\ParkBar: parkbar.exe and
#                       everything windeployqt put beside it (stage-windows.ps1)
# DIR/parkbar.ico       the icon (build tree: packaging/icons/parkbar.ico)
# DIR/ParkBarVersion.wxi  the version (build tree: packaging/windows/)
#
# After wixl it fixes, with msibuild, what wixl 0.101 cannot express:
# SecureCustomProperties (wixl ignores Property/@Secure, and without it
# msiexec drops command-line properties in a per-machine install), the
# conditions of the preset components (wixl < 0.106 rejects Component/Condition:
# each preset is written only when the property it writes is set), and the
# type of the property-setting custom actions (wixl 0.101 marks them
# NoImpersonate, meaningless for immediate actions).
set -euo pipefail

die() { echo "build-msi: $*" >&2; exit 1; }

script_dir="$(cd "$(dirname "$0")" && pwd)"
stage=""
output=""
while [ $# -gt 0 ]; do
    case "$1" in
        --stage) stage="$2"; shift 2 ;;
        --output) output="$2"; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
if [ -z "$stage" ] || [ -z "$output" ]; then
    die "usage: build-msi.sh --stage DIR --output FILE.msi"
fi
for tool in wixl wixl-heat msibuild msiinfo; do
    command -v "$tool" >/dev/null || die "$tool not found: install the Debian packages wixl and msitools"
done
stage="$(cd "$stage" && pwd)" || die "no stage directory"
[ -f "$stage/program/parkbar.exe" ] || die "$stage/program/parkbar.exe is missing"
[ -f "$stage/parkbar.ico" ] || die "$stage/parkbar.ico is missing"
[ -f "$stage/ParkBarVersion.wxi" ] || die "$stage/ParkBarVersion.wxi is missing"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Everything windeployqt staged besides parkbar.exe, which parkbar.wxs owns.
(
    cd "$stage/program"
    find . -type f ! -path ./parkbar.exe | LC_ALL=C sort
) | wixl-heat --var var.StageDir -p ./ --component-group QtRuntime --directory-ref INSTALLDIR --win64 \
    > "$work/runtime.wxs" || die "wixl-heat failed"

# wixl resolves sources relative to the working directory; absolute ones fail.
(
    cd "$stage"
    wixl -a x64 -I "$stage" -D StageDir=program -D IconFile=parkbar.ico -D Win64=yes \
        -o "$work/parkbar.msi" "$script_dir/parkbar.wxs" "$work/runtime.wxs"
) || die "wixl failed"

sql() { msibuild "$work/parkbar.msi" -q "$1" || die "msibuild failed: $1"; }

# The public properties are the ones the preset components write ("[NAME]").
registry="$(msiinfo export "$work/parkbar.msi" Registry | tail -n +4 | tr -d '\r')" || die "cannot read the Registry table"
properties=()
while IFS=$'\t' read -r _ _ _ _ value component; do
    case "$component" in
        Preset*) ;;
        *) continue ;;
    esac
    [[ "$value" =~ ^\[([A-Z_]+)\]$ ]] || die "preset component $component writes '$value', not one [PROPERTY]"
    property="${BASH_REMATCH[1]}"
    properties+=("$property")
    sql "UPDATE \`Component\` SET \`Condition\`='$property' WHERE \`Component\`='$component'"
done <<<"$registry"
[ ${#properties[@]} -gt 0 ] || die "no preset components found in the Registry table"

secure="$(msiinfo export "$work/parkbar.msi" Property | tr -d '\r' | awk -F'\t' '$1 == "SecureCustomProperties" { print $2 }')"
[ -n "$secure" ] || die "wixl wrote no SecureCustomProperties row (MajorUpgrade adds it)"
for property in "${properties[@]}"; do
    secure="$secure;$property"
done
sql "UPDATE \`Property\` SET \`Value\`='$secure' WHERE \`Property\`='SecureCustomProperties'"
sql "UPDATE \`CustomAction\` SET \`Type\`=51 WHERE \`Type\`=2099"

mkdir -p "$(dirname "$output")"
mv "$work/parkbar.msi" "$output"
echo "build-msi: $output (presets: ${properties[*]})"
