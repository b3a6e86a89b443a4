#pragma once

#include "hotkeys/HotkeyBindings.h"
#include "hotkeys/HotkeyStatus.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class GlobalHotkeyManager;
class HotkeyRecorder;
class QFrame;
class QLabel;
class QToolButton;

// The system-wide hotkeys section of the settings: one row per target with a
// recorder, a clear button and what the system says about the combination.
// It edits its own copy: the owner reads bindings() on OK and hands them to
// the manager (and to the settings file). While the page is visible the
// manager is suspended, so a bound combination reaches the recorder instead
// of parking a call.
class HotkeySettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotkeySettingsPage)

public:
    explicit HotkeySettingsPage(GlobalHotkeyManager *manager, QWidget *parent = nullptr);
    ~HotkeySettingsPage() override;

    // Loads bindings into the rows (the manager's at construction).
    void setBindings(const HotkeyBindings &bindings);
    HotkeyBindings bindings() const;

    // What the row shows, for the owner and for tests.
    HotkeyState rowState(HotkeyTarget target) const;
    QString rowStatusText(HotkeyTarget target) const;

Q_SIGNALS:
    // The person changed a combination.
    void bindingsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        HotkeyRecorder *recorder = nullptr;
        QToolButton *clear = nullptr;
        QLabel *statusIcon = nullptr;
        QLabel *statusText = nullptr;
        QKeySequence sequence;
        HotkeyStatus probed = HotkeyStatus::Off; // what the system said about sequence
        HotkeyState refusal;                     // the last combination refused for this row
    };

    void buildRows();
    void onRecorded(HotkeyTarget target, const QKeySequence &sequence);
    void reprobeAll();
    void refresh();
    void refreshBanner();
    void showRow(HotkeyTarget target);

    QPointer<GlobalHotkeyManager> m_manager;
    QLabel *m_intro = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QMap<HotkeyTarget, Row> m_rows;
};
