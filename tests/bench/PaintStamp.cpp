#include "PaintStamp.h"

#include "BenchClock.h"

#include <QEvent>
#include <QLabel>

PaintStamp::PaintStamp(QLabel *label) : QObject(label), m_label(label)
{
    label->installEventFilter(this);
}

void PaintStamp::arm()
{
    m_armed = true;
    m_paintedAtNs = 0;
}

bool PaintStamp::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed && watched == m_label && event->type() == QEvent::Paint) {
        // Any paint from now on draws the armed text or a newer one (a quick confirmation may
        // replace it first). The label paints itself after this filter returns.
        m_paintedAtNs = BenchClock::nowNs();
        m_armed = false;
    }
    return QObject::eventFilter(watched, event);
}
