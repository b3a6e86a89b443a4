#pragma once

#include <QObject>

class QCoreApplication;

// For the startup benchmark only: with PARKBAR_EXIT_AFTER_FIRST_PAINT=1 the
// program prints "parkbar-first-paint-ns <steady clock>" once its first
// window has been painted, then quits. Nothing is installed otherwise.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static void installIfRequested(QCoreApplication &app);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    void report();

    bool m_painted = false;
};
