#include "ProcessProbe.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll(); // /proc files report size 0: read until the end
}

qint64 statusField(qint64 pid, QByteArrayView field)
{
    const QByteArray status = readProcFile(QStringLiteral("/proc/%1/status").arg(pid));
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

qint64 ProcessProbe::cpuNs(qint64 pid)
{
    qint64 total = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray schedstat = readProcFile(tasks.filePath(task) + QStringLiteral("/schedstat"));
        total += schedstat.split(' ').value(0).toLongLong();
    }
    return total;
}

qint64 ProcessProbe::cpuTickNs(qint64 pid)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // Fields 14 and 15 of the whole line are utime and stime: 11 and 12 after the name.
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * (1000000000LL / sysconf(_SC_CLK_TCK));
}

qint64 ProcessProbe::peakRssKb(qint64 pid)
{
    return statusField(pid, "VmHWM");
}

qint64 ProcessProbe::rssKb(qint64 pid)
{
    return statusField(pid, "VmRSS");
}

qint64 ProcessProbe::selfPid()
{
    return qint64(::getpid());
}
