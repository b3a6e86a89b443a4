#include "hub/FloorDiff.h"

#include <QSet>

#include <algorithm>

FloorDiff FloorDiff::between(const QHash<QString, AgentSnapshot> &before, const QList<AgentSnapshot> &after)
{
    FloorDiff diff;
    QSet<QString> seen;
    seen.reserve(after.size());
    for (const AgentSnapshot &agent : after) {
        seen.insert(agent.user);
        const auto it = before.constFind(agent.user);
        if (it == before.cend())
            diff.added.append(agent);
        else if (!(*it == agent))
            diff.changed.append({*it, agent});
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!seen.contains(it.key()))
            diff.removed.append(it.value());
    }
    std::sort(diff.removed.begin(), diff.removed.end(),
              [](const AgentSnapshot &a, const AgentSnapshot &b) { return a.user < b.user; });
    return diff;
}
