#pragma once

#include <QString>

class CliCommand;

// Runs a headless command on the event loop until it finishes; the exit code,
// or -1 when it did not finish within timeoutMs.
int runCliCommand(CliCommand *command, int timeoutMs = 10000);
