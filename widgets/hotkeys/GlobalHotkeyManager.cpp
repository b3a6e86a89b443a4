#include "hotkeys/GlobalHotkeyManager.h"

#include "hotkeys/GlobalHotkeyBackendFactory.h"
#include "hotkeys/HotkeyLogging.h"

GlobalHotkeyManager::GlobalHotkeyManager(std::unique_ptr<GlobalHotkeyBackend> backend, QObject *parent)
    : QObject(parent), m_backend(backend.release())
{
    m_backend->setParent(this);
    connect(m_backend, &GlobalHotkeyBackend::activated, this, &GlobalHotkeyManager::onActivated);
    connect(m_backend, &GlobalHotkeyBackend::desktopAnswered, this, &GlobalHotkeyManager::onDesktopAnswered);
    connect(m_backend, &GlobalHotkeyBackend::availabilityChanged, this, [this] {
        if (!m_backend->isAvailable())
            m_bound.clear(); // the backend has dropped them
        apply();
    });
}

GlobalHotkeyManager::GlobalHotkeyManager(QObject *parent) : GlobalHotkeyManager(createGlobalHotkeyBackend(), parent) {}

GlobalHotkeyManager::~GlobalHotkeyManager()
{
    disconnect(m_backend, nullptr, this, nullptr);
    release();
}

void GlobalHotkeyManager::setBindings(const HotkeyBindings &bindings)
{
    m_bindings.clear();
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (!it.value().isEmpty())
            m_bindings.insert(it.key(), it.value());
    }
    apply();
}

HotkeyState GlobalHotkeyManager::state(HotkeyTarget target) const
{
    return m_states.value(target);
}

void GlobalHotkeyManager::setSuspended(bool suspended)
{
    if (suspended == m_suspended)
        return;
    m_suspended = suspended;
    if (suspended && !m_backend->desktopDecidesKeys())
        release();
    apply();
}

HotkeyStatus GlobalHotkeyManager::probe(const QKeySequence &sequence) const
{
    if (sequence.isEmpty())
        return HotkeyStatus::Off;
    if (hotkeyProblem(sequence) != HotkeyProblem::None)
        return HotkeyStatus::Invalid;
    if (!m_backend->isAvailable())
        return HotkeyStatus::Unavailable;
    for (const QKeySequence &bound : m_bound) {
        if (bound == sequence)
            return HotkeyStatus::Active;
    }
    return statusFor(m_backend->probe(sequence));
}

HotkeyStatus GlobalHotkeyManager::statusFor(GlobalHotkeyBackend::BindResult result)
{
    switch (result) {
    case GlobalHotkeyBackend::BindResult::Ok: return HotkeyStatus::Active;
    case GlobalHotkeyBackend::BindResult::TakenBySomeoneElse: return HotkeyStatus::TakenByOtherProgram;
    case GlobalHotkeyBackend::BindResult::Invalid: return HotkeyStatus::Invalid;
    case GlobalHotkeyBackend::BindResult::Unavailable: return HotkeyStatus::Unavailable;
    case GlobalHotkeyBackend::BindResult::AskedDesktop: return HotkeyStatus::WaitingForDesktop;
    }
    Q_UNREACHABLE();
    return HotkeyStatus::Invalid;
}

void GlobalHotkeyManager::apply()
{
    const QMap<HotkeyTarget, HotkeyTarget> conflicts = hotkeyConflicts(m_bindings);
    const bool available = m_backend->isAvailable();
    QMap<HotkeyTarget, HotkeyState> states;
    HotkeyBindings wanted;
    for (HotkeyTarget target : kAllHotkeyTargets) {
        HotkeyState state;
        state.sequence = m_bindings.value(target);
        if (state.sequence.isEmpty())
            state.status = HotkeyStatus::Off;
        else if (hotkeyProblem(state.sequence) != HotkeyProblem::None)
            state.status = HotkeyStatus::Invalid;
        else if (conflicts.contains(target)) {
            state.status = HotkeyStatus::ConflictsWithOwn;
            state.conflictsWith = conflicts.value(target);
        } else if (!available)
            state.status = HotkeyStatus::Unavailable;
        else
            wanted.insert(target, state.sequence);
        states.insert(target, state);
    }

    // Where the desktop owns the keys (the portal), releasing them would make
    // it ask the person again on resume; activations are ignored instead.
    if (!m_suspended || m_backend->desktopDecidesKeys()) {
        // Release first, so a combination can move from one target to another.
        for (auto it = m_bound.begin(); it != m_bound.end();) {
            if (wanted.value(it.key()) != it.value()) {
                m_backend->unbind(hotkeyTargetId(it.key()));
                it = m_bound.erase(it);
            } else {
                ++it;
            }
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            HotkeyState &state = states[it.key()];
            if (m_bound.contains(it.key())) {
                state = m_states.value(it.key(), state);
                continue;
            }
            const GlobalHotkeyBackend::BindResult result = m_backend->bind(hotkeyTargetId(it.key()), it.value());
            state.status = statusFor(result);
            if (result == GlobalHotkeyBackend::BindResult::Ok || result == GlobalHotkeyBackend::BindResult::AskedDesktop)
                m_bound.insert(it.key(), it.value());
            else
                qCInfo(lcHotkeys) << "Could not bind" << hotkeyTargetId(it.key()) << "to"
                                  << hotkeySequenceToSettings(it.value()) << result;
        }
    } else {
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            states[it.key()].status = HotkeyStatus::Paused;
    }
    m_states = states;
    Q_EMIT statesChanged();
}

void GlobalHotkeyManager::release()
{
    if (m_bound.isEmpty())
        return;
    m_backend->unbindAll();
    m_bound.clear();
}

void GlobalHotkeyManager::onActivated(const QString &id)
{
    const std::optional<HotkeyTarget> target = hotkeyTargetFromId(id);
    if (m_suspended || !target || !m_bound.contains(*target))
        return;
    Q_EMIT triggered(*target);
}

void GlobalHotkeyManager::onDesktopAnswered(const QString &id, const QString &trigger)
{
    const std::optional<HotkeyTarget> target = hotkeyTargetFromId(id);
    if (!target || !m_bound.contains(*target))
        return;
    HotkeyState &state = m_states[*target];
    state.status = trigger.isEmpty() ? HotkeyStatus::RefusedByDesktop : HotkeyStatus::Active;
    state.desktopTrigger = trigger;
    Q_EMIT statesChanged();
}
