#include "CliRun.h"

#include "cli/CliCommand.h"

#include <QSignalSpy>

int runCliCommand(CliCommand *command, int timeoutMs)
{
    QSignalSpy finished(command, &CliCommand::finished);
    command->start();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return -1;
    if (finished.size() != 1)
        return -2; // finished more than once
    return finished.first().first().toInt();
}
