#pragma once

#include "demo/SimRequest.h"

#include <QHash>
#include <QString>

// What can go wrong between a client and a real VICIdial server, on demand.
enum class SimFault : quint8 {
    None,
    Http500,         // status 500 with Apache's error page; the script never ran
    HtmlErrorPage,   // status 200 with an HTML error page; the script never ran
    TruncatedBody,   // Content-Length larger than what is sent, then the connection closes
    ConnectionReset, // the connection is reset before any answer; the script never ran
    PhpWarnings,     // the answer among about 80 PHP warnings (display_errors=On)
    HugeBody,        // 10 MB of PHP warnings, then the answer
};

// The bytes the HTTP front writes for one request, and how.
struct SimDelivery
{
    enum class Mode : quint8 { Normal, Truncated, Reset };
    Mode mode = Mode::Normal;
    int status = 200;
    QByteArray body;
    int delayMs = 0;
    qint64 serviceUs = 0; // the modelled server work for this request (included in delayMs)
};

// Fault settings, for all functions or for one (a function's own setting wins),
// and the turning of a script's reply into what is delivered.
class SimFaults final
{
public:
    static constexpr qsizetype kHugeBodyBytes = 10 * 1024 * 1024;

    void setFault(SimFault fault, const QString &function = {});
    void setLatencyMs(int ms, const QString &function = {});
    // logged_in_agents answers after rows x this many microseconds, like a loaded database.
    void setLoggedInAgentsServiceTimeUs(int microsecondsPerAgent) { m_serviceTimeUs = qMax(0, microsecondsPerAgent); }
    // agent_status answers after this long, what the real PHP works per request (about 4 ms).
    void setAgentStatusServiceTimeUs(int microsecondsPerRequest) { m_agentStatusServiceUs = qMax(0, microsecondsPerRequest); }
    void clear();

    SimFault faultFor(const QString &function) const;
    int latencyFor(const QString &function) const;
    // False for faults that stop the request before the PHP script runs.
    static bool scriptRuns(SimFault fault);

    SimDelivery deliver(const QString &function, const SimReply &reply, QByteArrayView script) const;
    static SimDelivery failureWithoutScript(SimFault fault, int delayMs);

private:
    QHash<QString, SimFault> m_faults;   // "" = every function
    QHash<QString, int> m_latencyMs;     // "" = every function
    int m_serviceTimeUs = 0;
    int m_agentStatusServiceUs = 0;
};
