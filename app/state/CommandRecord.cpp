#include "state/CommandRecord.h"

QString confirmationName(Confirmation confirmation)
{
    switch (confirmation) {
    case Confirmation::NotApplicable: return QStringLiteral("not_applicable");
    case Confirmation::Waiting: return QStringLiteral("waiting");
    case Confirmation::Confirmed: return QStringLiteral("confirmed");
    case Confirmation::NotCarriedOut: return QStringLiteral("not_carried_out");
    case Confirmation::Unknown: return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
    return {};
}
