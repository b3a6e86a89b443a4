#pragma once

#include "demo/SimRequest.h"

class SimFloor;
struct SimApiUser;

// /agc/api.php: version and park_call, with the checks in the order the real
// script makes them (PROTOCOL.md sections 2, 3, 6 and 7). An unknown function
// with good credentials gets an empty body, as from the real script.
class AgentApiHandler final
{
public:
    explicit AgentApiHandler(SimFloor *floor) : m_floor(floor) {}

    SimReply handle(const SimRequest &request) const;

private:
    SimReply version() const;
    // The error line for refused credentials, or empty when they are good.
    QByteArray authenticate(const QString &user, const QString &pass) const;
    QByteArray parkCall(const SimRequest &request, const SimApiUser &apiUser) const;

    SimFloor *m_floor;
};
