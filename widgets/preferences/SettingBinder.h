#pragma once

#include "settings/SettingsSnapshot.h"

#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// Ties editors to keys: loads a snapshot's values into them, writes them
// back, and shows a locked key read-only with "Set by your administrator".
// Knows QLineEdit, QSpinBox, QCheckBox, QComboBox (item data; an editable
// one holds its text) and QKeySequenceEdit.
class SettingBinder final
{
public:
    // Adds a row "label: editor" to the form and binds it. Returns the editor.
    QWidget *addRow(QFormLayout *form, const QString &label, Setting key, QWidget *editor);
    // Binds an editor placed elsewhere; note is the label shown when locked.
    void bind(Setting key, QWidget *editor, QLabel *note, const QString &accessibleName);

    void load(const SettingsSnapshot &settings, const QString &profileId) const;
    void store(SettingsSnapshot &settings, const QString &profileId) const;

    QWidget *editor(Setting key) const;
    static QString objectNameFor(Setting key);
    static QString lockedNote();
    static QLabel *makeNote(QWidget *parent);

private:
    struct Binding
    {
        Setting key;
        QWidget *editor;
        QLabel *note;
    };
    static void setEditorValue(QWidget *editor, const QVariant &value);
    static QVariant editorValue(QWidget *editor, Setting key);
    static void setLocked(QWidget *editor, QLabel *note, bool locked);

    QList<Binding> m_bindings;
};
