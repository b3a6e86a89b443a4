// libFuzzer target: parseVersionAnswer over any body.
#include "FuzzInput.h"
#include "vicidial/VersionInfo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<VersionInfo> info = parseVersionAnswer(body)) {
        PARKBAR_FUZZ_CHECK(info->build.date >= 0 && info->build.date <= 999999);
        PARKBAR_FUZZ_CHECK(info->build.time >= 0 && info->build.time <= 9999);
        PARKBAR_FUZZ_CHECK(!info->version.contains(QLatin1Char('\n')));
        (void)info->build.toString();
    }
    return 0;
}
