#pragma once

#include "hub/HubToken.h"
#include "state/CommandResult.h"
#include "vicidial/AgentSnapshot.h"
#include "vicidial/ParkIvrMode.h"
#include "vicidial/VersionInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// parkbar-hub's WebSocket protocol, version 1.
//
// Every message is one text frame holding one JSON object with "v" (the
// protocol version, 1) and "type". Receivers ignore fields they do not know;
// a hub answers an unknown type with an error, a client ignores it.
//
// AUTHENTICATION. The client's token travels in the upgrade request's header
// "Authorization: Bearer <token>" or in its first message, never in the URL
// (URLs end up in logs):
//   client -> {"v":1,"type":"hello","token":"pbh1_...","client":"parkbar 0.9.0"}
//   hub    -> {"v":1,"type":"welcome","name":"desk-12","role":"bar","heartbeatMs":5000,"source":"api","hub":"0.9.0"}
// With the header, the welcome comes unasked. A wrong token: the hub closes
// with 4001 and the reason. No hello within 10 s: 4002. Another protocol
// version: 4003. A token deleted from the tokens file (on reload): 4004.
// An address that sent 10 wrong tokens within a minute has its connections
// closed at once, unchecked, with 4029 for the next 5 minutes. A client that
// does not read what it is sent: 4008. The hub stopping: 1001.
//
// SUBSCRIBING. A new subscribe replaces the previous one.
//   bar        -> {"v":1,"type":"subscribe","agents":["1000"]}
//   supervisor -> {"v":1,"type":"subscribe","floor":true}   (or "agents", within its scope)
// The hub answers with a snapshot of what the subscription covers, then sends
// only changes, from the reading that saw them, with no added delay:
//   {"v":1,"type":"snapshot","seq":41,"readAt":1782640800123,"agents":[AGENT...],
//    "absent":["1002"],"campaignIvrModes":{"TESTCAMP":"ENABLED"}}
//   {"v":1,"type":"changes","seq":42,"readAt":1782640801125,"agents":[AGENT...],"removed":["1001"],
//    "campaignIvrModes":{...}}
// "agents" in changes are added or changed agents, each whole; "removed" are
// agents that logged out or left the subscriber's view; campaignIvrModes comes
// when the modes changed (a database hub reads them; an API hub has none).
// "absent" lists subscribed agents that are not logged in (as far as the hub
// serves: only its configured campaigns and user groups). seq counts the
// hub's readings; readAt is when that reading completed (epoch ms).
//
// AGENT, for a bar: only what the action rules and the status line use, never
// a name, a phone number or a lead's data:
//   {"user":"1000","status":"INCALL","lead":"12345","campaign":"TESTCAMP","pauseCode":"",
//    "subStatus":"PARK","parkedAt":1782640790000,"inParkIvr":false}
// parkedAt and inParkIvr only when the source knows them (a database hub).
// For a supervisor also "fullName", "userGroup" and "callerId" (the call's
// id, which the supervisor table uses to tell calls apart), never the
// customer's phone number or the lead's vendor code.
//
// LIVENESS. When the hub has sent nothing for heartbeatMs:
//   {"v":1,"type":"heartbeat","seq":42,"at":1782640805000}
// A client that hears nothing for two heartbeat intervals treats the hub as gone.
//
// DATA. When the hub's source fails, every client gets
//   {"v":1,"type":"status","data":false,"reason":"..."}
// and no changes until {"v":1,"type":"status","data":true}, then a fresh
// snapshot. A subscribe while there is no data gets that status instead of a
// snapshot, and the snapshot when data returns.
//
// SERVER. What the hub read of the VICIdial server's builds (both APIs'
// `version`, which needs no credentials), so desks behind a hub never ask
// VICIdial themselves. In the welcome once known, and to every client when
// it changes; absent when the hub has no [api] address (a database hub
// without a gateway): the desk then treats the builds as unknown.
//   "server":{"agentApiVersion":"2.14-81","agentApiBuild":"240429-2220",
//             "nonAgentApiVersion":"2.14-85","nonAgentApiBuild":"240501-1030"}
//   hub -> {"v":1,"type":"server","agentApiVersion":...}   (same fields)
//
// GATEWAY (the hub holds the API password and sends park_call for its
// desks). The welcome says "mode":"gateway" or "mode":"feed", and what the
// token is bound to: "phone":"SIP/1000" and/or "agent":"1000" (absent: not bound).
// A bar whose token is bound to a phone follows whoever is logged in there:
//   bar -> {"v":1,"type":"subscribe","phone":"SIP/1000"}   (must be the token's phone)
//   hub -> {"v":1,"type":"seat","phone":"SIP/1000","user":"1000","fullName":"Ana Diaz"}
// then snapshot/changes for that agent as for a bar subscription. A seat
// comes again each time another agent logs in on the phone ("user":"" and
// no fullName while nobody is); the hub moves the subscription itself.
// The seat's fullName is the desk's own agent, the one name a bar may carry.
// The hub is in gateway mode when its INI has [gateway] enabled=true (which
// needs [api] url, user and passwordFile) and writes its central audit log
// to [gateway] auditFile (JSON lines; default /var/log/parkbar-hub/audit.jsonl).
// Commands, gateway mode only (a feed hub answers error "unsupported"):
//   client -> {"v":1,"type":"command","id":"c-17","agent":"1000","action":"PARK_CUSTOMER"}
//   hub    -> {"v":1,"type":"result","id":"c-17","answer":{ANSWER},"reachedServer":true,
//              "sentAt":1782640800123,"latencyMs":212}
// id is the client's, unique per connection. A command belongs to the
// connection it came on: the hub sends it to VICIdial at most once, never
// retries it, and answers exactly once on that connection (not at all if
// the connection is gone by then). ANSWER is the Answer the hub got,
// redacted: {"kind":"success","function":"park_call","agent":"1000",
// "value":"PARK_CUSTOMER","user":"","detail":"","text":"SUCCESS: ..."} with
// kind as resultKindName(). A command the hub refuses without sending has
// "reachedServer":false and kind "not_sent" with detail one of:
//   not-your-agent  the agent is not the one logged in on the token's phone / not the token's agent
//                   (a bar token bound to neither: not one of the agents it subscribed to)
//   outside-scope   a supervisor token's campaigns or groups do not cover the agent
//   rules           the action rules say no now; text is their reason
//   busy            a command for this agent is already on its way (kind "busy")
//   stopped         the hub's traffic to VICIdial is stopped after an authentication error
// A command whose outcome the hub cannot know (its connection to VICIdial
// cut after writing, a timeout) comes back with the transport kind
// (connection_failed, timeout) and "reachedServer":true: may or may not
// have been done. A client that loses the hub before the result says the same.
//
// ERRORS that keep the connection open:
//   {"v":1,"type":"error","code":"not-allowed","message":"..."}
// codes: bad-message, unknown-type, not-authenticated, not-allowed, unsupported.
// ("unsupported": a command sent to a hub in feed mode.)
namespace HubProtocol {

inline constexpr int kVersion = 1;

enum CloseCode : quint16 {
    TokenRefused = 4001,
    NoHello = 4002,
    UnsupportedVersion = 4003,
    TokenRevoked = 4004,
    TooSlow = 4008,
    TooManyWrongTokens = 4029,
};

QJsonObject agentJson(const AgentSnapshot &agent, HubRole role);
AgentSnapshot agentFromJson(const QJsonObject &object);
QJsonObject ivrModesJson(const QHash<QString, ParkIvrMode> &modes);
QHash<QString, ParkIvrMode> ivrModesFromJson(const QJsonObject &object);

// The message as a compact JSON text, with "v" added.
QString encode(QJsonObject message);
// A received text as an object of this protocol version; nullopt when it is
// not JSON, not an object or has no type. versionOut gets its "v".
std::optional<QJsonObject> decode(QStringView text, int *versionOut = nullptr);

QJsonObject hello(const QString &token, const QString &client);
QJsonObject subscribeAgents(const QStringList &agents);
QJsonObject subscribeFloor();
QJsonObject welcome(const HubToken &token, int heartbeatMs, const QString &sourceKind);

// SERVER: what the hub read of both APIs' version answers.
struct ServerBuilds
{
    std::optional<VersionInfo> agentApi;
    std::optional<VersionInfo> nonAgentApi;

