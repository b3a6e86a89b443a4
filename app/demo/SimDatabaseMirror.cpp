#include "demo/SimDatabaseMirror.h"

#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"
#include "util/Logging.h"
#include "vicidial/Redactor.h"

#include <QAtomicInteger>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kServerIp = QStringLiteral("10.10.10.15");

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("parkbar-sim-mirror-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Y") : QStringLiteral("N");
}

} // namespace

SimDatabaseMirror::SimDatabaseMirror(const Connection &connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_connectionName(nextConnectionName())
{
}

SimDatabaseMirror::~SimDatabaseMirror()
{
    m_prepared.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QStringList SimDatabaseMirror::schemaStatements()
{
    QFile file(QStringLiteral(":/demo/vicidial-floor-schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(QStringLiteral("^--[^\n]*\n"), QRegularExpression::MultilineOption));
    QStringList statements;
    for (const QString &statement : text.split(QRegularExpression(QStringLiteral(";\\s*\n")))) {
        if (!statement.trimmed().isEmpty())
            statements.append(statement.trimmed());
    }
    return statements;
}

bool SimDatabaseMirror::failed(const QString &what)
{
    m_error = Redactor(m_connection.password).redact(what);
    qCWarning(lcSim).noquote() << "database mirror:" << m_error;
    Q_EMIT mirrorFailed(m_error);
    return false;
}

bool SimDatabaseMirror::open()
{
    if (m_db.isValid() && m_db.isOpen())
        return true;
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_connectionName);
        // The client library takes the socket only without a host (or with "localhost").
        m_db.setHostName(m_connection.socket.isEmpty() ? m_connection.host : QString());
        m_db.setPort(m_connection.port);
        m_db.setDatabaseName(m_connection.database);
        m_db.setUserName(m_connection.user);
        m_db.setPassword(m_connection.password);
        if (!m_connection.socket.isEmpty())
            m_db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + m_connection.socket);
    }
    if (!m_db.open())
        return failed(QStringLiteral("cannot connect to %1: %2").arg(m_connection.database, m_db.lastError().text()));
    return true;
}

bool SimDatabaseMirror::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        QSqlQuery query(m_db);
        return query.exec(sql) || failed(QStringLiteral("%1: %2").arg(sql.section(QLatin1Char(' '), 0, 2), query.lastError().text()));
    }
    // Each statement is prepared once: a floor of thousands is written in a few seconds.
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            return failed(QStringLiteral("%1: %2").arg(sql.section(QLatin1Char(' '), 0, 2), query.lastError().text()));
        it = m_prepared.insert(sql, query);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        it->bindValue(int(i), values.at(i));
    return it->exec() || failed(QStringLiteral("%1: %2").arg(sql.section(QLatin1Char(' '), 0, 2), it->lastError().text()));
}

bool SimDatabaseMirror::attach(VicidialSimulator *simulator)
{
    if (!open())
        return false;
    for (const QString &statement : schemaStatements()) {
        if (!exec(statement))
            return false;
    }
    m_simulator = simulator;
    connect(simulator, &VicidialSimulator::agentChanged, this, [this](const QString &user) { mirrorAgent(user); });
    connect(simulator, &VicidialSimulator::scenarioLoaded, this, [this] { mirrorAll(); });
    return mirrorAll();
}

