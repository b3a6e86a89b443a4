#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// What came of one request. The first group is what the server said (the
// parser produces these); the second is what happened on the way there.
enum class ResultKind : quint8 {
    Success,
    NotLoggedIn,
    NoLead,
    InvalidValue,
    NoPermission,
    BadCredentials,
    AccountLocked,
    IpBlocked,
    ApiNotActive,
    InvalidSource,
    AgentNotFound,
    NoLoggedInAgents,
    ServerError,  // an HTML error page, a PHP fatal error, an empty answer
    Unrecognised, // text we do not know, shown to the person as it came

    Timeout,          // no complete answer in time
    ConnectionFailed, // refused, unreachable, reset, cut off
    TlsFailure,       // certificate not trusted or not the pinned one
    HttpError,        // a status other than 200
    Busy,             // a command for this agent is already on its way
    NotSent,          // refused before sending: traffic stopped, bad source...
    HttpsRequired,    // plain http redirected to https on the same host: detail is the https address
    ProxyAuthRequired, // the proxy wants a user name and password (or refused them): detail is "host:port"
};

// A parsed answer or a transport outcome, always safe to log and show: the
// text has been through the Redactor.
struct Answer
{
    ResultKind kind = ResultKind::Unrecognised;
    QString function; // park_call, agent_status... when the answer names it
    QString agent;    // the agent user the answer names
    QString value;    // the park_call value the answer names
    QString user;     // the API user the answer names
    QString detail;   // BAD/LOCK, user group, IP address, HTTP status...
    QString text;     // the answer line(s) or error, redacted

    bool isSuccess() const { return kind == ResultKind::Success; }
};

// Answers after which no further request may go to that server until a
// person acts: retrying would lock the API user out (PROTOCOL.md section 6).
bool stopsTraffic(ResultKind kind);
// Failures on the way, not answers from the server.
bool isTransportFailure(ResultKind kind);
// For park_call: did the server possibly store the command even though we
// got no clear answer? (A timeout or a cut connection after sending.)
bool outcomeUnknown(ResultKind kind);

// A stable name for logs and the audit file: "success", "no_lead"...
QString resultKindName(ResultKind kind);
// The kind of a resultKindName(); nullopt for a name no kind has.
std::optional<ResultKind> resultKindFromName(QStringView name);

Q_DECLARE_METATYPE(Answer)
Q_DECLARE_METATYPE(ResultKind)
