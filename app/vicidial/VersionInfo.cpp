#include "vicidial/VersionInfo.h"

#include "vicidial/AnswerLines.h"

std::optional<VersionInfo> parseVersionAnswer(QByteArrayView body)
{
    const AnswerLines lines(body);
    for (QStringView line : lines.meaningful()) {
        if (!line.startsWith(QLatin1StringView("VERSION:")))
            continue;
        VersionInfo info;
        bool hasBuild = false;
        for (QStringView field : line.tokenize(QLatin1Char('|'))) {
            const qsizetype colon = field.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            const QStringView key = field.first(colon).trimmed();
            const QString value = field.sliced(colon + 1).trimmed().toString();
            if (key == QLatin1StringView("VERSION")) {
                info.version = value;
            } else if (key == QLatin1StringView("BUILD")) {
                if (const auto build = ServerBuild::parse(value)) {
                    info.build = *build;
                    hasBuild = true;
                }
            } else if (key == QLatin1StringView("DATE")) {
                info.date = value;
            } else if (key == QLatin1StringView("EPOCH")) {
                info.epoch = value.toLongLong();
            }
        }
        if (hasBuild)
            return info;
    }
    return std::nullopt;
}
