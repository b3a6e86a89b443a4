#include "state/CommandText.h"

#include "vicidial/AnswerText.h"

#include <QCoreApplication>
#include <QLocale>

QString CommandText::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString CommandText::connection(const ConnectionState &state, qint64 nowMonotonicMs)
{
    switch (state.kind) {
    case ConnectionState::Kind::Connecting:
        return QCoreApplication::translate("CommandText", "Connecting...");
    case ConnectionState::Kind::Connected:
        return QCoreApplication::translate("CommandText", "Connected");
    case ConnectionState::Kind::Slow:
        return QCoreApplication::translate("CommandText", "Slow server (%1 ms)").arg(state.latencyMs);
    case ConnectionState::Kind::Offline: {
        const qint64 seconds = std::max<qint64>(0, (state.nextRetryMs - nowMonotonicMs + 999) / 1000);
        return seconds > 0 ? QCoreApplication::translate("CommandText", "Offline, retrying in %1 s").arg(seconds) : QCoreApplication::translate("CommandText", "Offline, retrying now");
    }
    case ConnectionState::Kind::SignedOut:
        return state.detail.isEmpty() ? QCoreApplication::translate("CommandText", "Signed out") : state.detail;
    }
    Q_UNREACHABLE();
    return {};
}

bool CommandText::isProblem(const CommandRecord &record)
{
    if (!record.finished)
        return false;
    return !record.result.answer.isSuccess() || record.confirmation == Confirmation::NotCarriedOut
        || record.confirmation == Confirmation::Unknown;
}

QString CommandText::commandLine(const CommandRecord &record)
{
    const QString action = parkActionDisplayName(record.action());
    if (!record.finished)
        return QCoreApplication::translate("CommandText", "%1: sending...").arg(action);
    if (!record.result.answer.isSuccess()) {
        if (outcomeUnknown(record.result.answer.kind) && record.confirmation == Confirmation::Confirmed)
            return QCoreApplication::translate("CommandText", "%1: done. The server's answer was lost, but the agent's state shows it.").arg(action);
        if (outcomeUnknown(record.result.answer.kind))
            return QCoreApplication::translate("CommandText", "%1: no clear answer (%2). It may or may not have been done: watch the state.")
                .arg(action, describeAnswer(record.result.answer));
        return QCoreApplication::translate("CommandText", "%1 failed: %2").arg(action, describeAnswer(record.result.answer));
    }
    switch (record.confirmation) {
    case Confirmation::Waiting:
        return QCoreApplication::translate("CommandText", "%1: sent, waiting for the agent's screen...").arg(action);
    case Confirmation::Confirmed: {
        const double seconds = std::max<qint64>(0, record.confirmedAtMs - record.result.sentAtMs) / 1000.0;
        return QCoreApplication::translate("CommandText", "%1: done, confirmed after %2 s.").arg(action, QLocale().toString(seconds, 'f', 1));
    }
    case Confirmation::NotCarriedOut:
        return QCoreApplication::translate("CommandText", "%1: not carried out. The agent's VICIdial screen has not acted on it. Is it open?").arg(action);
    case Confirmation::Unknown:
        return record.confirmationText.isEmpty() ? QCoreApplication::translate("CommandText", "%1: sent, but whether it happened cannot be seen.").arg(action)
                                                 : QCoreApplication::translate("CommandText", "%1: %2").arg(action, record.confirmationText);
    case Confirmation::NotApplicable:
        return record.confirmationText.isEmpty() ? QCoreApplication::translate("CommandText", "%1: sent.").arg(action) : QCoreApplication::translate("CommandText", "%1: %2").arg(action, record.confirmationText);
    }
    Q_UNREACHABLE();
    return {};
}
