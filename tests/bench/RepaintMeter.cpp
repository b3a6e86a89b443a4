#include "RepaintMeter.h"

#include "ThreadCpuClock.h"

#include <QEvent>
#include <QWidget>

RepaintMeter::RepaintMeter(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

void RepaintMeter::reset()
{
    m_cpuNs = 0;
    m_repaints = 0;
}

bool RepaintMeter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::UpdateRequest)
        return QObject::eventFilter(watched, event);
    const qint64 before = ThreadCpuClock::nowNs();
    static_cast<QObject *>(m_window)->event(event); // the repaint itself, done here to be measured
    m_cpuNs += ThreadCpuClock::nowNs() - before;
    ++m_repaints;
    return true;
}
