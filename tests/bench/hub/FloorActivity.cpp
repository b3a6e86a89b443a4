#include "FloorActivity.h"

#include "BenchClock.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/WireClient.h"

FloorActivity::FloorActivity(const ServerConfig &server, int agents, int perSecond, QObject *parent)
    : QObject(parent), m_client(new WireClient(server, this))
{
    // The floor scenario: agents 10000 + i, on the line when i % 10 < 4, parked when i % 10 == 4.
    for (int i = 0; i < agents; ++i) {
        if (i % 10 > 4)
            continue;
        const QString user = QString::number(10000 + i);
        m_agents.append(user);
        if (i % 10 == 4)
            m_parked.insert(user);
    }
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(perSecond > 0 ? std::max(1, 1000 / perSecond) : 0);
    connect(&m_timer, &QTimer::timeout, this, &FloorActivity::sendNext);
    if (perSecond <= 0)
        m_agents.clear();
}

FloorActivity::~FloorActivity() = default;

void FloorActivity::start()
{
    if (!m_agents.isEmpty())
        m_timer.start();
}

std::optional<std::pair<qint64, QString>> FloorActivity::lastChange(const QString &agent) const
{
    const auto it = m_changes.constFind(agent);
    return it == m_changes.cend() ? std::nullopt : std::optional<std::pair<qint64, QString>>(*it);
}

void FloorActivity::sendNext()
{
    const QString agent = m_agents.at(m_next);
    m_next = (m_next + 1) % m_agents.size();
    const bool parked = m_parked.contains(agent);
    WireCall *call = m_client->send(ApiRequest::parkCall(agent, parked ? ParkAction::GrabCustomer : ParkAction::ParkCustomer));
    connect(call, &WireCall::finished, this, [this, agent, parked](const WireResponse &response) {
        if (!response.ok() || parseAnswer(response.body, m_client->redactor()).kind != ResultKind::Success)
            return;
        ++m_answered;
        if (parked)
            m_parked.remove(agent);
        else
            m_parked.insert(agent);
        m_changes.insert(agent, {BenchClock::nowNs(), parked ? QString() : QStringLiteral("PARK")});
    });
}
