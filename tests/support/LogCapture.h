#pragma once

#include <QStringList>

// Every message logged while it lives, from any thread (the hub's database
// source logs from its own), passed on to the handler before it as well.
// One at a time.
class LogCapture final
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const;
};
