#include "window/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <chrono>
#include <cstdio>

FirstPaintProbe::FirstPaintProbe(QObject *parent) : QObject(parent) {}

void FirstPaintProbe::installIfRequested(QCoreApplication &app)
{
    if (qEnvironmentVariableIntValue("PARKBAR_EXIT_AFTER_FIRST_PAINT") != 1)
        return;
    app.installEventFilter(new FirstPaintProbe(&app));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->isWindow()) {
        m_painted = true;
        // Queued: the window's children are painted and flushed in this same pass.
        QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("parkbar-first-paint-ns %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
