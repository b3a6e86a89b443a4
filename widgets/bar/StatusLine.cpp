#include "bar/StatusLine.h"

#include "session/AgentSession.h"
#include "window/IconProvider.h"

#include <QBoxLayout>
#include <QLabel>

StatusLine::StatusLine(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusLine"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(10);

    auto makeLabel = [this, layout](const char *name, const QString &accessible) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setAccessibleName(accessible);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
        return label;
    };
    m_agent = makeLabel("agentLabel", tr("Agent"));
    m_state = makeLabel("stateLabel", tr("Agent state"));
    m_timer = makeLabel("parkTimerLabel", tr("Park timer"));
    m_timer->setVisible(false);
    layout->addStretch(1);
    m_certificateWarning = makeLabel("certificateWarning", tr("Certificate warning"));
    m_certificateWarning->setText(tr("Certificate warning"));
    m_certificateWarning->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    m_certificateWarning->setVisible(false);
    m_connectionIcon = new QLabel(this);
    m_connectionIcon->setObjectName(QStringLiteral("connectionIcon"));
    layout->addWidget(m_connectionIcon);
    m_connection = makeLabel("connectionLabel", tr("Connection"));
}

void StatusLine::setOrientation(Qt::Orientation orientation)
{
    auto *layout = static_cast<QBoxLayout *>(this->layout());
    layout->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    for (QLabel *label : {m_agent, m_state, m_timer, m_connection})
        label->setWordWrap(orientation == Qt::Vertical);
}

void StatusLine::setCertificateWarning(const QString &warning)
{
    m_certificateWarning->setToolTip(warning);
    m_certificateWarning->setAccessibleDescription(warning);
    m_certificateWarning->setVisible(!warning.isEmpty());
}

void StatusLine::showSession(const AgentSession &session)
{
    const SessionView &view = session.view();
    StatusLineInput input;
    input.agent = session.agent();
    input.snapshot = view.snapshot;
    input.legs = view.legs;
    input.feed = view.feed;
    input.source = view.source;
    input.connection = view.connection;
    input.parkedForMs = session.parkedForMs();
    input.alert = view.alert;
    input.nowMonotonicMs = session.nowMonotonicMs();
    showContent(statusLineContent(input), view.connection.kind);
}

void StatusLine::showContent(const StatusLineContent &content, ConnectionState::Kind connection)
{
    m_agent->setText(content.agent);
    m_state->setText(content.state);
    m_state->setEnabled(content.stateIsCurrent);

    m_timer->setVisible(content.parkTimer.has_value());
    if (content.parkTimer) {
        const ParkAlert alert = content.alert;
        m_timer->setText(*content.parkTimer);
        m_timer->setProperty("alert", alert == ParkAlert::Critical ? QStringLiteral("critical")
                                      : alert == ParkAlert::Warning ? QStringLiteral("warning")
                                                                    : QString());
        if (alert == ParkAlert::Critical)
            m_timer->setStyleSheet(QStringLiteral("QLabel { background: #C5221F; color: white; font-weight: bold; padding: 1px 6px; border-radius: 3px; }"));
        else if (alert == ParkAlert::Warning)
            m_timer->setStyleSheet(QStringLiteral("QLabel { background: #F9AB00; color: black; font-weight: bold; padding: 1px 6px; border-radius: 3px; }"));
        else
            m_timer->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
        m_timer->setAccessibleDescription(m_timer->text());
    }

    m_connection->setText(content.connection);
    m_connection->setToolTip(content.connectionDetail);
    QString icon = QStringLiteral("connected");
    if (connection == ConnectionState::Kind::Offline || connection == ConnectionState::Kind::Connecting)
        icon = QStringLiteral("offline");
    else if (connection == ConnectionState::Kind::SignedOut)
        icon = QStringLiteral("signed-out");
    else if (connection == ConnectionState::Kind::Slow)
        icon = QStringLiteral("warning");
    if (icon != m_lastConnectionIcon) {
        m_lastConnectionIcon = icon;
        m_connectionIcon->setPixmap(IconProvider::icon(icon, palette()).pixmap(16, 16));
    }
}