    bool isKnown() const { return agentApi.has_value() || nonAgentApi.has_value(); }
    bool operator==(const ServerBuilds &other) const;
};
QJsonObject serverFields(const ServerBuilds &builds); // the four fields, without a type
ServerBuilds serverBuildsFromJson(const QJsonObject &object);
QJsonObject server(const ServerBuilds &builds);
// The welcome with the mode, the token's binding and, when known, the server's builds.
QJsonObject welcome(const HubToken &token, int heartbeatMs, const QString &sourceKind, bool gateway,
                    const std::optional<ServerBuilds> &builds);

// GATEWAY.
QJsonObject subscribePhone(const QString &phone);
// user empty: nobody is logged in on the phone (fullName is then left out).
QJsonObject seat(const QString &phone, const QString &user, const QString &fullName);
QJsonObject command(const QString &id, const QString &agent, ParkAction action);
QJsonObject answerJson(const Answer &answer);
Answer answerFromJson(const QJsonObject &object);
// A result for the command id; result.agent and action are in the answer.
QJsonObject result(const QString &id, const CommandResult &result);
// The result message's fields back; nullopt when it has no id or answer.
struct ReceivedResult
{
    QString id;
    CommandResult result;
};
std::optional<ReceivedResult> resultFromJson(const QJsonObject &object);
QJsonObject heartbeat(quint64 sequence, qint64 atMs);
QJsonObject status(bool hasData, const QString &reason);
QJsonObject error(const QString &code, const QString &message);

} // namespace HubProtocol
