#pragma once

#include "settings/SettingsSnapshot.h"

#include <QStringList>
#include <QWidget>

// One page (or one embeddable section) of the settings dialog. It shows the
// values of a snapshot and writes its edits back into one, so the dialog can
// drop everything on Cancel. profileId is the profile being edited.
//
// The global-hotkeys module implements this interface for its section and
// hands it to SettingsDialog::setGlobalHotkeysSection().
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load(const SettingsSnapshot &settings, const QString &profileId) = 0;
    virtual void store(SettingsSnapshot &settings, const QString &profileId) const = 0;
    // Errors that must be fixed before the settings can be applied; translated.
    virtual QStringList problems() const { return {}; }
};
