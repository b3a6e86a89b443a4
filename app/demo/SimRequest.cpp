#include "demo/SimRequest.h"

namespace {

const QString *lastOf(const FormFields &fields, const QString &name)
{
    const QString *found = nullptr;
    for (const auto &[key, value] : fields) {
        if (key == name)
            found = &value;
    }
    return found;
}

} // namespace

QString SimRequest::field(const QString &name) const
{
    if (const QString *value = lastOf(query, name))
        return *value;
    if (const QString *value = lastOf(body, name))
        return *value;
    return {};
}

bool SimRequest::has(const QString &name) const
{
    return lastOf(query, name) || lastOf(body, name);
}
