#include "LogCapture.h"

#include <QMutex>

namespace {

QMutex g_mutex;
bool g_capturing = false;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        const QMutexLocker lock(&g_mutex);
        if (g_capturing)
            g_messages.append(message);
        previous = g_previous;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

LogCapture::LogCapture()
{
    const QMutexLocker lock(&g_mutex);
    g_capturing = true;
    g_messages.clear();
    g_previous = qInstallMessageHandler(&capture);
}

LogCapture::~LogCapture()
{
    const QMutexLocker lock(&g_mutex);
    qInstallMessageHandler(g_previous);
    g_capturing = false;
}

QStringList LogCapture::messages() const
{
    const QMutexLocker lock(&g_mutex);
    return g_messages;
}
