#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// A private X server for a test: Xvfb on a free display, with an xterm that
// holds the keyboard focus, as the agent's browser would. No window manager.
class XvfbSession final
{
public:
    XvfbSession();
    ~XvfbSession();
    XvfbSession(const XvfbSession &) = delete;
    XvfbSession &operator=(const XvfbSession &) = delete;

    // The tools a test needs that are not on this machine; empty when all are.
    static QStringList missingTools();

    // Starts everything and points DISPLAY and XDG_RUNTIME_DIR at it; returns
    // an error for people, or an empty string.
    QString start();
    QByteArray display() const { return m_display; }
    QString terminalWindow() const { return m_terminalWindow; }

    // Runs xdotool with the arguments and waits for it; false when it failed.
    bool xdotool(const QStringList &arguments);
    // Gives the focus back to the xterm.
    bool focusTerminal();

private:
    QTemporaryDir m_runtimeDir;
    QProcess m_xvfb;
    QProcess m_terminal;
    QByteArray m_display;
    QString m_terminalWindow;
};
