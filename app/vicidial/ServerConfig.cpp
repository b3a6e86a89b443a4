#include "vicidial/ServerConfig.h"

#include <QRegularExpression>

QUrl ServerConfig::normalizedBaseUrl(const QUrl &url)
{
    QUrl normalized = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = normalized.path();
    static const QRegularExpression endpoint(QStringLiteral("/(agc|vicidial)(/[^/]*)?$"));
    path.remove(endpoint);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path);
    return normalized;
}

QByteArray ServerConfig::parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive) || hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hexOnly.match(hex).hasMatch())
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

QString ServerConfig::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}
