#include "audit/AuditLog.h"

#include "util/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

AuditLog::AuditLog(const QString &path, qint64 maxBytes) : m_path(path), m_maxBytes(maxBytes) {}

AuditLog::~AuditLog() = default;

QString AuditLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("audit.jsonl"));
}

QString AuditLog::rotatedPath(const QString &path, int n)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + QString::number(n) + QLatin1Char('.') + info.suffix());
}

bool AuditLog::openFile()
{
    if (m_file && m_file->isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file = std::make_unique<QFile>(m_path);
    const bool existed = m_file->exists();
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcSettings) << "cannot open the audit log" << m_path << m_file->errorString();
        m_file.reset();
        return false;
    }
    if (!existed)
        m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void AuditLog::rotate()
{
    m_file.reset();
    QFile::remove(rotatedPath(m_path, kKeptOldFiles));
    for (int n = kKeptOldFiles - 1; n >= 1; --n)
        QFile::rename(rotatedPath(m_path, n), rotatedPath(m_path, n + 1));
    QFile::rename(m_path, rotatedPath(m_path, 1));
}

bool AuditLog::append(const QByteArray &line)
{
    if (!openFile())
        return false;
    if (m_file->size() > 0 && m_file->size() + line.size() > m_maxBytes) {
        rotate();
        if (!openFile())
            return false;
    }
    if (m_file->write(line) != line.size() || !m_file->flush()) {
        qCWarning(lcSettings) << "cannot write the audit log" << m_path << m_file->errorString();
        return false;
    }
    return true;
}

QList<QJsonObject> AuditLog::readRecent(const QString &path, int maxLines)
{
    QList<QJsonObject> entries;
    for (int n = 0; n <= kKeptOldFiles && entries.size() < maxLines; ++n) {
        QFile file(n == 0 ? path : rotatedPath(path, n));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (auto it = lines.crbegin(); it != lines.crend() && entries.size() < maxLines; ++it) {
            const QJsonDocument document = QJsonDocument::fromJson(*it);
            if (document.isObject())
                entries.append(document.object());
        }
    }
    return entries;
}
