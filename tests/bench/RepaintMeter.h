#pragma once

#include <QObject>

class QWidget;

// Measures the CPU time of a window's repaints: catches its UpdateRequest,
// runs it (painting every dirty widget) between two readings of the thread's
// CPU clock, and adds the time up.
class RepaintMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepaintMeter)

public:
    explicit RepaintMeter(QWidget *window);

    qint64 cpuNs() const { return m_cpuNs; }
    int repaints() const { return m_repaints; }
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    qint64 m_cpuNs = 0;
    int m_repaints = 0;
};
