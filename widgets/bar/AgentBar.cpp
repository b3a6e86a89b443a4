#include "bar/AgentBar.h"

#include "bar/CommandFeedback.h"
#include "bar/ParkToolbar.h"
#include "bar/StatusLine.h"

#include <QBoxLayout>

AgentBar::AgentBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agentBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_toolbar = new ParkToolbar(this);
    m_status = new StatusLine(this);
    m_feedback = new CommandFeedback(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_feedback);

    connect(m_toolbar, &ParkToolbar::actionRequested, this, [this](const QString &agent, ParkAction action) {
        if (m_session && agent == m_session->agent())
            m_session->request(action);
    });
}

void AgentBar::setSession(AgentSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    if (!session)
        return;
    m_toolbar->setAgent(session->agent());
    m_connections << connect(session, &AgentSession::changed, this, &AgentBar::refresh);
    m_connections << connect(session, &AgentSession::actionRefused, this,
                             [this](ParkAction action, const QString &reason) {
                                 m_feedback->showNote(tr("Not available (%1): %2").arg(parkActionDisplayName(action), reason));
                             });
    auto showRecord = [this](const CommandRecord &record) {
        m_feedback->showRecord(record);
        Q_EMIT historyChanged();
    };
    m_connections << connect(session, &AgentSession::commandStarted, this, showRecord);
    m_connections << connect(session, &AgentSession::commandFinished, this, showRecord);
    m_connections << connect(session, &AgentSession::commandSettled, this, showRecord);
    m_connections << connect(session, &AgentSession::parkAlertRaised, this, &AgentBar::parkAlertRaised);
    refresh();
}

void AgentBar::setOrientation(Qt::Orientation orientation)
{
    m_toolbar->setOrientation(orientation);
    m_status->setOrientation(orientation);
}

void AgentBar::setCompact(bool compact)
{
    m_toolbar->setCompact(compact);
}

void AgentBar::showNote(const QString &text)
{
    m_feedback->showNote(text);
}

void AgentBar::refresh()
{
    if (!m_session)
        return;
    m_toolbar->setActionStates(m_session->actionStates(), m_session->swapAction());
    m_status->showSession(*m_session);
}
