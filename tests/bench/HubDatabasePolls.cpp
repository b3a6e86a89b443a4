#include "HubDatabasePolls.h"

#include "BenchClock.h"
#include "BenchWait.h"
#include "MariaDbServer.h"
#include "demo/SimDatabaseMirror.h"
#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"
#include "hub/DatabaseFloorSource.h"

namespace {

std::optional<FloorReading> readOnce(DatabaseFloorSource &source, double &wallMs)
{
    std::optional<FloorReading> reading;
    bool failed = false;
    const QMetaObject::Connection ready =
        QObject::connect(&source, &FloorSource::readingReady, &source, [&reading](const FloorReading &r) { reading = r; });
    const QMetaObject::Connection failure = QObject::connect(&source, &FloorSource::readFailed, &source, [&failed](const QString &reason) {
        failed = true;
        qWarning().noquote() << "hub database bench: read failed:" << reason;
    });
    const qint64 start = BenchClock::nowNs();
    source.read();
    BenchWait::until([&] { return reading.has_value() || failed; }, 30000);
    wallMs = BenchClock::msBetween(start, BenchClock::nowNs());
    QObject::disconnect(ready);
    QObject::disconnect(failure);
    return reading;
}

} // namespace

bool HubDatabasePolls::addHistory(MariaDbServer &server)
{
    return server.execAsRoot({QStringLiteral("INSERT INTO asterisk.vicidial_agent_log (agent_log_id, user, server_ip, event_time, sub_status) "
                                             "SELECT seq, CONCAT('h', seq % 3000), '10.10.10.15', NOW() - INTERVAL seq SECOND, "
                                             "IF(seq % 7 = 0, 'BREAK', NULL) FROM asterisk.seq_100000_to_399999"),
                              QStringLiteral("INSERT INTO asterisk.vicidial_users (user, pass, full_name, user_group, user_level, active) "
                                             "SELECT CONCAT('old', seq), 'x', CONCAT('Former agent ', seq), 'AGENTS', 1, 'N' FROM asterisk.seq_1_to_5000")});
}

std::optional<QString> HubDatabasePolls::measure(int agents, int polls, int changesPerPoll, Result &result)
{
    MariaDbServer server;
    if (!server.start())
        return QStringLiteral("no private MariaDB: ") + server.errorString();
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, agents);
    SimDatabaseMirror mirror(server.adminConnection());
    const qint64 loadStart = BenchClock::nowNs();
    if (!mirror.attach(&sim) || !addHistory(server))
        return QStringLiteral("the floor could not be written: ") + mirror.errorString() + server.errorString();
    result.mirrorLoadMs = BenchClock::msBetween(loadStart, BenchClock::nowNs());
    result.changesPerPoll = changesPerPoll;

    DatabaseFloorSource source(server.readOnlyOptions());
    const std::optional<FloorReading> first = readOnce(source, result.firstReadWallMs);
    if (!first || first->agents.size() != agents)
        return QStringLiteral("the first read did not give %1 agents").arg(agents);
    result.firstReadDbMs = double(first->sourceMicroseconds) / 1000.0;

    // Agents that go on a break and come back, changesPerPoll of them between two polls.
    QList<SimAgent *> ready;
    for (SimAgent *agent : sim.floor()->agents()) {
        if (agent->loggedIn && agent->status == QLatin1String("READY"))
            ready.append(agent);
    }
    qsizetype next = 0;
    for (int poll = 0; poll < polls && !ready.isEmpty(); ++poll) {
        for (int change = 0; change < changesPerPoll; ++change) {
            SimAgent *agent = ready.at(next++ % ready.size());
            const bool pause = agent->status == QLatin1String("READY");
            agent->status = pause ? QStringLiteral("PAUSED") : QStringLiteral("READY");
            agent->pauseCode = pause ? QStringLiteral("BREAK") : QString();
            sim.noteAgentChanged(agent->user);
        }
        double wall = 0;
        const std::optional<FloorReading> reading = readOnce(source, wall);
        if (!reading)
            return QStringLiteral("a read failed");
        result.dbMs.append(double(reading->sourceMicroseconds) / 1000.0);
        result.wallMs.append(wall);
    }
    if (result.dbMs.isEmpty())
        return QStringLiteral("no agent was ready to change");
    return std::nullopt;
}
