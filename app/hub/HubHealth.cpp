#include "hub/HubHealth.h"

#include <QCoreApplication>

QString HubHealth::text() const
{
    QString text;
    switch (state) {
    case State::Connecting: text = QCoreApplication::translate("HubHealth", "Connecting to the hub"); break;
    case State::Usable: text = QCoreApplication::translate("HubHealth", "Hub connected"); break;
    case State::Unreachable: text = QCoreApplication::translate("HubHealth", "Hub unreachable"); break;
    case State::Refused: text = QCoreApplication::translate("HubHealth", "Hub refused this desk"); break;
    case State::NoData: text = QCoreApplication::translate("HubHealth", "The hub has no data"); break;
    case State::HeartbeatsMissed: text = QCoreApplication::translate("HubHealth", "The hub stopped answering"); break;
    }
    return detail.isEmpty() ? text : QCoreApplication::translate("HubHealth", "%1: %2").arg(text, detail);
}
