# Names and dates every package shares; included by packaging/CMakeLists.txt
# and tests/packaging/CMakeLists.txt. The version itself is project(VERSION).
set(PARKBAR_APP_ID io.github.parkbar.ParkBar)
# Date of the AppStream release entry for PROJECT_VERSION: bump with the version.
set(PARKBAR_RELEASE_DATE 2026-11-26)
# Fixed hicolor PNG sizes rendered from resources/icons/parkbar.svg.
set(PARKBAR_ICON_SIZES 16 24 32 48 64 128 256)