bool SimDatabaseMirror::mirrorAll()
{
    if (!m_simulator || !open())
        return false;
    for (const char *table : {"vicidial_live_agents", "vicidial_agent_log", "parked_channels", "vicidial_auto_calls", "vicidial_users",
                              "vicidial_campaigns"}) {
        if (!exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
            return false;
    }
    m_written.clear();
    SimFloor *floor = m_simulator->floor();
    for (const SimCampaign &campaign : floor->campaigns()) {
        if (!exec(QStringLiteral("INSERT INTO vicidial_campaigns (campaign_id, campaign_name, active, park_ext, ivr_park_call) "
                                 "VALUES (?, ?, 'Y', '8301', ?)"),
                  {campaign.id, campaign.id, parkIvrModeKey(campaign.parkIvr)})) {
            return false;
        }
    }
    for (const SimAgent *agent : floor->agents()) {
        Written &written = m_written[agent->user];
        if (!writeUser(*agent, written, false) || !writeAgent(*agent, written))
            return false;
    }
    return true;
}

bool SimDatabaseMirror::mirrorAgent(const QString &user)
{
    if (!m_simulator || !open())
        return false;
    const SimAgent *agent = m_simulator->agent(user);
    if (!agent)
        return true;
    const bool known = m_written.contains(user);
    Written &written = m_written[user];
    return writeUser(*agent, written, known) && writeAgent(*agent, written);
}

bool SimDatabaseMirror::writeUser(const SimAgent &agent, Written &written, bool known)
{
    if (known && written.fullName == agent.fullName && written.userGroup == agent.userGroup && written.userLevel == agent.userLevel)
        return true;
    const bool ok = known ? exec(QStringLiteral("UPDATE vicidial_users SET full_name = ?, user_group = ?, user_level = ? WHERE user = ?"),
                                 {agent.fullName, agent.userGroup, agent.userLevel, agent.user})
                          : exec(QStringLiteral("INSERT INTO vicidial_users (user, pass, full_name, user_group, user_level, active, custom_three) "
                                                "VALUES (?, '', ?, ?, ?, 'Y', ?)"),
                                 {agent.user, agent.fullName, agent.userGroup, agent.userLevel, agent.altUser});
    written.fullName = agent.fullName;
    written.userGroup = agent.userGroup;
    written.userLevel = agent.userLevel;
    return ok;
}

bool SimDatabaseMirror::writeAgent(const SimAgent &agent, Written &written)
{
    const std::optional<SimLiveAgentRow> live = SimLiveRows::liveAgent(agent);
    // New rows before the agent's row points at them, stale ones after.
    const std::optional<SimAutoCallRow> oldCall = written.call;
    const std::optional<SimParkedRow> oldParked = written.parked;
    if (!writeAutoCall(SimLiveRows::autoCall(agent), written) || !writeParked(SimLiveRows::parked(agent), written)
        || !writeLiveAgent(agent, live, written)) {
        return false;
    }
    if (oldCall && (!written.call || written.call->callerId != oldCall->callerId)
        && !exec(QStringLiteral("DELETE FROM vicidial_auto_calls WHERE callerid = ?"), {oldCall->callerId})) {
        return false;
    }
    if (oldParked && (!written.parked || written.parked->channelGroup != oldParked->channelGroup)
        && !exec(QStringLiteral("DELETE FROM parked_channels WHERE channel_group = ?"), {oldParked->channelGroup})) {
        return false;
    }
    return true;
}

bool SimDatabaseMirror::writeAutoCall(const std::optional<SimAutoCallRow> &call, Written &written)
{
    if (!call) {
        written.call.reset();
        return true;
    }
    const std::optional<SimAutoCallRow> old = written.call;
    written.call = call;
    if (old && old->callerId == call->callerId) {
        if (old->uniqueId == call->uniqueId && old->channel == call->channel && old->extension == call->extension && old->status == call->status)
            return true;
        return exec(QStringLiteral("UPDATE vicidial_auto_calls SET uniqueid = ?, channel = ?, extension = ?, status = ? WHERE callerid = ?"),
                    {call->uniqueId, call->channel, call->extension, call->status, call->callerId});
    }
    return exec(QStringLiteral("INSERT INTO vicidial_auto_calls (server_ip, campaign_id, status, lead_id, uniqueid, callerid, channel, "
                               "call_time, extension) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(), ?)"),
                {kServerIp, call->campaign, call->status, call->leadId, call->uniqueId, call->callerId, call->channel, call->extension});
}

bool SimDatabaseMirror::writeParked(const std::optional<SimParkedRow> &parked, Written &written)
{
    if (!parked) {
        written.parked.reset();
        return true;
    }
    const std::optional<SimParkedRow> old = written.parked;
    written.parked = parked;
    if (old && old->channelGroup == parked->channelGroup && old->parkedAtMs == parked->parkedAtMs)
        return true;
    if (old && old->channelGroup == parked->channelGroup) {
        return exec(QStringLiteral("UPDATE parked_channels SET parked_time = FROM_UNIXTIME(?) WHERE channel_group = ?"),
                    {parked->parkedAtMs / 1000, parked->channelGroup});
    }
    // FROM_UNIXTIME writes the database's local time, as VICIdial's own scripts do.
    return exec(QStringLiteral("INSERT INTO parked_channels (channel, server_ip, channel_group, extension, parked_by, parked_time) "
                               "VALUES (?, ?, ?, ?, ?, FROM_UNIXTIME(?))"),
                {parked->channel, kServerIp, parked->channelGroup, parked->extension, parked->parkedBy, parked->parkedAtMs / 1000});
}

bool SimDatabaseMirror::writeLiveAgent(const SimAgent &agent, const std::optional<SimLiveAgentRow> &live, Written &written)
{
    const std::optional<SimLiveAgentRow> old = written.live;
    written.live = live;
    if (!live) {
        return !old || exec(QStringLiteral("DELETE FROM vicidial_live_agents WHERE user = ?"), {agent.user});
    }
    // As VICIdial: a new agent_log row with each session and each new cycle;
    // a row's pause code is written once, during a pause, while still empty.
    const bool paused = live->status == QLatin1String("PAUSED");
    const bool codeChosen = old && old->pauseCode.isEmpty() && paused;
    if (!old || (old->pauseCode != live->pauseCode && !codeChosen)) {
        written.agentLogId = m_nextAgentLogId++;
        if (!exec(QStringLiteral("INSERT INTO vicidial_agent_log (agent_log_id, user, server_ip, event_time, lead_id, campaign_id, "
                                 "status, user_group, sub_status) VALUES (?, ?, ?, NOW(), ?, ?, '', ?, ?)"),
                  {written.agentLogId, agent.user, kServerIp, live->leadId, live->campaign, agent.userGroup, live->pauseCode})) {
            return false;
        }
    } else if (old->pauseCode != live->pauseCode
               && !exec(QStringLiteral("UPDATE vicidial_agent_log SET sub_status = ? WHERE agent_log_id = ?"), {live->pauseCode, written.agentLogId})) {
        return false;
    }
    const QVariantList values{live->confExten, live->extension, live->status, live->leadId, live->campaign, live->callerId,
                              agent.userLevel, live->comments, live->callsToday, written.agentLogId, yesNo(live->onHookAgent),
                              live->ringCallerId, live->pauseCode, live->previewLeadId, agent.user};
    if (old) {
        return exec(QStringLiteral("UPDATE vicidial_live_agents SET conf_exten = ?, extension = ?, status = ?, lead_id = ?, campaign_id = ?, "
                                   "callerid = ?, user_level = ?, comments = ?, calls_today = ?, agent_log_id = ?, on_hook_agent = ?, "
                                   "ring_callerid = ?, pause_code = ?, preview_lead_id = ?, last_state_change = NOW() WHERE user = ?"),
                    values);
    }
    return exec(QStringLiteral("INSERT INTO vicidial_live_agents (conf_exten, extension, status, lead_id, campaign_id, callerid, user_level, "
                               "comments, calls_today, agent_log_id, on_hook_agent, ring_callerid, pause_code, preview_lead_id, user, "
                               "server_ip, last_state_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW())"),
                QVariantList(values) << kServerIp);
}
