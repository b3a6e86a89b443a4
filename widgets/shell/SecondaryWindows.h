#pragma once

#include <QObject>
#include <QPointer>

class CredentialStore;
class GlobalHotkeyManager;
class MainWindow;
class ModeSwitcher;
class SettingsDialog;
class SettingsStore;

// The windows beside the main one: settings, command history, the audit
// log and About. One settings dialog and one history window at a time;
// the history shows the acting session's commands, following the mode.
class SecondaryWindows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecondaryWindows)

public:
    // Everything given must outlive this; the windows are the main window's children.
    SecondaryWindows(SettingsStore *settings, CredentialStore *credentials, GlobalHotkeyManager *hotkeys,
                     const QString &auditLogPath, ModeSwitcher *modes, MainWindow *window, QObject *parent = nullptr);
    ~SecondaryWindows() override;

    void openSettings();
    // The profile lacks what a connection needs: settings, on its page.
    void openConnectionSettings();
    void openHistory();
    void openAuditLog();
    void openAbout();
    void setCertificateWarning(const QString &warning);

private:
    SettingsDialog *settingsDialog();

    SettingsStore *m_settings;
    CredentialStore *m_credentials;
    GlobalHotkeyManager *m_hotkeys;
    QString m_auditLogPath;
    ModeSwitcher *m_modes;
    MainWindow *m_window;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QWidget> m_historyWindow;
    QString m_certificateWarning;
};
