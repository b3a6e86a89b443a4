#!/usr/bin/env bash
# The AppStream release entry, the MSI's version and CPack's package version
# all come from project(VERSION): check that they say the same.
#   check-versions.sh VERSION METAINFO.xml ParkBarVersion.wxi CPackConfig.cmake
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 4 ] || fail "usage: check-versions.sh VERSION METAINFO WXI CPACKCONFIG"
version="$1" metainfo="$2" wxi="$3" cpack_config="$4"
for file in "$metainfo" "$wxi" "$cpack_config"; do
    [ -f "$file" ] || fail "$file does not exist (configure the project first)"
done

# Windows Installer reads ProductVersion as major.minor.build, at most 255.255.65535.
[[ "$version" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] \
    || fail "project version '$version' is not MAJOR.MINOR.PATCH, which the MSI needs"
(( BASH_REMATCH[1] <= 255 && BASH_REMATCH[2] <= 255 && BASH_REMATCH[3] <= 65535 )) \
    || fail "project version '$version' is out of the MSI's range 255.255.65535"

release_line="$(grep -m 1 '<release ' "$metainfo" || true)"
[ -n "$release_line" ] || fail "$metainfo has no <release> entry"
metainfo_version="$(sed -n 's/.*version="\([^"]*\)".*/\1/p' <<<"$release_line")"
metainfo_date="$(sed -n 's/.*date="\([^"]*\)".*/\1/p' <<<"$release_line")"
[ "$metainfo_version" = "$version" ] \
    || fail "the newest AppStream release is '$metainfo_version', the project version is '$version'"
[[ "$metainfo_date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] \
    || fail "the AppStream release date '$metainfo_date' is not YYYY-MM-DD (set PARKBAR_RELEASE_DATE)"

wix_version="$(sed -n 's/.*<?define Version = "\([^"]*\)" ?>.*/\1/p' "$wxi")"
[ "$wix_version" = "$version" ] || fail "the MSI version is '$wix_version', the project version is '$version'"

cpack_version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\([^"]*\)")$/\1/p' "$cpack_config")"
[ "$cpack_version" = "$version" ] || fail "CPack's package version is '$cpack_version', the project version is '$version'"

echo "PASS: AppStream ($metainfo_date), MSI and .deb all say $version"
