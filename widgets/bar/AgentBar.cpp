#include "bar/AgentBar.h"

#include "bar/CommandFeedback.h"
#include "bar/ParkToolbar.h"
#include "bar/StatusLine.h"
#include "util/Clock.h"

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

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AgentBar::refresh);
    connect(m_toolbar, &ParkToolbar::actionRequested, this, [this](const QString &agent, ParkAction action) {
        if (m_session && agent == m_session->agent())
            m_session->request(action);
    });
}

ParkAction AgentBar::swapValueFor(const AgentSession &session)
{
    const std::optional<AgentSnapshot> snapshot = session.snapshot();
    const bool customerParked = snapshot && snapshot->isParked() && !session.ledgerFacts().customerInIvr;
    return customerParked ? ParkAction::SwapParkXfer : ParkAction::SwapParkCustomer;
}

void AgentBar::setSession(AgentSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    if (!session) {
        m_tick.stop();
        return;
    }
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
    m_toolbar->setActionStates(m_session->actionStates(), swapValueFor(*m_session));
    m_status->showSession(*m_session, Clock::system()->monotonicMs());
    const bool timing = m_session->parkedForMs().has_value()
        || m_session->connection().kind == ConnectionState::Kind::Offline;
    if (timing && !m_tick.isActive())
        m_tick.start();
    else if (!timing)
        m_tick.stop();
}
