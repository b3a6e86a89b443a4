#include "demo/SimCounters.h"

namespace {

QString key(const QString &function, const QString &agent)
{
    return function + QLatin1Char('\n') + agent;
}

} // namespace

void SimCounters::record(const SimRequestRecord &request)
{
    ++m_total;
    ++m_perFunction[request.function];
    ++m_perFunctionAgent[key(request.function, request.agent)];
    m_recent.append(request);
    if (m_recent.size() > kLogSize)
        m_recent.remove(0, m_recent.size() - kLogSize);
}

int SimCounters::requests(const QString &function) const
{
    return function.isEmpty() ? m_total : m_perFunction.value(function);
}

int SimCounters::requests(const QString &function, const QString &agent) const
{
    return m_perFunctionAgent.value(key(function, agent));
}

void SimCounters::clear()
{
    m_total = 0;
    m_perFunction.clear();
    m_perFunctionAgent.clear();
    m_recent.clear();
}
