#pragma once

#include "vicidial/Answer.h"

#include <QString>

#include <optional>

// Sentences of a desk whose commands go through a gateway hub (HubProtocol.h, GATEWAY).
namespace GatewayText {
// A command the hub refused without sending it to VICIdial (kind not_sent or
// busy, detail as the hub names it), as one translated sentence; nullopt for
// every other answer.
std::optional<QString> hubRefusal(const Answer &answer);
// Where the agent's name goes while nobody is logged in on the bar's phone.
QString noAgentOnPhone(const QString &phone);
// Why the buttons are off while no hub can be relied on and there is no other way.
QString hubUnreachable();
} // namespace GatewayText
