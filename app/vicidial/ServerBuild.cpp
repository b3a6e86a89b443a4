#include "vicidial/ServerBuild.h"

#include <QRegularExpression>

std::optional<ServerBuild> ServerBuild::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{6})(?:-(\\d{1,4}))?"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ServerBuild build;
    build.date = match.capturedView(1).toInt();
    build.time = match.capturedView(2).isEmpty() ? 0 : match.capturedView(2).toInt();
    return build;
}

QString ServerBuild::toString() const
{
    return QStringLiteral("%1-%2").arg(date, 6, 10, QLatin1Char('0')).arg(time, 4, 10, QLatin1Char('0'));
}
