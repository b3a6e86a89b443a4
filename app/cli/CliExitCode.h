#pragma once

// What `parkbar --status` and `parkbar --send` exit with.
enum class CliExitCode : int {
    Ok = 0,           // printed the state; the command was answered SUCCESS (and confirmed, with --confirm)
    Refused = 1,      // the rules or the server refused the command; no such agent
    Usage = 2,        // the command line is wrong or incomplete
    Unreachable = 3,  // the server cannot be asked: unreachable, timeout, HTTP or server error
    SignedOut = 4,    // credentials, lock, IP or permission refused
    NotConfirmed = 5, // --confirm: not carried out, or it cannot be told
};

inline int exitCodeValue(CliExitCode code)
{
    return static_cast<int>(code);
}
