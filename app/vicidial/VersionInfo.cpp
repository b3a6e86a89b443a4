#include "vicidial/VersionInfo.h"

#include "vicidial/AnswerLines.h"

std::optional<VersionInfo> parseVersionAnswer(QByteArrayView body)
{
    const AnswerLines lines(body);
    for (const QString &line : lines.meaningful()) {
        if (!line.startsWith(QLatin1String("VERSION:")))
            continue;
        VersionInfo info;
        bool hasBuild = false;
        const QStringList fields = line.split(QLatin1Char('|'));
        for (const QString &field : fields) {
            const qsizetype colon = field.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            const QString key = field.left(colon).trimmed();
            const QString value = field.mid(colon + 1).trimmed();
            if (key == QLatin1String("VERSION")) {
                info.version = value;
            } else if (key == QLatin1String("BUILD")) {
                if (const auto build = ServerBuild::parse(value)) {
                    info.build = *build;
                    hasBuild = true;
                }
            } else if (key == QLatin1String("DATE")) {
                info.date = value;
            } else if (key == QLatin1String("EPOCH")) {
                info.epoch = value.toLongLong();
            }
        }
        if (hasBuild)
            return info;
    }
    return std::nullopt;
}
