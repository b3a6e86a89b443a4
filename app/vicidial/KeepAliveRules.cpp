#include "vicidial/KeepAliveRules.h"

#include <algorithm>

qint64 KeepAliveRules::idleLimitMs(ExchangeKind kind, qint64 announcedMs)
{
    if (announcedMs < 0)
        return kind == ExchangeKind::Command ? kCommandReuseWithinMs : kReadReuseDefaultMs;
    if (kind == ExchangeKind::Command)
        return std::min(kCommandReuseWithinMs, announcedMs / 2);
    return announcedMs + announcedMs / 10;
}

qint64 KeepAliveRules::idleLifetimeMs(qint64 announcedMs)
{
    return std::max(idleLimitMs(ExchangeKind::Command, announcedMs), idleLimitMs(ExchangeKind::Read, announcedMs));
}
