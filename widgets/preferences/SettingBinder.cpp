#include "preferences/SettingBinder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

QString SettingBinder::objectNameFor(Setting key)
{
    return QStringLiteral("edit-") + settingName(key).replace(QLatin1Char('/'), QLatin1Char('-'));
}

QString SettingBinder::lockedNote()
{
    return QCoreApplication::translate("SettingBinder", "Set by your administrator");
}

QLabel *SettingBinder::makeNote(QWidget *parent)
{
    auto *note = new QLabel(lockedNote(), parent);
    QFont font = note->font();
    font.setItalic(true);
    note->setFont(font);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setVisible(false);
    return note;
}

QWidget *SettingBinder::addRow(QFormLayout *form, const QString &label, Setting key, QWidget *editor)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel *note = makeNote(cell);
    note->setObjectName(objectNameFor(key) + QStringLiteral("-locked"));
    layout->addWidget(note);
    auto *labelWidget = new QLabel(label, form->parentWidget());
    labelWidget->setBuddy(editor);
    form->addRow(labelWidget, cell);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    bind(key, editor, note, plain);
    return editor;
}

void SettingBinder::bind(Setting key, QWidget *editor, QLabel *note, const QString &accessibleName)
{
    editor->setObjectName(objectNameFor(key));
    editor->setAccessibleName(accessibleName);
    if (editor->toolTip().isEmpty())
        editor->setToolTip(settingDescription(key));
    m_bindings.append({key, editor, note});
}

QWidget *SettingBinder::editor(Setting key) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.key == key)
            return binding.editor;
    }
    return nullptr;
}

void SettingBinder::setEditorValue(QWidget *editor, const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", ")) : value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable()) {
        combo->setEditText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index < 0 ? 0 : index);
    } else if (auto *keys = qobject_cast<QKeySequenceEdit *>(editor)) {
        keys->setKeySequence(QKeySequence::fromString(value.toString(), QKeySequence::PortableText));
    }
}

QVariant SettingBinder::editorValue(QWidget *editor, Setting key)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (settingSpec(key).type == SettingType::StringList)
            return line->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        return line->text().trimmed();
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value();
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->isEditable() ? QVariant(combo->currentText().trimmed()) : combo->currentData();
    if (auto *keys = qobject_cast<QKeySequenceEdit *>(editor))
        return keys->keySequence().toString(QKeySequence::PortableText);
    return {};
}

void SettingBinder::setLocked(QWidget *editor, QLabel *note, bool locked)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setReadOnly(locked); // still readable and selectable
        // Look like what it is: a value the person cannot change here.
        line->setBackgroundRole(locked ? QPalette::Window : QPalette::Base);
        line->setAutoFillBackground(locked);
        QPalette palette = line->palette();
        palette.setBrush(QPalette::Base, locked ? line->palette().brush(QPalette::Window) : QApplication::palette(line).brush(QPalette::Base));
        line->setPalette(palette);
    } else
        editor->setEnabled(!locked);
    editor->setAccessibleDescription(locked ? lockedNote() : QString());
    if (note)
        note->setVisible(locked);
}

void SettingBinder::load(const SettingsSnapshot &settings, const QString &profileId) const
{
    const ProfileSettings *profile = settings.profile(profileId);
    for (const Binding &binding : m_bindings) {
        const bool perProfile = settingSpec(binding.key).scope == SettingScope::Profile;
        setEditorValue(binding.editor, perProfile && profile ? profile->value(binding.key) : settings.value(binding.key));
        setLocked(binding.editor, binding.note, settings.isLocked(binding.key));
    }
}

void SettingBinder::store(SettingsSnapshot &settings, const QString &profileId) const
{
    ProfileSettings *profile = settings.profile(profileId);
    for (const Binding &binding : m_bindings) {
        if (settings.isLocked(binding.key))
            continue;
        const QVariant value = editorValue(binding.editor, binding.key);
        if (settingSpec(binding.key).scope == SettingScope::Profile) {
            if (profile)
                profile->values.insert(binding.key, value);
        } else {
            settings.globals.insert(binding.key, value);
        }
    }
}
