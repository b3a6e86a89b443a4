#include "settings/SettingsReference.h"

#include "settings/Setting.h"

namespace {

QString defaultText(const SettingSpec &spec)
{
    switch (spec.type) {
    case SettingType::Bool: return spec.defaultValue.toBool() ? QStringLiteral("`true`") : QStringLiteral("`false`");
    case SettingType::Int: return QStringLiteral("`%1`").arg(spec.defaultValue.toInt());
    case SettingType::StringList: return QStringLiteral("(empty)");
    case SettingType::CampaignModes: return QStringLiteral("(none)");
    case SettingType::String:
    case SettingType::Choice:
    case SettingType::KeySequence: break;
    }
    const QString text = spec.defaultValue.toString();
    return text.isEmpty() ? QStringLiteral("(empty)") : QStringLiteral("`%1`").arg(text);
}

QString typeText(const SettingSpec &spec)
{
    if (spec.type == SettingType::Choice)
        return spec.choices.join(QStringLiteral(" / "));
    if (spec.type == SettingType::Int)
        return QStringLiteral("int %1..%2").arg(spec.minimum).arg(spec.maximum);
    return settingTypeName(spec.type);
}

} // namespace

QString settingsReferenceTable()
{
    QString table = QStringLiteral("| key | type | default | lockable | scope | meaning |\n|---|---|---|---|---|---|\n");
    for (const SettingSpec &spec : settingSpecs()) {
        table += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |\n")
                     .arg(spec.name, typeText(spec), defaultText(spec), spec.lockable ? QStringLiteral("yes") : QStringLiteral("no"),
                          spec.scope == SettingScope::Profile ? QStringLiteral("profile") : QStringLiteral("global"),
                          QString::fromLatin1(spec.description));
    }
    return table;
}
