#pragma once

#include <QUrl>
#include <QWidget>

class AgentBar;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolButton;

// The window: the agent bar (or the supervisor view), the menu, and the
// banners a person must not miss (demo mode, signed out). It shows things
// and reports what the person chose; AppController does the rest.
class MainWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    AgentBar *agentBar() const { return m_agentBar; }
    // The supervisor view is added by the controller when supervisor mode exists.
    void setSupervisorView(QWidget *view);
    void showSupervisorView(bool supervisor);
    bool isShowingSupervisorView() const;

    void setDemoBanner(const QString &text); // empty hides it
    // Signed out: the reason, with Retry and Settings; empty hides it.
    void setSignedOutReason(const QString &reason);
    // With the signed-out banner after http was redirected to https: one
    // button that switches the profile to that address; empty hides it.
    void setSecureAddressOffer(const QUrl &address);
    void setProfiles(const QStringList &names, const QString &current);
    void setOrientation(Qt::Orientation orientation);
    void setCompact(bool compact);
    void setAlwaysOnTop(bool onTop);

    QMenu *mainMenu() const { return m_menu; }

Q_SIGNALS:
    void settingsRequested();
    void historyRequested();
    void auditLogRequested();
    void retryRequested();
    void switchToSecureAddressRequested(const QUrl &address);
    void profileSelected(const QString &name);
    void supervisorToggled(bool supervisor);
    void orientationToggled(Qt::Orientation orientation);
    void compactToggled(bool compact);
    void alwaysOnTopToggled(bool onTop);
    void aboutRequested();
    void quitRequested();

private:
    void buildMenu();

    QLabel *m_demoBanner = nullptr;
    QWidget *m_signedOutBanner = nullptr;
    QLabel *m_signedOutText = nullptr;
    QPushButton *m_useHttps = nullptr;
    QUrl m_secureAddress;
    QStackedWidget *m_pages = nullptr;
    AgentBar *m_agentBar = nullptr;
    QWidget *m_supervisorView = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_profilesMenu = nullptr;
    QAction *m_supervisorAction = nullptr;
    QAction *m_verticalAction = nullptr;
    QAction *m_compactAction = nullptr;
    QAction *m_onTopAction = nullptr;
};
