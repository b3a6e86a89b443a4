#pragma once

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// The audit log: one compact JSON line per command, appended to
// <AppDataLocation>/audit.jsonl. Opened append-only and flushed after every
// line, so a crash loses nothing already written. Past the size limit the
// file is rotated: audit.jsonl -> audit.1.jsonl -> ... -> audit.3.jsonl, the
// oldest dropped. Only the owner may read it.
class AuditLog final
{
public:
    static constexpr qint64 kDefaultMaxBytes = 5 * 1024 * 1024;
    static constexpr int kKeptOldFiles = 3;

    explicit AuditLog(const QString &path = defaultPath(), qint64 maxBytes = kDefaultMaxBytes);
    ~AuditLog();
    Q_DISABLE_COPY_MOVE(AuditLog)

    // What `parkbar --audit-log-path` prints. Needs the application's name set.
    static QString defaultPath();
    // audit.jsonl -> audit.<n>.jsonl, for n = 1...kKeptOldFiles.
    static QString rotatedPath(const QString &path, int n);

    QString path() const { return m_path; }
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Appends one line (ending in \n); false, logged, when it cannot be written.
    bool append(const QByteArray &line);

    // Up to maxLines entries, newest first, from the current and rotated
    // files; lines that are not JSON objects are skipped.
    static QList<QJsonObject> readRecent(const QString &path, int maxLines = 500);

private:
    bool openFile();
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    std::unique_ptr<QFile> m_file;
};
