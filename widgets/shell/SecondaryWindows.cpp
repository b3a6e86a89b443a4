#include "shell/SecondaryWindows.h"

#include "bar/HistoryView.h"
#include "preferences/AuditLogView.h"
#include "preferences/SettingsDialog.h"
#include "shell/HotkeySection.h"
#include "shell/ModeSwitcher.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QDialog>
#include <QMessageBox>
#include <QVBoxLayout>

SecondaryWindows::SecondaryWindows(SettingsStore *settings, CredentialStore *credentials, GlobalHotkeyManager *hotkeys,
                                   const QString &auditLogPath, ModeSwitcher *modes, MainWindow *window, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials), m_hotkeys(hotkeys), m_auditLogPath(auditLogPath),
      m_modes(modes), m_window(window)
{
}

SecondaryWindows::~SecondaryWindows()
{
    delete m_settingsDialog.data();
    delete m_historyWindow.data();
}

SettingsDialog *SecondaryWindows::settingsDialog()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_credentials, m_window, m_auditLogPath);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setGlobalHotkeysSection(new HotkeySection(m_hotkeys));
        m_settingsDialog->setCertificateWarning(m_certificateWarning);
    }
    return m_settingsDialog;
}

void SecondaryWindows::setCertificateWarning(const QString &warning)
{
    m_certificateWarning = warning;
    if (m_settingsDialog)
        m_settingsDialog->setCertificateWarning(warning);
}

void SecondaryWindows::openSettings()
{
    SettingsDialog *dialog = settingsDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void SecondaryWindows::openConnectionSettings()
{
    settingsDialog()->showPage(SettingsDialog::Page::Connection);
    openSettings();
}

void SecondaryWindows::openHistory()
{
    if (!m_historyWindow) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("historyWindow"));
        dialog->setWindowTitle(tr("ParkBar: command history"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *view = new HistoryView(dialog);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(view);
        dialog->resize(560, 360);
        auto refresh = [this, view] {
            const AgentSession *session = m_modes->actingSession();
            view->setRecords(session ? session->history() : QList<CommandRecord>());
        };
        connect(m_modes, &ModeSwitcher::actingHistoryChanged, view, refresh);
        refresh();
        m_historyWindow = dialog;
    }
    m_historyWindow->show();
    m_historyWindow->raise();
}

void SecondaryWindows::openAuditLog()
{
    AuditLogView::openDialog(m_auditLogPath, m_window);
}

void SecondaryWindows::openAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About ParkBar"),
                                tr("<b>ParkBar %1</b><br>Park and grab buttons for VICIdial agents and supervisors.<br>"
                                   "Licensed under the GNU GPL, version 3 or later.")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(m_window->windowIcon().pixmap(64, 64));
    box->open();
}
