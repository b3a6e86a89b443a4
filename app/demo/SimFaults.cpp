#include "demo/SimFaults.h"

#include "demo/PhpNoise.h"

void SimFaults::setFault(SimFault fault, const QString &function)
{
    m_faults.insert(function, fault);
}

void SimFaults::setLatencyMs(int ms, const QString &function)
{
    m_latencyMs.insert(function, qMax(0, ms));
}

void SimFaults::clear()
{
    m_faults.clear();
    m_latencyMs.clear();
    m_serviceTimeUs = 0;
    m_agentStatusServiceUs = 0;
}

SimFault SimFaults::faultFor(const QString &function) const
{
    if (const auto it = m_faults.constFind(function); it != m_faults.cend() && !function.isEmpty())
        return *it;
    return m_faults.value(QString(), SimFault::None);
}

int SimFaults::latencyFor(const QString &function) const
{
    if (const auto it = m_latencyMs.constFind(function); it != m_latencyMs.cend() && !function.isEmpty())
        return *it;
    return m_latencyMs.value(QString(), 0);
}

bool SimFaults::scriptRuns(SimFault fault)
{
    return fault != SimFault::Http500 && fault != SimFault::HtmlErrorPage && fault != SimFault::ConnectionReset;
}

SimDelivery SimFaults::failureWithoutScript(SimFault fault, int delayMs)
{
    SimDelivery delivery;
    delivery.delayMs = delayMs;
    switch (fault) {
    case SimFault::Http500:
        delivery.status = 500;
        delivery.body = PhpNoise::internalServerErrorPage();
        break;
    case SimFault::HtmlErrorPage: delivery.body = PhpNoise::htmlErrorPage(); break;
    case SimFault::ConnectionReset: delivery.mode = SimDelivery::Mode::Reset; break;
    case SimFault::None:
    case SimFault::TruncatedBody:
    case SimFault::PhpWarnings:
    case SimFault::HugeBody: break;
    }
    return delivery;
}

SimDelivery SimFaults::deliver(const QString &function, const SimReply &reply, QByteArrayView script) const
{
    const SimFault fault = faultFor(function);
    qint64 serviceUs = 0;
    if (function == QLatin1String("logged_in_agents"))
        serviceUs = qint64(reply.rows) * m_serviceTimeUs;
    else if (function == QLatin1String("agent_status"))
        serviceUs = m_agentStatusServiceUs;
    const int delayMs = latencyFor(function) + int(serviceUs / 1000);
    if (!scriptRuns(fault))
        return failureWithoutScript(fault, delayMs);

    SimDelivery delivery;
    delivery.serviceUs = serviceUs;
    delivery.status = reply.status;
    delivery.body = reply.body;
    delivery.delayMs = delayMs;
    switch (fault) {
    case SimFault::TruncatedBody: delivery.mode = SimDelivery::Mode::Truncated; break;
    case SimFault::PhpWarnings: delivery.body = PhpNoise::around(reply.body, script); break;
    case SimFault::HugeBody: delivery.body = PhpNoise::huge(reply.body, script, kHugeBodyBytes); break;
    case SimFault::None:
    case SimFault::Http500:
    case SimFault::HtmlErrorPage:
    case SimFault::ConnectionReset: break;
    }
    return delivery;
}
