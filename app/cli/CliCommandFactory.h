#pragma once

#include "cli/CliRequest.h"

class CliCommand;
class QObject;
class QTextStream;

// For main.cpp: the headless command a complete request asks for, owned by
// parent; nullptr for Mode::None. Check request.missing() first.
CliCommand *createCliCommand(const CliRequest &request, QTextStream &out, QTextStream &err, QObject *parent);
