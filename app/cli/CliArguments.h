#pragma once

#include "cli/CliRequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <optional>

// The options the headless modes share, on a QCommandLineParser the caller
// owns (main.cpp adds its own, such as --demo, to the same parser):
//   --status | --send VALUE [--confirm], --profile NAME, --agent A,
//   --server URL, --user U, --source S, --get, --timeout MS, --ca-file FILE,
//   --pin PIN. What is not given comes from the saved profile (CliProfile).
// The API password comes only from the PARKBAR_PASSWORD environment variable:
// a --password option is recognised only to refuse it with the reason.
class CliArguments final
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    static constexpr const char *kPasswordVariable = "PARKBAR_PASSWORD";

    struct Outcome
    {
        std::optional<CliRequest> request; // set unless error is
        QString error;                     // one translated line
        QStringList warnings;              // translated lines worth printing to stderr
    };

    static void addOptions(QCommandLineParser &parser);
    // After parser.parse() or process() succeeded.
    static Outcome read(const QCommandLineParser &parser, const QProcessEnvironment &environment);
    // For when parser.parse() failed: the line to print. Explains the refusal
    // of --password even when it came without a value.
    static QString parseErrorMessage(const QCommandLineParser &parser, const QStringList &arguments);
    static QString passwordRefusal();
};
