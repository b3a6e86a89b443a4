#include "ScriptedVicidial.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}
} // namespace

ScriptedVicidial::ScriptedVicidial(QObject *parent) : QObject(parent) {}

bool ScriptedVicidial::start()
{
    listenOn(0);
    return m_port != 0;
}

bool ScriptedVicidial::startTls(const QString &certificatePath, const QString &keyPath)
{
    m_certificate = certificatePath;
    m_key = keyPath;
    return start();
}

void ScriptedVicidial::listenOn(quint16 port)
{
    m_http = new LocalHttpServer(this);
    const bool listening = m_certificate.isEmpty() ? m_http->start(port) : m_http->startTls(m_certificate, m_key);
    if (!listening) {
        delete m_http;
        m_http = nullptr;
        return;
    }
    m_port = quint16(m_http->baseUrl().port());
    m_http->setHandler([this](const LocalHttpServer::Received &request) { return handle(request); });
}

QUrl ScriptedVicidial::baseUrl() const
{
    QUrl url(m_certificate.isEmpty() ? u"http://127.0.0.1"_s : u"https://127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

ServerConfig ScriptedVicidial::clientConfig(const QString &password) const
{
    ServerConfig config;
    config.baseUrl = baseUrl();
    config.apiUser = u"6666"_s;
    config.password = password;
    config.timeoutMs = 2000;
    return config;
}

void ScriptedVicidial::goOffline()
{
    if (m_http)
        m_maxInFlightBefore = std::max(m_maxInFlightBefore, m_http->maxInFlight());
    delete m_http;
    m_http = nullptr;
}

bool ScriptedVicidial::comeBack()
{
    if (!m_http)
        listenOn(m_port);
    return m_http != nullptr;
}

int ScriptedVicidial::maxInFlight() const
{
    return std::max(m_maxInFlightBefore, m_http ? m_http->maxInFlight() : 0);
}

LocalHttpServer::Reply ScriptedVicidial::handle(const LocalHttpServer::Received &request)
{
    const QString function = request.field(u"function"_s);
    m_functions.append(function);
    const bool agentApi = request.path == "/agc/api.php"_L1;
    if (function == "version"_L1)
        return {200, agentApi ? script.agentApiVersion : script.nonAgentApiVersion};

    const QString user = request.field(u"user"_s);
    const QString pass = request.field(u"pass"_s);
    if (user != script.apiUser || pass != script.password) {
        if (agentApi)
            return {200, line(u"ERROR: Invalid Username/Password: |%1|%2|0|1|BAD|"_s.arg(user, pass))};
        return {200, line(u"ERROR: Login incorrect, please try again: |%1|%2|BAD|"_s.arg(user, pass))};
    }
    if (function == "agent_status"_L1 && !agentApi)
        return agentStatus(request);
    if (function == "park_call"_L1 && agentApi)
        return parkCall(request);
    return {200, line(u"ERROR: %1 not valid"_s.arg(function))};
}

LocalHttpServer::Reply ScriptedVicidial::agentStatus(const LocalHttpServer::Received &request)
{
    if (script.agentStatusFails)
        return {500, "<html><title>500 Internal Server Error</title></html>", script.agentStatusDelayMs};
    const QString who = request.field(u"agent_user"_s);
    if (who != script.agentUser || !agent.exists)
        return {200, line(u"ERROR: agent_status AGENT NOT FOUND: %1|%2"_s.arg(script.apiUser, who)), script.agentStatusDelayMs};
    if (!agent.loggedIn)
        return {200, line(u"ERROR: agent_status AGENT NOT LOGGED IN: %1|%2"_s.arg(script.apiUser, who)),
                script.agentStatusDelayMs};
    const bool hasLead = !agent.leadId.isEmpty() && agent.leadId != "0"_L1;
    const QString row = QStringList{agent.status,
                                    hasLead ? u"M1234567890000012345"_s : QString(),
                                    agent.leadId,
                                    agent.campaign,
                                    u"3"_s,
                                    u"Agent %1"_s.arg(who),
                                    u"AGENTS"_s,
                                    u"1"_s,
                                    QString(),
                                    agent.subStatus,
                                    hasLead ? u"3125550100"_s : QString(),
                                    hasLead ? u"VLC12345"_s : QString(),
                                    u"8600051"_s}
                            .join(u'|');
    return {200, line(row), script.agentStatusDelayMs};
}

LocalHttpServer::Reply ScriptedVicidial::parkCall(const LocalHttpServer::Received &request)
{
    const QString who = request.field(u"agent_user"_s);
    const QString value = request.field(u"value"_s);
    m_parkValues.append(value);
    if (who != script.agentUser || !agent.exists || !agent.loggedIn)
        return {200, line(u"ERROR: agent_user is not logged in - %1"_s.arg(who)), script.parkCallDelayMs};
    if (agent.leadId.isEmpty() || agent.leadId == "0"_L1)
        return {200, line(u"ERROR: agent_user does not have a lead on their screen - %1"_s.arg(who)), script.parkCallDelayMs};

    QString after;
    bool changes = true;
    if (value == "PARK_CUSTOMER"_L1 || value == "PARK_IVR_CUSTOMER"_L1 || value == "SWAP_PARK_CUSTOMER"_L1)
        after = u"PARK"_s;
    else if (value == "GRAB_CUSTOMER"_L1 || value == "GRAB_IVR_CUSTOMER"_L1 || value == "SWAP_PARK_XFER"_L1
             || value == "HANGUP_XFER_GRAB_CUSTOMER"_L1)
        after = QString();
    else if (value == "PARK_XFER"_L1 || value == "GRAB_XFER"_L1)
        changes = false;
    else
        return {200, line(u"ERROR: park_call not valid - %1|%2"_s.arg(value, who)), script.parkCallDelayMs};

    if (changes && script.screenActsAfterMs >= 0) {
        QTimer::singleShot(script.screenActsAfterMs, this, [this, after] {
            if (agent.loggedIn && agent.status == "INCALL"_L1)
                agent.subStatus = after;
        });
    }
    LocalHttpServer::Reply reply{200, line(u"SUCCESS: park_call function set - %1|%2"_s.arg(value, who)), script.parkCallDelayMs};
    reply.dropConnection = script.dropParkCall;
    return reply;
}
