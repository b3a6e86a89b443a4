#include "state/StopReason.h"

#include "vicidial/AnswerText.h"

#include <QCoreApplication>

QString stopSentence(const std::optional<Answer> &reason)
{
    if (reason)
        return describeAnswer(*reason);
    return QCoreApplication::translate("StopReason", "Signed out: requests to this server are stopped.");
}
