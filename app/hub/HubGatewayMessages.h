#pragma once

#include "state/CommandResult.h"
#include "vicidial/ServerCapabilities.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// Who is logged in on a phone a bar's token is bound to (HubProtocol.h,
// GATEWAY): user is empty while nobody is.
struct HubSeat
{
    QString phone;
    QString user;
    QString fullName;

    bool operator==(const HubSeat &) const = default;
};

Q_DECLARE_METATYPE(HubSeat)

// The SERVER and GATEWAY messages of HubProtocol.h, as the desk reads and
// writes them (the scripted test hub writes the hub's side with the same
// functions, so both ends agree on one spelling).
namespace GatewayWire {

QJsonObject subscribePhone(const QString &phone);
QJsonObject command(const QString &id, const QString &agent, ParkAction action);

QJsonObject seat(const HubSeat &seat);
HubSeat seatFromJson(const QJsonObject &message);

// The builds' fields as in "server" and the welcome's "server" object.
QJsonObject serverBuilds(const QString &agentApiVersion, const QString &agentApiBuild, const QString &nonAgentApiVersion,
                         const QString &nonAgentApiBuild);
// Builds that do not parse stay unknown.
ServerCapabilities capabilitiesFromJson(const QJsonObject &builds);

QJsonObject answerJson(const Answer &answer);
Answer answerFromJson(const QJsonObject &object);
QJsonObject result(const QString &id, const CommandResult &result);
// A "result" message for the command this desk sent for agent and action.
CommandResult resultFromJson(const QJsonObject &message, const QString &agent, ParkAction action);

// The inverse of resultKindName(); nullopt for a name this build does not know.
std::optional<ResultKind> resultKindFromName(QStringView name);

} // namespace GatewayWire
