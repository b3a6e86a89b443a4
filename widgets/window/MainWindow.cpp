#include "window/MainWindow.h"

#include "window/IconProvider.h"
#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"

#include <QActionGroup>
#include <QBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>

#include <algorithm>

MainWindow::MainWindow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ParkBar"));
    setWindowIcon(IconProvider::applicationIcon());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_demoBanner = new QLabel(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAccessibleName(tr("Demo mode"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: #FEEFC3; color: #3C2A00; padding: 4px 8px; }"));
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);

    m_signedOutBanner = new QWidget(this);
    m_signedOutBanner->setObjectName(QStringLiteral("signedOutBanner"));
    m_signedOutBanner->setAttribute(Qt::WA_StyledBackground);
    m_signedOutBanner->setStyleSheet(QStringLiteral("#signedOutBanner { background: #FCE8E6; } QLabel { color: #5F0B06; }"));
    auto *bannerLayout = new QHBoxLayout(m_signedOutBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_signedOutText = new QLabel(m_signedOutBanner);
    m_signedOutText->setObjectName(QStringLiteral("signedOutText"));
    m_signedOutText->setWordWrap(true);
    bannerLayout->addWidget(m_signedOutText, 1);
    m_useHttps = new QPushButton(m_signedOutBanner);
    m_useHttps->setObjectName(QStringLiteral("useHttpsButton"));
    m_useHttps->hide();
    connect(m_useHttps, &QPushButton::clicked, this, [this] { Q_EMIT switchToSecureAddressRequested(m_secureAddress); });
    bannerLayout->addWidget(m_useHttps);
    auto *retry = new QPushButton(tr("Retry"), m_signedOutBanner);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setToolTip(tr("Ask the server once more with the same credentials"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::retryRequested);
    bannerLayout->addWidget(retry);
    auto *settings = new QPushButton(tr("Settings..."), m_signedOutBanner);
    settings->setObjectName(QStringLiteral("signedOutSettingsButton"));
    connect(settings, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    bannerLayout->addWidget(settings);
    m_signedOutBanner->hide();
    layout->addWidget(m_signedOutBanner);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 4, 0);
    m_pages = new QStackedWidget(this);
    m_agentBar = new AgentBar(m_pages);
    m_pages->addWidget(m_agentBar);
    row->addWidget(m_pages, 1);

    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("menuButton"));
    m_menuButton->setAccessibleName(tr("Menu"));
    m_menuButton->setToolTip(tr("Menu"));
    m_menuButton->setIcon(IconProvider::icon(QStringLiteral("settings"), palette()));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    // Level with the toolbar's buttons: the bar's top margin, the buttons' height.
    const int barTop = m_agentBar->layout()->contentsMargins().top();
    m_menuButton->setFixedHeight(std::max(m_menuButton->sizeHint().height(), m_agentBar->toolbar()->sizeHint().height()));
    auto *menuColumn = new QVBoxLayout;
    menuColumn->setContentsMargins(0, barTop, 0, 0);
    menuColumn->addWidget(m_menuButton);
    menuColumn->addStretch(1);
    row->addLayout(menuColumn);
    layout->addLayout(row, 1);

    buildMenu();
}

void MainWindow::buildMenu()
{
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("mainMenu"));
    m_menuButton->setMenu(m_menu);

    m_profilesMenu = m_menu->addMenu(tr("Profile"));
    m_profilesMenu->setObjectName(QStringLiteral("profilesMenu"));
    m_menu->addAction(tr("Settings..."), this, &MainWindow::settingsRequested)->setObjectName(QStringLiteral("settingsAction"));
    m_menu->addAction(tr("History..."), this, &MainWindow::historyRequested)->setObjectName(QStringLiteral("historyAction"));
    m_menu->addAction(tr("Audit log..."), this, &MainWindow::auditLogRequested)->setObjectName(QStringLiteral("auditLogAction"));
    m_menu->addAction(tr("Retry now"), this, &MainWindow::retryRequested)->setObjectName(QStringLiteral("retryAction"));
    m_menu->addSeparator();

    m_supervisorAction = m_menu->addAction(tr("Supervisor mode"));
    m_supervisorAction->setObjectName(QStringLiteral("supervisorAction"));
    m_supervisorAction->setCheckable(true);
    connect(m_supervisorAction, &QAction::toggled, this, &MainWindow::supervisorToggled);
    m_verticalAction = m_menu->addAction(tr("Vertical layout"));
    m_verticalAction->setObjectName(QStringLiteral("verticalAction"));
    m_verticalAction->setCheckable(true);
    connect(m_verticalAction, &QAction::toggled, this,
            [this](bool vertical) { Q_EMIT orientationToggled(vertical ? Qt::Vertical : Qt::Horizontal); });
    m_compactAction = m_menu->addAction(tr("Compact"));
    m_compactAction->setObjectName(QStringLiteral("compactAction"));
    m_compactAction->setCheckable(true);
    connect(m_compactAction, &QAction::toggled, this, &MainWindow::compactToggled);
    m_onTopAction = m_menu->addAction(tr("Always on top"));
    m_onTopAction->setObjectName(QStringLiteral("alwaysOnTopAction"));
    m_onTopAction->setCheckable(true);
    connect(m_onTopAction, &QAction::toggled, this, &MainWindow::alwaysOnTopToggled);
    m_menu->addSeparator();
    m_menu->addAction(tr("About ParkBar"), this, &MainWindow::aboutRequested)->setObjectName(QStringLiteral("aboutAction"));
    m_menu->addAction(tr("Quit"), this, &MainWindow::quitRequested)->setObjectName(QStringLiteral("quitAction"));
}

void MainWindow::setSupervisorView(QWidget *view)
{
    m_supervisorView = view;
    m_pages->addWidget(view);
}

void MainWindow::showSupervisorView(bool supervisor)
{
    if (supervisor && !m_supervisorView)
        supervisor = false;
    m_pages->setCurrentWidget(supervisor ? m_supervisorView : m_agentBar);
    const QSignalBlocker blocker(m_supervisorAction);
    m_supervisorAction->setChecked(supervisor);
}

bool MainWindow::isShowingSupervisorView() const
{
    return m_supervisorView && m_pages->currentWidget() == m_supervisorView;
}

void MainWindow::setDemoBanner(const QString &text)
{
    m_demoBanner->setText(text);
    m_demoBanner->setVisible(!text.isEmpty());
}

void MainWindow::setSignedOutReason(const QString &reason)
{
    m_signedOutText->setText(reason.isEmpty() ? QString()
                                              : reason + QLatin1Char('\n')
                                                    + tr("ParkBar has stopped asking the server, so the account is not "
                                                         "locked. Check the settings, then press Retry."));
    m_signedOutBanner->setVisible(!reason.isEmpty());
}

void MainWindow::setSecureAddressOffer(const QUrl &address)
{
    m_secureAddress = address;
    m_useHttps->setText(tr("Use %1").arg(address.toString()));
    m_useHttps->setToolTip(tr("Switch this profile to %1 and connect again").arg(address.toString()));
    m_useHttps->setVisible(!address.isEmpty());
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_profilesMenu->clear();
    auto *group = new QActionGroup(m_profilesMenu);
    for (const QString &name : names) {
        QAction *action = m_profilesMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { Q_EMIT profileSelected(name); });
    }
    m_profilesMenu->setEnabled(names.size() > 1);
}

void MainWindow::setOrientation(Qt::Orientation orientation)
{
    const QSignalBlocker blocker(m_verticalAction);
    m_verticalAction->setChecked(orientation == Qt::Vertical);
    m_agentBar->setOrientation(orientation);
    adjustSize();
}

void MainWindow::setCompact(bool compact)
{
    const QSignalBlocker blocker(m_compactAction);
    m_compactAction->setChecked(compact);
    m_agentBar->setCompact(compact);
    adjustSize();
}

void MainWindow::setAlwaysOnTop(bool onTop)
{
    const QSignalBlocker blocker(m_onTopAction);
    m_onTopAction->setChecked(onTop);
    const bool visible = isVisible();
    setWindowFlag(Qt::WindowStaysOnTopHint, onTop);
    if (visible)
        show(); // changing window flags hides the window
}
