#pragma once

#include "state/ActionRules.h"
#include "state/ConnectionState.h"
#include "state/FeedSource.h"

#include <QUrl>

// The lines `parkbar --status` prints, one function per line, so both
// commands and their tests read the same words.
namespace CliText {

// The text without control characters (an answer with escape sequences must
// not retitle or clear the terminal): line breaks and tabs become spaces,
// every other C0 or C1 control and DEL goes.
QString printable(const QString &text);

// "agent 1000: INCALL, sub status PARK, lead 12345, campaign TESTCAMP" or "agent 1002: not logged in".
QString agentLine(const RuleInput &input);
// "connection: connected", "connection: slow: The server is slow to answer (2500 ms)."...
QString connectionLine(const ConnectionState &connection);
// "source: the hub wss://hub.example.com:8765", "source: direct polling", or
// "source: direct polling (the hub wss://... cannot be relied on: Hub unreachable: ...)".
QString sourceLine(const FeedSource &source, const QUrl &hub);
// "server: agent API 240429-2220, non-agent API 241004-1518"
QString serverLine(const ServerCapabilities &capabilities);
// "park IVR: campaign TESTCAMP, mode ENABLED" (or "not set"); empty without a campaign.
QString parkIvrLine(const RuleInput &input);
// "PARK_CUSTOMER              off: The customer is already parked"
QString actionLine(ParkAction action, const ActionState &state);

} // namespace CliText
