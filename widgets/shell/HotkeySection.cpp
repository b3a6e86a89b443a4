#include "shell/HotkeySection.h"

#include "hotkeys/HotkeyBindings.h"
#include "hotkeys/HotkeySettingsPage.h"
#include "hotkeys/HotkeyTarget.h"

#include <QVBoxLayout>

HotkeySection::HotkeySection(GlobalHotkeyManager *manager, QWidget *parent)
    : SettingsPage(parent), m_page(new HotkeySettingsPage(manager, this))
{
    setObjectName(QStringLiteral("hotkeySection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
}

QString HotkeySection::title() const
{
    return tr("System-wide hotkeys");
}

Setting HotkeySection::settingFor(const QString &targetId)
{
    if (targetId == hotkeyTargetId(HotkeyTarget::AutoSwap))
        return Setting::HotkeySwap;
    return hotkeySetting(*parkActionFromWireValue(targetId));
}

void HotkeySection::load(const SettingsSnapshot &settings, const QString &)
{
    QMap<QString, QString> values;
    for (HotkeyTarget target : kAllHotkeyTargets) {
        const QString id = hotkeyTargetId(target);
        values.insert(id, settings.value(settingFor(id)).toString());
    }
    m_page->setBindings(hotkeyBindingsFromSettings(values));
}

void HotkeySection::store(SettingsSnapshot &settings, const QString &) const
{
    const QMap<QString, QString> values = hotkeyBindingsToSettings(m_page->bindings());
    for (HotkeyTarget target : kAllHotkeyTargets) {
        const QString id = hotkeyTargetId(target);
        const Setting key = settingFor(id);
        if (!settings.isLocked(key))
            settings.globals.insert(key, values.value(id));
    }
}
