#include "util/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }
    qint64 msecsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 monotonicMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}
