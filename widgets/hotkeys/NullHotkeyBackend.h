#pragma once

#include "hotkeys/GlobalHotkeyBackend.h"

// For platforms and desktops without system-wide hotkeys: binds nothing and
// says why.
class NullHotkeyBackend final : public GlobalHotkeyBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NullHotkeyBackend)

public:
    explicit NullHotkeyBackend(const QString &reason, QObject *parent = nullptr);

    bool isAvailable() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    BindResult bind(const QString &, const QKeySequence &) override { return BindResult::Unavailable; }
    void unbind(const QString &) override {}
    void unbindAll() override {}
    BindResult probe(const QKeySequence &) override { return BindResult::Unavailable; }

private:
    QString m_reason;
};
