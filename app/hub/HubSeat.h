#pragma once

#include <QMetaType>
#include <QString>

// Who is logged in on the phone a bar's token is bound to (HubProtocol.h,
// GATEWAY): user is empty while nobody is.
struct HubSeat
{
    QString phone;
    QString user;
    QString fullName;

    bool operator==(const HubSeat &) const = default;
};

Q_DECLARE_METATYPE(HubSeat)
