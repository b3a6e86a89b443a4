#pragma once

#include <QObject>

// Tells when the computer is about to sleep and when it woke up, so polling
// pauses instead of failing and backing off while the network is gone.
// Linux: logind's PrepareForSleep signal on the system bus. Elsewhere it
// never fires, and the back-off covers the gap.
class SleepWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SleepWatcher)

public:
    // busAddress empty: the system bus; tests pass a private bus.
    explicit SleepWatcher(const QString &busAddress = {}, QObject *parent = nullptr);
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void aboutToSleep();
    void wokeUp();

private Q_SLOTS:
    // QtDBus delivers bus signals only to slots named by signature.
    void onPrepareForSleep(bool start);

private:
    bool m_watching = false;
};
