#pragma once

#include "vicidial/AgentSnapshot.h"

#include <QHash>

#include <optional>

// Which agent is logged in on a phone, from a reading's extensions
// (vicidial_live_agents.extension: only a database source knows them).
namespace HubSeats {
std::optional<AgentSnapshot> seatedAt(const QHash<QString, AgentSnapshot> &agents, const QString &phone);
} // namespace HubSeats
