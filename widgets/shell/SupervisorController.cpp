#include "shell/SupervisorController.h"

#include "bar/AgentBar.h"
#include "floorview/SupervisorView.h"
#include "services/CapabilityProbe.h"
#include "services/CommandSender.h"
#include "supervisor/FloorAgentFeed.h"
#include "supervisor/FloorModel.h"
#include "supervisor/FloorPoller.h"
#include "vicidial/AnswerText.h"

SupervisorController::SupervisorController(FloorFeed *floor, CapabilityProbe *probe, CommandSender *commands,
                                           const SessionOptions &options, Clock *clock, QObject *parent)
    : QObject(parent), m_probe(probe), m_commands(commands), m_options(options), m_clock(clock),
      m_model(new FloorModel(m_clock, this)), m_floor(floor), m_view(new SupervisorView(m_model))
{
    Q_ASSERT(m_clock);
    floor->setParent(this);
    m_model->setParkLimits(options.parkLimits());
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_model, &FloorModel::tick);
    connect(m_floor, &FloorFeed::floorUpdated, this, [this](const QList<AgentSnapshot> &agents) {
        m_model->applySnapshots(agents);
        m_lastFailure.clear();
        showPollNotice();
    });
    connect(m_floor, &FloorFeed::pollFailed, this, [this](const Answer &answer) {
        m_lastFailure = describeAnswer(answer);
        showPollNotice();
    });
    connect(m_floor, &FloorFeed::intervalChanged, this, &SupervisorController::showPollNotice);
    connect(m_model, &FloorModel::parkAlertRaised, this, &SupervisorController::parkAlertRaised);
    connect(m_view, &SupervisorView::agentSelected, this, &SupervisorController::onAgentSelected);
}

FloorPoller *SupervisorController::poller() const
{
    return qobject_cast<FloorPoller *>(m_floor);
}

SupervisorController::~SupervisorController()
{
    delete m_view.data();
}

void SupervisorController::setFilters(const QStringList &campaigns, const QStringList &userGroups)
{
    m_floor->setFilters(campaigns, userGroups);
}

void SupervisorController::setOptions(const SessionOptions &options)
{
    m_options = options;
    m_model->setParkLimits(options.parkLimits());
    if (m_selected)
        m_selected->setOptions(options);
}

void SupervisorController::start()
{
    m_floor->start();
    m_tick.start();
    if (m_selected)
        m_selected->start();
}

void SupervisorController::stop()
{
    m_floor->stop();
    m_tick.stop();
    if (m_selected)
        m_selected->stop();
}

void SupervisorController::selectAgent(const QString &agent)
{
    m_view->selectAgent(agent);
}

void SupervisorController::onAgentSelected(const QString &agent)
{
    if (m_selected && m_selected->agent() == agent)
        return;
    if (m_selected) {
        m_view->agentBar()->setSession(nullptr);
        m_selected->stop();
        m_selected->deleteLater();
    }
    if (agent.isEmpty() || !m_commands)
        return;
    auto *feed = new FloorAgentFeed(m_floor, agent);
    m_selected = new AgentSession({feed, m_probe, m_commands}, agent, m_options, m_clock, this);
    m_selected->restoreLedger(m_model->ledger(agent));
    connect(m_selected, &AgentSession::commandFinished, m_model, &FloorModel::recordCommand);
    connect(m_selected, &AgentSession::commandSettled, m_model, &FloorModel::recordCommand);
    m_view->agentBar()->setSession(m_selected);
    m_selected->start();
    Q_EMIT sessionCreated(m_selected);
}

void SupervisorController::showPollNotice()
{
    if (!m_lastFailure.isEmpty()) {
        m_view->setPollNotice(tr("The floor could not be updated: %1").arg(m_lastFailure));
        return;
    }
    if (m_floor->isStretched()) {
        m_view->setPollNotice(tr("Updating every %1 s: the floor is large and answers take %2 ms. To update more often, "
                                 "narrow it to your campaigns or user groups in Settings > Supervisor.")
                                  .arg((m_floor->currentIntervalMs() + 500) / 1000)
                                  .arg(qRound(m_floor->smoothedResponseMs())));
        return;
    }
    m_view->setPollNotice(QString());
}
