#pragma once

#include "hotkeys/GlobalHotkeyBackend.h"
#include "hotkeys/HotkeyBindings.h"
#include "hotkeys/HotkeyStatus.h"

#include <QMap>
#include <QObject>

#include <memory>

// Holds the system-wide hotkey bindings, applies them to the platform
// backend and says where each one stands. It never sends anything itself:
// triggered() is a request, to be routed through exactly the same rules as a
// click on the bar.
class GlobalHotkeyManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalHotkeyManager)

public:
    // Takes the backend; without one, the platform's (createGlobalHotkeyBackend).
    explicit GlobalHotkeyManager(std::unique_ptr<GlobalHotkeyBackend> backend, QObject *parent = nullptr);
    explicit GlobalHotkeyManager(QObject *parent = nullptr);
    ~GlobalHotkeyManager() override;

    GlobalHotkeyBackend *backend() const { return m_backend; }
    bool isAvailable() const { return m_backend->isAvailable(); }
    QString unavailableReason() const { return m_backend->unavailableReason(); }
    bool desktopDecidesKeys() const { return m_backend->desktopDecidesKeys(); }

    // Replaces all bindings and applies them: combinations used twice are
    // bound for neither target; the others are bound one by one.
    void setBindings(const HotkeyBindings &bindings);
    const HotkeyBindings &bindings() const { return m_bindings; }
    HotkeyState state(HotkeyTarget target) const;

    // While a person records new combinations: triggers nothing, and releases
    // every combination (a held one would never reach the recorder) unless
    // the desktop owns them; resuming takes them again.
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }

    // Whether the system would let us bind the combination now, without
    // keeping it: Active, TakenByOtherProgram, Invalid, Unavailable, or
    // WaitingForDesktop where the desktop decides. A combination this
    // manager holds counts as free.
    HotkeyStatus probe(const QKeySequence &sequence) const;

Q_SIGNALS:
    void triggered(HotkeyTarget target);
    // Any target's state, or the availability, changed.
    void statesChanged();

private:
    void apply();
    void release();
    void onActivated(const QString &id);
    void onDesktopAnswered(const QString &id, const QString &trigger);
    static HotkeyStatus statusFor(GlobalHotkeyBackend::BindResult result);

    GlobalHotkeyBackend *m_backend = nullptr;
    HotkeyBindings m_bindings;
    QMap<HotkeyTarget, HotkeyState> m_states;
    QMap<HotkeyTarget, QKeySequence> m_bound; // what the backend holds now
    bool m_suspended = false;
};
