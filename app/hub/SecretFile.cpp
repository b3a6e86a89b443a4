#include "hub/SecretFile.h"

#include <QFile>
#include <QFileInfo>

namespace {
constexpr qint64 kMaxSecretBytes = 4096;
}

QString SecretFile::exposureWarning(const QString &path)
{
    if (!(QFileInfo(path).permissions() & QFileDevice::ReadOther))
        return {};
    return tr("%1 is readable by every user of this computer: make it readable by the service only (chmod 640 or 600)").arg(path);
}

SecretFile::Read SecretFile::read(const QString &path)
{
    Read result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(kMaxSecretBytes + 1);
    if (bytes.size() > kMaxSecretBytes) {
        result.error = tr("%1 is too long for a password file").arg(path);
        return result;
    }
    QString secret = QString::fromUtf8(bytes);
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    if (secret.isEmpty()) {
        result.error = tr("%1 is empty").arg(path);
        return result;
    }
    result.secret = secret;
    result.warning = exposureWarning(path);
    return result;
}
