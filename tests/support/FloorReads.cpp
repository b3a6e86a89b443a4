#include "FloorReads.h"

#include <QSignalSpy>
#include <QTest>

namespace FloorReads {

ReadResult readOnce(FloorSource &source)
{
    QSignalSpy ready(&source, &FloorSource::readingReady);
    QSignalSpy failed(&source, &FloorSource::readFailed);
    source.read();
    if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 20000))
        return QStringLiteral("no answer within 20 s");
    if (!failed.isEmpty())
        return failed.first().first().toString();
    return ready.first().first().value<FloorReading>();
}

FloorReading readingOf(FloorSource &source)
{
    const ReadResult result = readOnce(source);
    if (const QString *reason = std::get_if<QString>(&result)) {
        qWarning().noquote() << "read failed:" << *reason;
        return {};
    }
    return std::get<FloorReading>(result);
}

QString describe(const AgentSnapshot &agent)
{
    return QStringList{agent.user, agent.status, agent.callerId, agent.leadId, agent.campaign, QString::number(agent.callsToday),
                       agent.fullName, agent.userGroup, QString::number(agent.userLevel), agent.pauseCode, agent.subStatus,
                       agent.phoneNumber, agent.vendorLeadCode, agent.sessionId, agent.computerIp}
        .join(QLatin1Char('|'));
}

AgentSnapshot withoutDatabaseFields(AgentSnapshot agent)
{
    agent.extension.clear();
    agent.parkedAtMs = 0;
    agent.inParkIvr.reset();
    return agent;
}

} // namespace FloorReads
