#!/usr/bin/env bash
# Builds the MSI with build-msi.sh from a fake staged tree (dummy executables,
# the real icon and version include) and checks its tables with msiinfo.
#   check-msi.sh BUILD_MSI_SCRIPT PACKAGING_BUILD_DIR VERSION WORK_DIR
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
t=$'\t'

[ $# -eq 4 ] || fail "usage: check-msi.sh BUILD_MSI_SCRIPT PACKAGING_BUILD_DIR VERSION WORK_DIR"
script="$1" packaging_build="$2" version="$3" work="$4"
for tool in wixl wixl-heat msibuild msiinfo; do
    command -v "$tool" >/dev/null || fail "$tool not found (Debian packages wixl, msitools)"
done
rm -rf "$work"
stage="$work/stage"
mkdir -p "$stage/program/platforms" "$stage/program/tls"
printf 'MZ dummy\n' >"$stage/program/parkbar.exe"
printf 'MZ dummy\n' >"$stage/program/parkbar-sim.exe"
printf 'dummy\n' >"$stage/program/Qt6Core.dll"
printf 'dummy\n' >"$stage/program/platforms/qwindows.dll"
printf 'dummy\n' >"$stage/program/tls/qschannelbackend.dll"
cp "$packaging_build/icons/parkbar.ico" "$packaging_build/windows/ParkBarVersion.wxi" "$stage/" \
    || fail "the build tree lacks packaging/icons/parkbar.ico or packaging/windows/ParkBarVersion.wxi"

msi="$work/parkbar.msi"
"$script" --stage "$stage" --output "$msi" >"$work/build.out" 2>&1 \
    || fail "build-msi.sh failed: $(cat "$work/build.out")"

# msiinfo export writes CRLF lines: three header lines, then tab-separated rows.
table() { msiinfo export "$msi" "$1" | tr -d '\r' | tail -n +4; }
expect_row() {
    local name="$1" pattern="$2"
    grep -qxE "$pattern" <<<"$(table "$name")" || fail "no $name row matching /$pattern/ in:
$(table "$name")"
}

tables="$(msiinfo tables "$msi")"
for name in Property Shortcut Upgrade Registry File Component RegLocator AppSearch CustomAction Icon; do
    grep -qx "$name" <<<"$tables" || fail "the MSI has no $name table"
done

expect_row Property $'ProductName\tParkBar'
expect_row Property "ProductVersion${t}${version//./\\.}"
expect_row Property $'Manufacturer\tParkBar'
expect_row Property $'UpgradeCode\t\\{B952E18F-805B-47A7-AAEC-7444CB062B50\\}'
expect_row Property $'ALLUSERS\t1'
expect_row Property $'ARPPRODUCTICON\tParkBarIcon.ico'
secure="$(table Property | awk -F'\t' '$1 == "SecureCustomProperties" { print $2 }')"
for property in SERVER_URL API_USER AGENT_USER SOURCE WIX_UPGRADE_DETECTED WIX_DOWNGRADE_DETECTED; do
    [[ ";$secure;" == *";$property;"* ]] || fail "SecureCustomProperties '$secure' lacks $property"
done

# MajorUpgrade: older versions are found and removed, newer ones block the install.
expect_row Upgrade "\\{B952E18F-805B-47A7-AAEC-7444CB062B50\\}${t}${t}${version//./\\.}${t}${t}1${t}${t}WIX_UPGRADE_DETECTED"
expect_row Upgrade "\\{B952E18F-805B-47A7-AAEC-7444CB062B50\\}${t}${version//./\\.}${t}${t}${t}2${t}${t}WIX_DOWNGRADE_DETECTED"
expect_row InstallExecuteSequence $'RemoveExistingProducts\t\t[0-9]+'
expect_row LaunchCondition $'NOT WIX_DOWNGRADE_DETECTED\t.+'

expect_row Directory $'INSTALLDIR\tProgramFiles64Folder\tParkBar'
expect_row Shortcut $'ParkBarStartMenu\tProgramMenuFolder\tParkBar\tParkBarExe\t\\[#ParkBarExe\\]\t.*\tParkBarIcon.ico\t.*'
expect_row File $'ParkBarExe\tParkBarExe\tparkbar.exe\t.*'
for file in parkbar-sim.exe Qt6Core.dll qwindows.dll qschannelbackend.dll; do
    expect_row File "[^${t}]+${t}[^${t}]+${t}${file//./\\.}${t}.*"
done
# 64-bit components (256), so the registry values land where a 64-bit QSettings reads.
expect_row Component $'ParkBarExe\t\\{B1C9D2E3-988B-4667-A9F4-DF94AA468884\\}\tINSTALLDIR\t256\t\tParkBarExe'

# Each preset: a 64-bit registry component that installs only when its property is set,
# a value under HKLM (root 2) where QSettings' SystemScope looks, and a search that
# reads it back on upgrade.
key='Software\\ParkBar\\ParkBar\\server'
for preset in PresetServerUrl:SERVER_URL:url PresetApiUser:API_USER:apiUser \
    PresetAgentUser:AGENT_USER:agent PresetSource:SOURCE:source; do
    IFS=: read -r component property name <<<"$preset"
    expect_row Component "$component${t}\\{[0-9A-F-]{36}\\}${t}TARGETDIR${t}260${t}$property${t}[^${t}]+"
    expect_row Registry "[^${t}]+${t}2${t}$key${t}$name${t}\\[$property\\]${t}$component"
    expect_row RegLocator "[^${t}]+${t}2${t}$key${t}$name${t}18"
    expect_row AppSearch "$property${t}[^${t}]+"
    expect_row CustomAction "SaveCmdLine[A-Za-z]+${t}51${t}CMDLINE_$property${t}\\[$property\\](${t}.*)?"
    expect_row CustomAction "RestoreCmdLine[A-Za-z]+${t}51${t}$property${t}\\[CMDLINE_$property\\](${t}.*)?"
done
! table CustomAction | awk -F'\t' '$2 != 51 { found = 1 } END { exit !found }' \
    || fail "a custom action is not an immediate property setter (type 51): $(table CustomAction)"
# Saved before AppSearch (50), restored after it and before anything reads them.
while IFS=$'\t' read -r action _ sequence; do
    case "$action" in
        SaveCmdLine*) (( sequence < 50 )) || fail "$action runs at $sequence, after AppSearch" ;;
        RestoreCmdLine*) (( sequence > 50 && sequence < 100 )) || fail "$action runs at $sequence, not right after AppSearch" ;;
    esac
done <<<"$(table InstallExecuteSequence)"

echo "PASS: $(basename "$msi") $version: properties, upgrade, shortcut, files and the four presets"
